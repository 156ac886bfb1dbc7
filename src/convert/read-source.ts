import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../ir/position.js';

/** The default limit on a transcript's size (bytes). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface SourceText {
  /** The decoded text: BOM removed, CRLF/CR → LF, forbidden control characters → U+FFFD. */
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

// XML 1.0 allows TAB, LF, CR; every other C0 control (and FFFE/FFFF) cannot be written.
// Form feed is kept out of this set: it is a page-break convention handled by the scanner.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]/gu;

const WHITE_ONLY = /^\p{White_Space}*$/u;

/**
 * Decodes transcript bytes. Returns the text, or `undefined` text with an error diagnostic
 * when the bytes are binary, not UTF-8, empty or too large. Never throws on bad input.
 */
export function readSource(
  bytes: Uint8Array,
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
): { text?: string; diagnostics: Diagnostic[] } {
  const at = (line: number, column: number) => ({ file, line, column });
  if (bytes.length > maxBytes) {
    return { diagnostics: [diagnostic('source/too-large', at(1, 1), `The transcript is ${bytes.length} bytes, over the limit of ${maxBytes} bytes.`)] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1 && !looksUtf16(bytes)) {
    const p = positionOfByte(bytes, nul);
    return { diagnostics: [diagnostic('source/binary', at(p.line, p.column), `Found a NUL byte at byte ${nul}; expected a plain-text transcript.`)] };
  }
  let raw: string;
  try {
    // ignoreBOM: the decoder would strip a leading U+FEFF itself; normalise() strips exactly one.
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const p = positionOfByte(bytes, bad);
    return { diagnostics: [diagnostic('source/encoding', at(p.line, p.column), `Byte ${bad} (0x${(bytes[bad] ?? 0).toString(16).toUpperCase()}) is not valid UTF-8; expected a UTF-8 transcript.`)] };
  }
  return normalise(raw, file);
}

/** What a {@link SourceDecoder} has found: still text, a first invalid byte, or nothing more to look for. */
type DecoderMode = 'text' | 'bad' | 'done';

/** A place in the bytes: the byte's offset and value, and its line and column as {@link positionOfByte} gives them. */
interface BytePlace { readonly offset: number; readonly value: number; readonly line: number; readonly column: number }

/**
 * Decodes a transcript given in pieces (a file read a piece at a time), with exactly the
 * result {@link readSource} gives for all the bytes at once: the same text, and the same
 * diagnostic at the same place for a file that is too large, binary or not UTF-8 — also when
 * a multi-byte character or an invalid sequence is split between two pieces. No buffer of the
 * whole file is ever made: what is held is the decoded text, and once the bytes are known not
 * to be a transcript, only the places a diagnostic needs.
 */
export class SourceDecoder {
  private mode: DecoderMode = 'text';
  /** Bytes given so far. */
  private total = 0;
  /** The first two bytes, which tell a UTF-16 file. */
  private readonly head: number[] = [];
  private readonly fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** The text decoded so far, a string per piece. */
  private parts: string[] = [];
  /** The bytes of a character begun at the end of the pieces so far (at most three), not yet decoded. */
  private carry: Uint8Array = new Uint8Array();
  /** After the first invalid byte: a replacing decoder, which places a NUL byte the way a whole decode does. */
  private lossy?: TextDecoder;
  private readonly place = new PlaceCounter();
  private bad?: BytePlace;
  private nul?: BytePlace;

  /** `size` is the file's size when it is known before reading (a regular file): over `maxBytes`, nothing is decoded. */
  constructor(private readonly file: string, private readonly maxBytes = DEFAULT_MAX_BYTES, private readonly size = 0) {
    if (size > maxBytes) this.stop();
  }

  /** Takes the next piece of the bytes (it may be reused by the caller afterwards). */
  push(piece: Uint8Array): void {
    const base = this.total;
    this.total += piece.length;
    for (let i = 0; this.head.length < 2 && i < piece.length; i++) this.head.push(piece[i] ?? 0);
    if (this.mode === 'done') return;
    if (this.total > this.maxBytes) return this.stop();
    if (this.mode === 'bad') return this.findNul(piece, base);
    const nul = piece.indexOf(0);
    if (nul === -1) {
      let out: string | undefined;
      try {
        out = this.fatal.decode(piece, { stream: true });
      } catch {
        // Not UTF-8: the first invalid byte is placed below.
      }
      if (out !== undefined) {
        this.parts.push(out);
        this.carry = pendingTail(this.carry, piece);
        return;
      }
    }
    this.leaveText(piece, base, nul);
  }

  /** The result once every piece is given: the text (BOM removed, line ends and control characters normalised), or an error diagnostic. */
  end(): { text?: string; diagnostics: Diagnostic[] } {
    const at = (p: { line: number; column: number }) => ({ file: this.file, line: p.line, column: p.column });
    if (this.total > this.maxBytes || this.size > this.maxBytes) {
      const bytes = this.total > this.maxBytes ? this.total : this.size;
      return { diagnostics: [diagnostic('source/too-large', at({ line: 1, column: 1 }), `The transcript is ${bytes} bytes, over the limit of ${this.maxBytes} bytes.`)] };
    }
    if (this.mode === 'text') {
      let last: string | undefined;
      try {
        last = this.fatal.decode();
      } catch {
        // The bytes end inside a character: its first byte is the invalid one.
        const begun = this.carry;
        this.placeAll();
        this.bad = { offset: this.total - begun.length, value: begun[0] ?? 0, ...this.place.now() };
      }
      if (last !== undefined) {
        this.parts.push(last);
        const raw = this.parts.join('');
        this.parts = [];
        return normalise(raw, this.file);
      }
    }
    const utf16 = (this.head[0] === 0xff && this.head[1] === 0xfe) || (this.head[0] === 0xfe && this.head[1] === 0xff);
    if (this.nul && !utf16) return { diagnostics: [diagnostic('source/binary', at(this.nul), `Found a NUL byte at byte ${this.nul.offset}; expected a plain-text transcript.`)] };
    const bad = this.bad ?? { offset: Math.max(0, this.total - 1), value: 0, line: 1, column: 1 };
    return { diagnostics: [diagnostic('source/encoding', at(bad), `Byte ${bad.offset} (0x${bad.value.toString(16).toUpperCase()}) is not valid UTF-8; expected a UTF-8 transcript.`)] };
  }

  /** Nothing more is decoded or placed: the result no longer depends on the bytes, only on how many they are. */
  private stop(): void {
    this.mode = 'done';
    this.parts = [];
    this.carry = new Uint8Array();
    this.lossy = undefined;
  }

  /**
   * The piece at `base` holds a NUL byte (at `nul`) or an invalid sequence: the text so far is
   * counted into lines, and the piece, with the character begun before it, is placed byte by byte.
   */
  private leaveText(piece: Uint8Array, base: number, nul: number): void {
    const begun = this.carry.length;
    const start = base - begun;
    const bytes = concat(this.carry, piece);
    this.placeAll();
    this.lossy = new TextDecoder('utf-8', { ignoreBOM: true });
    const bad = firstInvalid(bytes, false);
    const nulAt = nul === -1 ? -1 : nul + begun;
    // A NUL before any invalid byte decides the result (a UTF-16 file's first byte is invalid).
    if (nulAt !== -1 && (bad === -1 || nulAt < bad)) return this.findNul(bytes, start);
    const at = bad === -1 ? bytes.length - 1 : bad;
    this.place.add(this.lossy.decode(bytes.subarray(0, at), { stream: true }));
    this.bad = { offset: start + at, value: bytes[at] ?? 0, ...this.place.now() };
    this.mode = 'bad';
    this.findNul(bytes.subarray(at), start + at);
  }

  /** Counts the text decoded so far into the place counter, and lets it go. */
  private placeAll(): void {
    for (const p of this.parts) this.place.add(p);
    this.parts = [];
    this.carry = new Uint8Array();
  }

  /** Places the first NUL byte of `bytes` (at `base`), decoding what comes before it as a whole decode would. */
  private findNul(bytes: Uint8Array, base: number): void {
    const nul = bytes.indexOf(0);
    const lossy = this.lossy ?? new TextDecoder('utf-8', { ignoreBOM: true });
    if (nul === -1) return this.place.add(lossy.decode(bytes, { stream: true }));
    // Decoded with the NUL, which ends a character begun before it the way the end of the bytes would (one U+FFFD).
    const out = lossy.decode(bytes.subarray(0, nul + 1), { stream: true });
    this.place.add(out.slice(0, -1));
    this.nul = { offset: base + nul, value: 0, ...this.place.now() };
    this.stop();
  }
}

/** The line and column after a decoded text given in pieces, as {@link positionOfByte} counts them (a leading BOM not counted). */
class PlaceCounter {
  private lines = 1;
  private column = 0;
  private started = false;

  /** Counts the next piece of the text. */
  add(text: string): void {
    if (!text) return;
    let s = text;
    if (!this.started) {
      this.started = true;
      if (s.startsWith('\uFEFF')) s = s.slice(1);
    }
    let nl = s.indexOf('\n');
    if (nl === -1) {
      this.column += s.length;
      return;
    }
    let last = nl;
    while (nl !== -1) {
      this.lines++;
      last = nl;
      nl = s.indexOf('\n', nl + 1);
    }
    this.column = s.length - last - 1;
  }

  /** The line and column of the next character. */
  now(): { line: number; column: number } {
    return { line: this.lines, column: this.column + 1 };
  }
}

/** The bytes of a character begun but not finished at the end of `carry` + `piece` (valid UTF-8 so far). */
function pendingTail(carry: Uint8Array, piece: Uint8Array): Uint8Array {
  const bytes = piece.length >= 4 ? piece.subarray(piece.length - 4) : concat(carry, piece).subarray(-4);
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 3; i--) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) break;
    if (b >= 0xc0) return bytes.length - i < sequenceLength(b) ? bytes.slice(i) : new Uint8Array();
  }
  return new Uint8Array();
}

/** Two byte arrays as one. */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many bytes the character that `lead` begins has (0: no character begins with it). */
function sequenceLength(lead: number): number {
  return lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
}

function normalise(raw: string, file: string): SourceText {
  // Only the first leading U+FEFF is a byte-order mark; any after it is text and is kept.
  const text = (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r\n?/gu, '\n');
  const diagnostics: Diagnostic[] = [];
  // Empty means only white space (Unicode White_Space, which U+FEFF is not, unlike for trim()).
  if (WHITE_ONLY.test(text)) {
    diagnostics.push(diagnostic('source/empty', { file, line: 1, column: 1 }, 'The transcript holds no text; expected at least one line.'));
    return { text, diagnostics };
  }
  if (!FORBIDDEN.test(text)) return { text, diagnostics };
  const index = new LineIndex(text);
  const cleaned = text.replace(FORBIDDEN, (ch, offset: number) => {
    const p = index.at(offset);
    const code = ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    diagnostics.push(diagnostic('source/control-character', { file, line: p.line, column: p.column }, `Control character U+${code} cannot be written in XML; replaced by U+FFFD.`));
    return '\uFFFD';
  });
  return { text: cleaned, diagnostics };
}

function looksUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Line and column (in characters of the valid prefix) of a byte offset. */
function positionOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const bad = firstInvalid(bytes, true);
  return bad === -1 ? Math.max(0, bytes.length - 1) : bad;
}

/**
 * The offset of the first character of `bytes` that is not valid UTF-8, or -1. With `final`
 * false, a character begun at the end (which the next piece may finish) is not invalid.
 */
function firstInvalid(bytes: Uint8Array, final: boolean): number {
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes[i] ?? 0);
    if (len === 0) return i;
    if (!final && i + len > bytes.length) return validSoFar(bytes.subarray(i)) ? -1 : i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return -1;
}

/** Whether the bytes (fewer than their character needs) begin a character that more bytes could make valid. */
function validSoFar(bytes: Uint8Array): boolean {
  const d = new TextDecoder('utf-8', { fatal: true });
  try {
    d.decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

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
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]/g;

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
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const p = positionOfByte(bytes, bad);
    return { diagnostics: [diagnostic('source/encoding', at(p.line, p.column), `Byte ${bad} (0x${(bytes[bad] ?? 0).toString(16).toUpperCase()}) is not valid UTF-8; expected a UTF-8 transcript.`)] };
  }
  return normalise(raw, file);
}

function normalise(raw: string, file: string): SourceText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const diagnostics: Diagnostic[] = [];
  // Only white space is empty; a U+FEFF inside the text (after the BOM) is text.
  if (/^[ \t\n]*$/u.test(text)) {
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
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}

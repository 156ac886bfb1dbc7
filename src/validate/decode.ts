/**
 * Bytes → text for validation: strict UTF-8 (a BOM is dropped), with the line and column of
 * the first invalid byte when decoding fails.
 */
import { LineIndex } from '../ir/position.js';

/** The decoded text, or the place of the first invalid UTF-8 sequence. */
export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number; byte: number };

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8', { fatal: false });

/** Decodes `bytes` as UTF-8; never throws. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes).replace(/^\uFEFF/u, '') };
  } catch {
    const at = firstInvalidByte(bytes);
    // Decoding the valid prefix leniently gives the line and column of the bad byte.
    const prefix = lenient.decode(bytes.subarray(0, at)).replace(/^\uFEFF/u, '');
    const p = new LineIndex(prefix).at(prefix.length);
    return { ok: false, line: p.line, column: p.column, byte: bytes[at] ?? 0 };
  }
}

/** Sequence length for a lead byte and the allowed range of its second byte (RFC 3629). */
function leadInfo(b: number): [number, number, number] | undefined {
  if (b < 0x80) return [1, 0, 0];
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  return undefined;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const info = leadInfo(bytes[i] ?? 0);
    if (!info) return i;
    const [len, lo, hi] = info;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += len;
  }
  return i;
}

import type { Position } from '../ir/position.js';

/** An element of the output tree. `pos` is the transcript place it came from. */
export interface XElement {
  readonly name: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly children: XNode[];
  readonly pos?: Position;
}
export type XNode = XElement | string;

/** Makes an element, leaving out attributes whose value is undefined. */
export function el(name: string, attrs: Record<string, string | undefined> = {}, children: XNode[] = [], pos?: Position): XElement {
  const a = Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined);
  return pos ? { name, attrs: a, children, pos } : { name, attrs: a, children };
}

// XML 1.0 cannot carry these; the reader already replaced them in transcripts, metadata may still hold them.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text content. */
export function escapeText(s: string): string {
  return s.replace(FORBIDDEN, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

import type { Position } from '../ir/position.js';

/**
 * An element of the output tree. `pos` is the transcript place it came from, or `at` its
 * transcript offset (an IR node held without a position object, see ir/nodes.ts `Text`),
 * which the serializer reads as a place through the transcript's line index.
 */
export interface XElement {
  readonly name: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly children: XNode[];
  readonly pos?: Position;
  readonly at?: number;
}
export type XNode = XElement | string;

/** Makes an element, leaving out attributes whose value is undefined. */
export function el(name: string, attrs: Record<string, string | undefined> = {}, children: XNode[] = [], pos?: Position | number): XElement {
  // A loop, not `Object.entries(…).filter(…)`: it runs for every element of every document.
  const a: [string, string][] = [];
  for (const k in attrs) {
    const v = attrs[k];
    if (v !== undefined) a.push([k, v]);
  }
  if (typeof pos === 'number') return { name, attrs: a, children, at: pos };
  return pos ? { name, attrs: a, children, pos } : { name, attrs: a, children };
}

// XML 1.0 cannot carry these; the reader already replaced them in transcripts, metadata may still hold them.
// In Unicode mode `\p{Cs}` matches only a lone surrogate (a pair is one astral code point), which
// no UTF-8 file can hold: it would otherwise be written as U+FFFD by the encoder, unannounced.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu;

/** Any character `escapeText` changes: most texts hold none and are returned as they are. */
const ESCAPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}&<>]/u;

/** Escapes text content. */
export function escapeText(s: string): string {
  if (!ESCAPED.test(s)) return s;
  return s.replace(FORBIDDEN, '\uFFFD').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/gu, '&quot;').replace(/\t/gu, '&#9;').replace(/\n/gu, '&#10;').replace(/\r/gu, '&#13;');
}

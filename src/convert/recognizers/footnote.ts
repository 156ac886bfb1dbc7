import type { LineRecognizer } from './types.js';

/** A footnote at the foot of a page: `[1] Drafted by …`, `¹ Drafted by …`. Group 1 is its number. */
const FOOTNOTE = /^(?:\[(\d{1,3})\]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}))\s+\S/u;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The footnote line's number and the length of its mark. */
export const footnote: LineRecognizer = (text) => {
  const m = FOOTNOTE.exec(text);
  if (!m) return undefined;
  const n = m[1] ?? [...m[2]!].map((c) => SUPERSCRIPT.indexOf(c)).join('');
  return { kind: 'footnote', rule: m[1] ? 'footnote/bracketed-number' : 'footnote/superscript', value: String(Number(n)), labelLength: (m[1] ? m[1].length + 2 : m[2]!.length) };
};

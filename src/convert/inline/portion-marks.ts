import type { InlineRange } from './ranges.js';

/**
 * A paragraph portion mark at the start of a paragraph (`(S)`, `(TS//NF)`, `(U)`): a level of
 * the profile in parentheses, optionally with `//` caveats. The mark stays in the text.
 */
export function scanPortionMarks(text: string, marks: Readonly<Record<string, string>>): InlineRange[] {
  const m = /^\(([A-Z]{1,4})((?:\/\/[A-Z][A-Z0-9 /-]*)?)\)(?=[ \t\n])/u.exec(text);
  const level = m ? marks[m[1]!] : undefined;
  if (!m || !level) return [];
  const end = m[0].length;
  return [{ start: 0, end, innerStart: 0, innerEnd: end, dropped: [], make: (children, pos) => ({ type: 'seg', children, offset: pos.offset, attrs: { type: 'portion-mark', n: level } }) }];
}

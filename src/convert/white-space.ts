/**
 * The white space the converter trims at line edges: spaces, tabs and a stray carriage
 * return. Deliberately not `trim()` or `\s`, which also take U+FEFF and other characters a
 * transcript may hold as text.
 */
const LEADING = /^[ \t\r]+/u;
const TRAILING = /[ \t\r]+$/u;

/** The text without white space at either edge. */
export function trimEdges(text: string): string {
  return text.replace(LEADING, '').replace(TRAILING, '');
}

/** How many white-space characters the text opens with. */
export function leadingWidth(text: string): number {
  return LEADING.exec(text)?.[0].length ?? 0;
}

/**
 * The white space the converter trims at line edges: spaces, tabs and a stray carriage
 * return. Deliberately not `trim()` or `\s`, which also take U+FEFF and other characters a
 * transcript may hold as text.
 */
const LEADING = /^[ \t\r]+/u;

const spaceTabOrCr = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d;
const spaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;

/** The text without the characters `blank` accepts at either edge (by index: an end-anchored regex is tried at every position). */
function stripEdges(text: string, blank: (c: number) => boolean): string {
  let a = 0;
  let b = text.length;
  while (a < b && blank(text.charCodeAt(a))) a++;
  while (b > a && blank(text.charCodeAt(b - 1))) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/** The text without white space at either edge. */
export function trimEdges(text: string): string {
  return stripEdges(text, spaceTabOrCr);
}

/** The text without spaces and tabs at either edge (a stray carriage return stays). */
export function trimSpacesAndTabs(text: string): string {
  return stripEdges(text, spaceOrTab);
}

/** How many white-space characters the text opens with. */
export function leadingWidth(text: string): number {
  return LEADING.exec(text)?.[0].length ?? 0;
}

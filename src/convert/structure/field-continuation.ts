/**
 * A header field's value that goes on past its line. OCR and typists wrap a long `SUBJECT:`
 * value: onto the next line of the block (`… of the northern` / `Port Office`), or, after a blank line, into
 * the next block when the value visibly breaks off (a trailing comma, hyphen or joining word)
 * or the block resumes it in lower case.
 */
import type { Line } from '../scan-lines.js';

/** Most words a wrapped tail of a value has on its own line within the block. */
const TAIL_WORDS = 5;

/** Lines of a wrapped tail in a later block. */
const TAIL_LINES = 2;

/** The value breaks off: it ends in a comma, a hyphen, an `&`, or a short joining word. */
const BREAKS_OFF = /(?:[,&-]|[ \t](?:and|or|of|to|in|on|for|the|with|at|by))[ \t]*$/iu;

/** A line that opens with a label of its own (`PAGES: 3`): a form's next field, not a tail. */
const LABELLED = /^[\p{L}][\p{L} .&/-]{0,30}:/u;

/** The value line ends like a sentence or a label: it does not wrap. */
const ENDS = /[.!?:;][)"'”’]*[ \t]*$/u;

/**
 * True when `line`, the next line in the field's block, is the short tail of the value: few
 * words, much shorter than the block's longest line (not the first line of a paragraph), the
 * value before it not ended.
 */
export function wrapsInBlock(valueLine: Line, line: Line, blockWidth: number): boolean {
  if (ENDS.test(valueLine.text) || LABELLED.test(line.text)) return false;
  // OCR residue standing apart (`;`, `|`) is no word of the tail.
  const words = line.text.split(/[ \t]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words > 0 && words <= TAIL_WORDS && line.text.length < blockWidth * 0.6;
}

/** True when the value (its last line) breaks off and `next`, a short block, carries it on. */
export function wrapsIntoBlock(valueLines: readonly Line[], next: readonly Line[]): boolean {
  const last = valueLines[valueLines.length - 1];
  if (last === undefined || next.length > TAIL_LINES || !next.every((l) => !/:[ \t]*$/u.test(l.text))) return false;
  return BREAKS_OFF.test(last.text) || resumesValue(last, next);
}

/**
 * A short tail that resumes in lower case after a value that has not ended: double-spaced OCR
 * puts a blank line after every typed line, a value's wrapped line included (`… on the winter`
 * / blank / `channel`).
 */
function resumesValue(last: Line, next: readonly Line[]): boolean {
  if (ENDS.test(last.text) || !/^\p{Ll}/u.test(next[0]!.text)) return false;
  return next.every((l) => l.text.split(/[ \t]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= TAIL_WORDS);
}

import { titleWordsOf } from '../../profiles/defaults.js';
import type { Profile } from '../../profiles/profile.js';
import type { Line } from '../scan-lines.js';

/** A parenthetical standing after a finished sentence: `… at once. (Deptel 42, May 3)`. */
const TRAILING_PARENTHETICAL = /[.!?]["'”’]?\s*\([^()]*\)$/u;
const LOWER_START = /^["'“‘(\[]?\p{Ll}/u;
/** A paragraph label at a block's start: `2.`, `2)`, `(2)`, `(b)`, `b)`, `b.` (not an abbreviation before a number, `p. 4`). */
const PARAGRAPH_LABEL = /^(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\)|[a-z]\)|[a-z]\.(?=[ \t]+\D))[ \t]/u;
/** Footnote marks at a line end: `[1]`, `[12]`, superscript digits. */
const FOOTNOTE_MARK = /(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})+$/u;

/** A paragraph long enough to judge by how it ends (not a title or a stray line). */
export function substantial(lines: readonly Line[]): boolean {
  return lines.length >= 2 || (lines[0]?.text.length ?? 0) >= 60;
}

/** The last line leaves its sentence unfinished (no terminal mark, a hyphen, an abbreviation). */
export function unfinished(line: string, profile: Profile): boolean {
  // A footnote mark after the last word (`…control.[1]`, `…control.²`) is not part of the sentence.
  // Each pattern here is anchored at the end, which a regex tries from every position of the
  // line: the last character is looked at first, and most lines end in none of the marks.
  const last = FOOTNOTE_ENDS.includes(line[line.length - 1] ?? '') ? line.replace(FOOTNOTE_MARK, '') : line;
  const end = last[last.length - 1] ?? '';
  if (end === '-' && /\p{L}-$/u.test(last)) return true;
  if (end === ')' && TRAILING_PARENTHETICAL.test(last)) return false;
  if (profile.abbreviations.includes(lastWordOf(last).toLowerCase())) return true;
  return !terminal(last);
}

/** The characters a footnote mark can end with (`FOOTNOTE_MARK`). */
const FOOTNOTE_ENDS = ']¹²³⁴⁵⁶⁷⁸⁹⁰';
/** A sentence ends with a terminal mark, maybe inside closing quotes or brackets: the marks, and what may follow them. */
const AFTER_TERMINAL = '"\'”’)]';
const TERMINAL_MARKS = '.!?:…';
const SPACE = /\s/u;

/** The text after the last white space (`split(/\s+/u).pop()`, without splitting the whole line). */
function lastWordOf(text: string): string {
  let i = text.length;
  while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
  return i === 0 ? text : text.slice(i);
}

/** The text ends a sentence (`/[.!?:…]["'”’)\]]*$/u`), read from the end: closing quotes and brackets, then a terminal mark. */
function terminal(text: string): boolean {
  let i = text.length;
  while (i > 0 && AFTER_TERMINAL.includes(text[i - 1]!)) i--;
  return i > 0 && TERMINAL_MARKS.includes(text[i - 1]!);
}

/**
 * Whether the next text block continues the open paragraph: it resumes in lower case, or the
 * paragraph broke off mid-sentence. Returns the reason, or undefined when it does not join.
 */
export function continues(paragraph: readonly Line[], next: readonly Line[], profile: Profile): string | undefined {
  const first = next[0]?.text ?? '';
  // A block that opens with a paragraph label (`(b)`, `2.`) starts an item of its own.
  if (PARAGRAPH_LABEL.test(first)) return undefined;
  if (LOWER_START.test(first)) return 'resumes in lower case';
  const last = paragraph[paragraph.length - 1]?.text ?? '';
  if (substantial(paragraph) && !columnar(paragraph) && unfinished(last, profile)) return 'breaks off mid-sentence';
  return undefined;
}

/** Words apart by a column gap (two spaces or more, or a tab) inside a line. */
const COLUMN_GAP = /[^ \t](?:[ \t]*\t|[ \t]{2,})[ \t]*[^ \t]/u;
const COLUMN_GAPS = /[ \t]*\t[ \t]*|[ \t]{2,}/u;
/** A cell of a table row has at most this many words (prose typed with two spaces after a full stop has more). */
const CELL_WORDS = 6;

/** Lines whose words stand in columns of short cells (rows of a table): they end no sentence, so none breaks off. */
function columnar(lines: readonly Line[]): boolean {
  return lines.length >= 2 && lines.every((l) => COLUMN_GAP.test(l.text) && l.text.split(COLUMN_GAPS).every((c) => c.split(/[ \t]+/u).filter(Boolean).length <= CELL_WORDS));
}

/** A signature line: `/s/ Name`, `-JFK`, or typist's initials `RFK:mw`. */
export function signatureShaped(lines: readonly Line[]): boolean {
  const first = lines[0]?.text ?? '';
  return lines.length <= 4 && first.length <= 40 && /^(?:\/s\/\s*|[-—–]\s?)\p{Lu}|^\p{Lu}{2,4}:\p{Ll}{1,4}$/u.test(first);
}

/** A block of short lines (an address, a signature with titles). */
export function shortLines(lines: readonly Line[], max = 6): boolean {
  return lines.length <= max && lines.every((l) => l.text.length <= 64);
}

/** OCR residue around a name: quotes, bars, stray commas and single letters at either end. */
const NAME_EDGES = /^[^\p{L}]+|(?:[ \t,.|]+\p{L})?[^\p{L}.]+$/gu;
// The last form is a capitalised word with one OCR-garbled character inside (`Br€wn`): a symbol between letters.
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?,?|(?:\p{Lu}\.){1,3},?|\p{Lu}\p{Ll}?\p{Lu}[\p{L}]*\.?,?|\p{Lu}\p{Ll}+[\p{Sc}\p{So}]\p{Ll}+)$/u;

/**
 * A name or initials on a line of its own (`McG. B.`, `Dean Rusk`, `J.F.K.`, `"Ann Lowe`): at
 * most four words, each capitalised or an initial, no sentence in it; OCR residue at its
 * edges is ignored.
 */
export function nameLike(lines: readonly Line[]): boolean {
  if (lines.length > 2) return false;
  return lines.every((l) => {
    // A line ending in a comma goes on (an address, a close): it is no name standing alone.
    // (The cheap tests first: most lines asked about are prose, longer than any name.)
    if (l.text.length > 40 || /,$/u.test(l.text)) return false;
    const core = l.text.replace(NAME_EDGES, '');
    const words = core.split(/[ \t]+/u).filter((w) => w !== ',');
    return core.length > 1 && words.length <= 4 && words.every((w) => NAME_WORD.test(w));
  });
}

/**
 * A title or office under a signature (`Acting Director of Security`, `SA/EPD`): short,
 * capitalised words, and the short words the profile's locale keeps in lower case in a title
 * (its `titleWords`: `of`, `the` in English; `du`, `des` in French).
 */
export function titleLike(text: string, profile: Profile): boolean {
  const words = text.replace(NAME_EDGES, '').split(/[ \t]+/u).filter(Boolean);
  if (text.length > 50 || words.length < 1 || words.length > 8) return false;
  const lower = titleWordsOf(profile);
  return words.every((w) => /^[\p{Lu}(]/u.test(w) || lower.includes(w));
}

/** A signature block: a name, then up to three lines of title or office (see `titleLike`). */
export function signatureBlock(lines: readonly Line[], profile: Profile): boolean {
  return lines.length <= 4 && nameLike(lines.slice(0, 1)) && lines.slice(1).every((l) => titleLike(l.text, profile));
}

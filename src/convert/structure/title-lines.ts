/**
 * Titles in mixed case: a report or a section of it opens with a line of capitalised words
 * joined by short lower-case words (`Soviet Aid to the Northern Ports`), standing alone
 * between blank lines over the prose it names. By form alone such a line is also an office
 * under a signature or a line of a letterhead (`Office of the Harbour Master`), so a title
 * needs its position as well: a block of its own, prose after it, no unfinished sentence
 * before it, not in a closer. Pure, linear.
 */
import { titleWordsOf } from '../../profiles/defaults.js';
import type { Profile } from '../../profiles/profile.js';
import type { Item } from './items.js';
import { substantial, unfinished } from './joins.js';

/** A capitalised word of letters (`Coming`, `Castro's`, `USSR`). */
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
/** Words a title has at least (fewer is a name or an office) and at most. */
const MIN_WORDS = 4;
const MAX_WORDS = 12;

/**
 * The line has a title's form: four to twelve words, each capitalised or a short lower-case
 * word that is neither first nor last, at least one of those, at least three capitalised words
 * of three letters or more, not all in capitals (a heading in capitals is read by its own
 * rule), and no comma, colon or sentence mark (an office with its place, `Chief, Section`, a
 * label, a sentence). The short lower-case words are the profile's `titleWords`.
 */
export function titleShaped(text: string, lowerWords: ReadonlySet<string>): boolean {
  if (text.length > 100 || /[,;:.!?]/u.test(text)) return false;
  const words = text.split(/[ \t]+/u).filter(Boolean);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  const lower = words.map((w) => lowerWords.has(w));
  if (lower[0] || lower[lower.length - 1] || !lower.some(Boolean)) return false;
  if (!words.every((w, i) => lower[i] || CAPITALISED.test(w))) return false;
  const long = words.filter((w, i) => !lower[i] && w.length >= 3).length;
  return long >= 3 && /\p{Ll}/u.test(words.filter((_, i) => !lower[i]).join(''));
}

/** A line of prose: four words or more, two of them lower-case words of three letters or more. */
const PROSE_LINE = /^(?=(?:[^ \t]*[ \t]+){3})(?:.*?(?:^|[ \t])\p{Ll}{3,}){2}/u;

/** Prose a title stands over: a paragraph (two lines, or one long line) that opens with a capital or a paragraph number. */
const proseUnder = (it: Item | undefined) => it?.kind === 'text' && substantial(it.lines) && /^["'“(]?(?:\p{Lu}|\d{1,2}[.)][ \t])/u.test(it.lines[0]!.text);

/**
 * The title lines of a document's items: one-line text blocks of a title's form (see
 * `titleShaped`) with prose right after them and no paragraph of prose left unfinished right
 * before.
 */
export function titleLines(items: readonly Item[], profile: Profile): Set<Item> {
  const out = new Set<Item>();
  const lowerWords = new Set(titleWordsOf(profile));
  items.forEach((it, i) => {
    if (it.kind !== 'text' || it.lines.length !== 1 || !titleShaped(it.lines[0]!.text, lowerWords) || !proseUnder(items[i + 1])) return;
    // A line between blank lines inside a paragraph of prose (double-spaced OCR) is no title.
    const before = items[i - 1];
    if (before?.kind === 'text' && before.lines.some((l) => PROSE_LINE.test(l.text)) && unfinished(before.lines[before.lines.length - 1]!.text, profile)) return;
    out.add(it);
  });
  return out;
}

/** A sentence's end after a word in lower case: what prose has and OCR residue lacks. */
const SENTENCE_END = /\p{Ll}{2,}[.!?]["'”’)]*(?:[ \t]|$)/u;

/**
 * Text above a document's first title that is no prose (OCR residue of a routing stamp, a
 * number, a damaged date): no line of it ends a sentence. It is unclassified furniture, so the
 * title heads the document instead of standing in a body that has not begun. Empty when prose
 * comes before the first title, or there is none.
 */
export function debrisAboveTitle(items: readonly Item[], titles: ReadonlySet<Item>): Set<Item> {
  const out = new Set<Item>();
  for (const it of items) {
    if (titles.has(it)) return out;
    // Above a salutation or header fields, text is an address or a value, not residue.
    if (it.kind === 'salutation' || it.kind === 'field') break;
    if (it.kind !== 'text') continue;
    if (it.lines.some((l) => SENTENCE_END.test(l.text))) break;
    out.add(it);
  }
  return new Set();
}

/**
 * The years a run of items' running text states (full dates, `statedYears`) and mentions
 * (bare years too, `mentionedYears`), read piece by piece: the body of a transcript's items
 * joined would be as large as the transcript (twice its size as a string when a character is
 * outside Latin-1), and the transcript's year reads the body of all its items. The pieces
 * are cut only at a line break that no date runs across (see {@link seam}), so the years are
 * those of the joined body, in order; a body shorter than a piece is read whole, as before.
 */
import { mentionedYears, statedYears, type StatedYears } from '../dates/document-context.js';
import type { Profile } from '../../profiles/profile.js';
import type { ConvertMemo } from '../memo.js';
import type { Item } from './items.js';

/** The years of a body, in text order. */
export interface BodyYears {
  readonly stated: readonly number[];
  readonly mentioned: readonly number[];
}

/** What the years are read with: the profile's dates, the conversion's memos. */
export interface BodyYearSettings {
  readonly profile: Profile;
  /** The conversion's memo of `statedYears` (without it the years are read afresh). */
  readonly stated?: StatedYears;
  readonly memo?: ConvertMemo | undefined;
}

/** Characters of body text after which a piece is cut at the next seam. */
export const PIECE_CHARACTERS = 1 << 16;

// A date's parts (month, day, year, ordinal, `of`, `the`, a preposition, `and`) are joined only
// by white space, a comma before it (`dates/rules.ts`, `GAP` and `SEP`: a line break of the
// joined body is white space there): a part ends in a letter, a digit or the `.` of an
// abbreviation, or is followed by a comma; a part begins with a letter or a digit.
const ENDS_NO_PART = /[^\p{L}\p{N}\p{White_Space}.,]$/u;
const BEGINS_NO_PART = /^[^\p{L}\p{N}\p{White_Space}]/u;

/** A line break of the body that no date runs across (nor a bare year, which is four digits). */
export function seam(before: string, after: string): boolean {
  return ENDS_NO_PART.test(before) || BEGINS_NO_PART.test(after);
}

/**
 * V8 keeps the subject of the last regular-expression match alive (for `RegExp.lastMatch`):
 * after the years of a piece are read, a match on the empty string lets it go.
 */
const EMPTY = /(?:)/u;

/** The years of the body of `items` (the lines of their text and heading items, joined by line breaks), read piece by piece. */
export function bodyYearsOf(items: readonly Item[], s: BodyYearSettings): BodyYears {
  const stated: number[] = [];
  const mentioned: number[] = [];
  let lines: string[] = [];
  let size = 0;
  const read = () => {
    const text = lines.join('\n');
    for (const y of s.stated ? s.stated(text) : statedYears(text, s.profile, s.memo)) stated.push(y);
    for (const y of mentionedYears(text)) mentioned.push(y);
    lines = [];
    size = 0;
  };
  let before: string | undefined;
  for (const it of items) {
    if (it.kind !== 'text' && it.kind !== 'heading') continue;
    for (const l of it.lines) {
      if (size >= PIECE_CHARACTERS && before !== undefined && seam(before, l.text)) read();
      lines.push(l.text);
      size += l.text.length + 1;
      before = l.text;
    }
  }
  read();
  EMPTY.exec('');
  return { stated, mentioned };
}

/** The run of items whose years were read last in a conversion. */
interface LastRead {
  run?: { readonly first: Item | undefined; readonly last: Item | undefined; readonly length: number; readonly years: BodyYears };
}

/**
 * {@link bodyYearsOf}, read once for a run of items asked twice in a row in a conversion:
 * the transcript's year and the context of its one document read the same items. Without the
 * conversion's memo, read afresh.
 */
export function bodyYearsOnce(items: readonly Item[], s: BodyYearSettings): BodyYears {
  const last = s.memo?.once(s.profile, 'structure/body-years', (): LastRead => ({}));
  const run = last?.run;
  if (run && run.length === items.length && run.first === items[0] && run.last === items[items.length - 1]) return run.years;
  const years = bodyYearsOf(items, s);
  if (last) last.run = { first: items[0], last: items[items.length - 1], length: items.length, years };
  return years;
}

/**
 * The date rules, compiled from a locale: each is a pattern and a reader that turns a match
 * into an ISO value, or rejects it (undefined) when the match is not a real date. Most
 * specific first; overlaps are resolved by the caller (earliest start, then longest).
 */
import { casedAlternatives, escapeRe, type CompiledLocale } from './words.js';
import type { DateContext, DateValue } from './parse-dates.js';
import { iso } from './iso.js';
import { relativeRules } from './relative.js';
import type { Need } from './date-needs.js';

/** A date rule. */
export interface Rule {
  readonly re: RegExp;
  /** The capture group that is the date, when the match also holds its context (the pattern has the `d` flag). */
  readonly group?: number;
  readonly read: (m: RegExpExecArray, ctx: DateContext, c: CompiledLocale) => DateValue | undefined;
  /** What the pattern cannot match without (`date-needs.ts`); the rule is skipped for text that lacks it. */
  readonly needs?: readonly Need[];
  /**
   * What the reader cannot give a value without, from the document (`DateContext`): without
   * it every match is rejected, so the rule is not run at all (a profile's context, as the
   * recognisers and the stated years read dates with, has no month or document date).
   */
  readonly context?: readonly ContextNeed[];
}

/** A part of the document's context a rule's reader may need. */
export type ContextNeed = 'year' | 'month' | 'documentDate';

const YEAR_MONTH: readonly ContextNeed[] = ['year', 'month'];

/** Needs of the rules, by what their patterns require. */
const DIGIT: readonly Need[] = ['digit'];
const MONTH: readonly Need[] = ['month'];
const MONTH_DIGIT: readonly Need[] = ['month', 'digit'];

const YEAR = '(\\d{4})';
/** White space between a date's parts: spaces, tabs, no-break spaces, a line break of the flat text. */
export const GAP = '[ \\t\\n\\u00A0]+';
/** Between day or month and year: a comma and white space; in a dateline also OCR's stray `.`, `-`, `~`. */
const SEP = `(?:,?${GAP})`;
const LENIENT_SEP = '(?:[ \\t]*[.,\\-–~][ \\t]*|[ \\t]+)';

/**
 * Day, month and year written with a dot or a hyphen used twice (`14.11.1962`, `1-14-63`). The
 * form is shared with section numbers (`2.1.12`), codes (`2-1-12`) and telephone numbers, so
 * nothing may stand against it that would make it part of a longer code: a letter, a digit,
 * or a `.`, `/` or `-` with a digit beyond (`FO 371/1.2.59`, `1.2.3.4`, `974.7301/3-357`). A
 * four-digit year is of the 16th to 21st centuries; a two-digit year is read in a dateline,
 * and in running text only near the document's year (`shortYearFits`).
 */
const DOTTED_OR_HYPHENED = '(?<![\\p{L}\\d]|[./-])(\\d{1,2})([.-])(\\d{1,2})\\2(1[5-9]\\d\\d|20\\d\\d|\\d{2})(?![\\p{L}\\d]|[./-]\\d)';

/** Years before and after the document's year in which a two-digit year of running text may fall: a text cites the past more than the future. */
const SHORT_YEAR_BEFORE = 10;
const SHORT_YEAR_AFTER = 5;

/** Whether a dotted or hyphened date's year `y` is read: always with four digits or in a dateline; else only within the document's years. */
function shortYearFits(y: string, ctx: DateContext, lenient: boolean): boolean {
  if (y.length === 4 || lenient) return true;
  if (ctx.year === undefined) return false;
  const year = ctx.century + Number(y);
  return year >= ctx.year - SHORT_YEAR_BEFORE && year <= ctx.year + SHORT_YEAR_AFTER;
}

function yearOf(text: string | undefined, ctx: DateContext): { year?: number; inferred: boolean } {
  if (text) return { year: text.length === 2 ? ctx.century + Number(text) : Number(text), inferred: false };
  return { year: ctx.year, inferred: ctx.year !== undefined };
}

/** One date from its parts; the year from the context when the text has none. */
export function single(year: string | undefined, month: number | undefined, day: number | undefined, ctx: DateContext): DateValue | undefined {
  if (month === undefined) return undefined;
  const y = yearOf(year, ctx);
  const when = iso(y.year, month, day);
  return when ? { when, inferred: y.inferred } : undefined;
}

/** A range, or undefined when an end is missing or it runs backwards (OCR damage, usually). */
function range(a: DateValue | undefined, b: DateValue | undefined): DateValue | undefined {
  return a?.when && b?.when && a.when <= b.when ? { from: a.when, to: b.when, inferred: a.inferred } : undefined;
}

/** An all-numeric date in the document's order; a first field over 12 can only be a day. */
function numeric(a: string, b: string, y: string, ctx: DateContext): DateValue | undefined {
  const dmy = (ctx.dateOrder ?? 'mdy') === 'dmy' ? Number(b) <= 12 || Number(a) > 12 : Number(a) > 12 && Number(b) <= 12;
  return dmy ? single(y, Number(b), Number(a), ctx) : single(y, Number(a), Number(b), ctx);
}

function dateTimeGroup(m: RegExpExecArray, ctx: DateContext, c: CompiledLocale, dayAt: number, monthText?: string, yearText?: string): DateValue | undefined {
  const [day, hour, minute] = [m[dayAt]!, m[dayAt + 1]!, m[dayAt + 2]!];
  const d = monthText === undefined ? (ctx.month === undefined ? undefined : { ...single(undefined, ctx.month, Number(day), ctx), inferred: true }) : single(yearText, c.monthValue(monthText), Number(day), ctx);
  if (!d?.when || Number(hour) > 23 || !/^\d{4}-/u.test(d.when)) return undefined;
  return { when: `${d.when}T${hour}:${minute}:00Z`, inferred: d.inferred };
}

/** Builds the rules of a locale; `lenient` admits the separators OCR leaves in datelines. */
export function buildRules(c: CompiledLocale, lenient: boolean): Rule[] {
  const M = `(${c.monthSource})`;
  const MIL = `(${c.militaryMonthSource})`;
  const DAY = `(\\d{1,2})(?:${c.suffixSource})?`;
  const ORD = `(${c.ordinalSource})`;
  const sep = lenient ? LENIENT_SEP : SEP;
  const prep = c.locale.monthPrepositions.map(escapeRe).join('|');
  const dtgLabels = c.locale.dateTimeGroupLabels.map(escapeRe).join('|');
  const re = (s: string) => new RegExp(s, 'gu');
  const of = casedAlternatives(['of']);
  const pair = casedAlternatives(['and', 'or', 'to', 'through']);
  return [
    // Telegram date-time group: 051823Z NOV 62 (day, hour, minute, Z, month, year)
    { re: /\b([0-3]\d)([0-2]\d)([0-5]\d)Z[ \t]*([A-Z]{3,4})[ \t]*(\d{4}|\d{2})\b/gu, read: (m, x, k) => dateTimeGroup(m, x, k, 1, m[4], m[5]), needs: DIGIT },
    // A labelled group without month and year (`DTG 271830Z`): both from the document
    { re: re(`\\b(?:${dtgLabels})[: \\t]+([0-3]\\d)([0-2]\\d)([0-5]\\d)Z\\b`), read: (m, x, k) => dateTimeGroup(m, x, k, 1), needs: DIGIT, context: YEAR_MONTH },
    // 11/3/62-11/16/62 (ranges, in the document's order)
    { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})[ \t]*[-–][ \t]*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/gu, read: (m, x) => range(numeric(m[1]!, m[2]!, m[3]!, x), numeric(m[4]!, m[5]!, m[6]!, x)), needs: DIGIT },
    // 1962-11-05 / 1962/11/05: year first, one separator twice (`1110/2-11` is a file code, not a date)
    { re: /\b(\d{4})([/-])(\d{1,2})\2(\d{1,2})\b/gu, read: (m, x) => single(m[1], +m[3]!, +m[4]!, x), needs: DIGIT },
    { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/gu, read: (m, x) => numeric(m[1]!, m[2]!, m[3]!, x), needs: DIGIT },
    // 14.11.1962 / 6.2.59 / 1-14-63: a dot or hyphen used twice, never inside a longer code
    { re: re(DOTTED_OR_HYPHENED), read: (m, x) => (shortYearFits(m[4]!, x, lenient) ? numeric(m[1]!, m[3]!, m[4]!, x) : undefined), needs: DIGIT },
    // November 3-16, 1962
    { re: re(`\\b${M}${GAP}${DAY}[ \\t]*[-–][ \\t]*${DAY}(?:${SEP}${YEAR})?\\b`), read: (m, x, k) => range(single(m[4], k.monthValue(m[1]!), +m[2]!, x), single(m[4], k.monthValue(m[1]!), +m[3]!, x)), needs: MONTH_DIGIT },
    // November 5, 1962 / November 5th / Nov. 5
    { re: re(`\\b${M}${GAP}${DAY}(?:${sep}${YEAR})?(?![\\d/])`), read: (m, x, k) => single(m[3], k.monthValue(m[1]!), +m[2]!, x), needs: MONTH_DIGIT },
    // 7 Sept. 60 / 6 MAR 98: an abbreviated or upper-case month may carry a two-digit year
    { re: re(`\\b${DAY}${GAP}${MIL}[ \\t]*(\\d{2})(?![\\d\\p{L}%])`), read: (m, x, k) => single(m[3], k.monthValue(m[2]!), +m[1]!, x), needs: DIGIT },
    // 5 November 1962 / 5th of November
    { re: re(`\\b${DAY}${GAP}(?:of${GAP})?${M}(?:${sep}${YEAR})?\\b`), read: (m, x, k) => single(m[3], k.monthValue(m[2]!), +m[1]!, x), needs: MONTH_DIGIT },
    // October twenty-seventh (, 1962)
    { re: re(`\\b${M}${GAP}${ORD}\\b(?:${SEP}${YEAR}\\b)?`), read: (m, x, k) => single(m[3], k.monthValue(m[1]!), k.ordinalValue(m[2]!), x), needs: MONTH },
    // October twenty-seventh and twenty-eighth: the second day of the pair
    {
      re: new RegExp(`\\b${M}${GAP}(?:${c.ordinalSource}|\\d{1,2}(?:${c.suffixSource})?)${GAP}(?:${pair})${GAP}(${c.ordinalSource}|\\d{1,2}(?:${c.suffixSource}))\\b`, 'dgu'),
      group: 2,
      read: (m, x, k) => single(undefined, k.monthValue(m[1]!), k.ordinalValue(m[2]!) ?? parseInt(m[2]!, 10), x),
      needs: MONTH,
    },
    // the twenty-seventh of October
    { re: re(`\\b${ORD}${GAP}(?:${of})${GAP}${M}(?:${SEP}${YEAR})?\\b`), read: (m, x, k) => single(m[3], k.monthValue(m[2]!), k.ordinalValue(m[1]!), x), needs: MONTH },
    ...relativeRules(c),
    // the 27th — a bare day, month and year from the document (both inferred)
    {
      re: re(`\\bthe${GAP}(\\d{1,2})(?:${c.suffixSource})\\b(?!${GAP}(?:of${GAP})?(?:${c.monthSource}))`),
      read: (m, x) => (x.month === undefined ? undefined : ((d) => (d ? { ...d, inferred: true } : undefined))(single(undefined, x.month, +m[1]!, x))),
      needs: DIGIT,
      context: ['month'],
    },
    // November 1962 / January of 1968
    { re: re(`\\b${M}${lenient ? LENIENT_SEP : GAP}(?:of${GAP})?${YEAR}\\b`), read: (m, x, k) => single(m[2], k.monthValue(m[1]!), undefined, x), needs: MONTH_DIGIT },
    // (of|in) September — month alone, only unambiguous month names after a preposition
    {
      re: new RegExp(`\\b(?:${prep})${GAP}(?:the${GAP}months?${GAP}of${GAP})?${M}\\b(?![ \\t]*\\d)`, 'dgu'),
      group: 1,
      read: (m, x, k) => (k.ambiguous.has(m[1]!.toLowerCase().replace(/\.$/u, '')) ? undefined : single(undefined, k.monthValue(m[1]!), undefined, x)),
      needs: MONTH,
    },
  ];
}

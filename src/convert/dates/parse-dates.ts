import { daysIn } from '../../util/calendar.js';
import { MONTH_SOURCE, ORDINAL_SOURCE, monthValue, ordinalValue, AMBIGUOUS_MONTHS } from './words.js';

/** A date found in text: `[start, end)` offsets and its ISO value(s). */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly when?: string;
  readonly from?: string;
  readonly to?: string;
  /** The year was not in the text and came from the context. */
  readonly inferred: boolean;
}

/** What a date parser knows from the document. */
export interface DateContext {
  /** The document's year, for dates that omit it. */
  readonly year?: number;
  /** Century for two-digit years (1900 → `62` is 1962). */
  readonly century: number;
  /** The document's month, for a bare day (`the 27th`). */
  readonly month?: number;
}

interface Rule {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray, ctx: DateContext) => Omit<DateMatch, 'start' | 'end'> | undefined;
}

const M = `(${MONTH_SOURCE})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|d)?';
const YEAR = '(\\d{4})';
const ORD = `(${ORDINAL_SOURCE})`;
const PREP = '(?:of|in|during|since|until|till|by|early|late|mid-|last|next|this|before|after|through|from|to)';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date from parts; `--MM-DD` (xsd:gMonthDay) when the year is unknown. */
export function iso(year: number | undefined, month: number, day?: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year ?? 2000, month))) return undefined;
  if (year === undefined) return day === undefined ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`;
  const y = String(year).padStart(4, '0');
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}

function yearOf(text: string | undefined, ctx: DateContext): { year?: number; inferred: boolean } {
  if (text) return { year: text.length === 2 ? ctx.century + Number(text) : Number(text), inferred: false };
  return { year: ctx.year, inferred: ctx.year !== undefined };
}

function single(year: string | undefined, month: number | undefined, day: number | undefined, ctx: DateContext) {
  if (month === undefined) return undefined;
  const y = yearOf(year, ctx);
  const when = iso(y.year, month, day);
  return when ? { when, inferred: y.inferred } : undefined;
}

/** A range, or undefined when an end is missing or it runs backwards (OCR damage, usually). */
function range(a: string | undefined, b: string | undefined, inferred: boolean) {
  return a && b && a <= b ? { from: a, to: b, inferred } : undefined;
}

/** The rules, most specific first. Each returns undefined when its match is not a real date. */
const RULES: readonly Rule[] = [
  // Telegram date-time group: 051823Z NOV 62 (day, hour, minute, zone Z, month, year)
  {
    re: /\b([0-3]\d)([0-2]\d)([0-5]\d)Z\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(\d{2}|\d{4})\b/g,
    read: (m, c) => {
      const d = single(m[5], monthValue(m[4]!), +m[1]!, c);
      return d?.when && +m[2]! < 24 ? { when: `${d.when}T${m[2]}:${m[3]}:00Z`, inferred: false } : undefined;
    },
  },
  // 11/3/62-11/16/62 (US order, ranges)
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s*[-–]\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/g,
    read: (m, c) => range(single(m[3], +m[1]!, +m[2]!, c)?.when, single(m[6], +m[4]!, +m[5]!, c)?.when, false),
  },
  { re: /\b(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b/g, read: (m, c) => single(m[1], +m[2]!, +m[3]!, c) },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/g, read: (m, c) => single(m[3], +m[1]!, +m[2]!, c) },
  // November 3-16, 1962
  {
    re: new RegExp(`\\b${M}\\s+${DAY}\\s*[-–]\\s*${DAY}(?:,?\\s+${YEAR})?\\b`, 'g'),
    read: (m, c) => {
      const a = single(m[4], monthValue(m[1]!), +m[2]!, c);
      const b = single(m[4], monthValue(m[1]!), +m[3]!, c);
      return range(a?.when, b?.when, a?.inferred ?? false);
    },
  },
  // November 5, 1962 / November 5th / Nov. 5
  { re: new RegExp(`\\b${M}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d/])`, 'g'), read: (m, c) => single(m[3], monthValue(m[1]!), +m[2]!, c) },
  // 5 November 1962 / 5th of November
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${M}(?:,?\\s+${YEAR})?\\b`, 'g'), read: (m, c) => single(m[3], monthValue(m[2]!), +m[1]!, c) },
  // October twenty-seventh (, 1962)
  { re: new RegExp(`\\b${M}\\s+${ORD}\\b(?:,?\\s+${YEAR}\\b)?`, 'gi'), read: (m, c) => single(m[3], monthValue(m[1]!), ordinalValue(m[2]!), c) },
  // October twenty-seventh and twenty-eighth: the second day of the pair
  { re: new RegExp(`(?<=\\b${M}\\s+(?:${ORDINAL_SOURCE}|\\d{1,2}(?:st|nd|rd|th)?)\\s+(?:and|or|to|through)\\s+)(${ORDINAL_SOURCE}|\\d{1,2}(?:st|nd|rd|th))\\b`, 'gi'), read: (m, c) => single(undefined, monthValue(m[1]!), ordinalValue(m[2]!) ?? parseInt(m[2]!, 10), c) },
  // the twenty-seventh of October
  { re: new RegExp(`\\b${ORD}\\s+of\\s+${M}(?:,?\\s+${YEAR})?\\b`, 'gi'), read: (m, c) => single(m[3], monthValue(m[2]!), ordinalValue(m[1]!), c) },
  // the 27th — a bare day, month and year from the document (both inferred)
  {
    re: new RegExp(`\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTH_SOURCE}))`, 'g'),
    read: (m, c) => (c.month === undefined ? undefined : ((d) => (d ? { ...d, inferred: true } : undefined))(single(undefined, c.month, +m[1]!, c))),
  },
  // November 1962
  { re: new RegExp(`\\b${M}\\s+${YEAR}\\b`, 'g'), read: (m, c) => single(m[2], monthValue(m[1]!), undefined, c) },
  // (of|in) September — month alone, only unambiguous month names after a preposition
  {
    re: new RegExp(`(?<=\\b${PREP}\\s+(?:the\\s+months?\\s+of\\s+)?)${M}\\b(?!\\s*\\d)`, 'g'),
    read: (m, c) => (AMBIGUOUS_MONTHS.has(m[1]!.toLowerCase().replace(/\.$/, '')) ? undefined : single(undefined, monthValue(m[1]!), undefined, c)),
  },
];

/**
 * Finds dates in `text`. Overlapping candidates are resolved by earliest start, then longest
 * match. Returns matches in text order. Pure and linear in the text length (per rule).
 */
export function parseDates(text: string, ctx: DateContext): DateMatch[] {
  const found: DateMatch[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const v = rule.read(m, ctx);
      if (v) found.push({ start: m.index, end: m.index + m[0].length, ...v });
      if (m[0].length === 0) rule.re.lastIndex += 1;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) if (!out.length || d.start >= out[out.length - 1]!.end) out.push(d);
  return out;
}

/** Returns the date when the whole of `text` (trimmed, allowing a trailing period) is one date. */
export function wholeDate(text: string, ctx: DateContext): DateMatch | undefined {
  const t = text.replace(/[.\s]+$/, '');
  const ds = parseDates(t, ctx);
  const d = ds[0];
  return ds.length === 1 && d && d.start === 0 && d.end === t.length ? d : undefined;
}

/**
 * Dates in text: the forms of a locale's rules (`rules.ts`, `relative.ts`), with a following
 * time of day joined to the date (`October 27, 1962, 8:05 p.m.`) and its offset from the
 * document's time zone. Pure; linear in the text length per rule.
 */
import { englishDates } from '../../profiles/locale-en.js';
import type { DateLocale, DateOrder } from '../../profiles/locale.js';
import { memoOf, type ConvertMemo } from '../memo.js';
import { anyMet, anyNeedMet, meets, needsMet } from './date-needs.js';
import { dateTables, type DateTables } from './date-tables.js';
import { isoParts } from './iso.js';
import { readTime, timeValue } from './times.js';
import { zoneOffset } from './zones.js';

export { iso } from './iso.js';

/** A date found in text: `[start, end)` offsets and its ISO value(s). */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly when?: string;
  readonly from?: string;
  readonly to?: string;
  /** Part of the value (the year, or month and year) was not in the text and came from the context. */
  readonly inferred: boolean;
  /** The value was resolved from a relative form (`the 26th ult.`, `last November`, `yesterday`) against the document's date. */
  readonly relative?: boolean;
}

/** A rule's value for a match. */
export type DateValue = Omit<DateMatch, 'start' | 'end'>;

/** What a date parser knows from the document. */
export interface DateContext {
  /** The document's year, for dates that omit it. */
  readonly year?: number;
  /** Century for two-digit years (1900 → `62` is 1962). */
  readonly century: number;
  /** The document's month, for a bare day (`the 27th`) and relative forms. */
  readonly month?: number;
  /** The order of all-numeric dates (default `mdy`). */
  readonly dateOrder?: DateOrder;
  /** The words dates are written in (default English). */
  readonly locale?: DateLocale;
  /** The document's own date (ISO, day precision), for `yesterday` and the like. */
  readonly documentDate?: string;
  /** IANA time zone of the document's place: the offset of a local time. */
  readonly zone?: string;
  /** The text is a dateline: OCR's stray separators are admitted, and a time or date-time group alone stands for the document's date. */
  readonly dateline?: boolean;
  /**
   * The conversion's memo, which holds its date tables (`date-tables.ts`): the locale compiled
   * and the rules built from it. Without one, a call builds the tables it needs for itself.
   */
  readonly memo?: ConvertMemo | undefined;
}

/** The date tables of the context's locale in its conversion. */
export function tablesOf(ctx: DateContext): DateTables {
  return dateTables(ctx.locale ?? englishDates, memoOf(ctx));
}

/**
 * False when `text` can hold no date of the locale (nor a time): it has no digit, month
 * name or relative day word. A cheap test before reading dates, exact in that direction.
 * `memo` is the conversion's (see `DateContext.memo`).
 */
export function mayHoldDate(text: string, locale: DateLocale = englishDates, memo?: ConvertMemo): boolean {
  return anyNeedMet(text, dateTables(locale, memoOf({ memo })));
}

/** Joins a time of day that follows a full date (`, 8:05 p.m.`, ` at 1530 hours`) to its value. */
function withTime(d: DateMatch, text: string, ctx: DateContext, c: DateTables): DateMatch {
  const day = isoParts(d.when);
  if (!day || d.when!.length !== 10) return d;
  // A bounded look past the date: a time is short, and slicing the rest of a long paragraph for every date would be quadratic.
  const after = text.slice(d.end, d.end + 48);
  const lead = c.joiner().exec(after);
  if (!lead) return d;
  const t = readTime(after.slice(lead[0].length), c);
  if (!t || (!t.marked && !ctx.dateline)) return d;
  const offset = !t.zulu && ctx.zone ? zoneOffset(ctx.zone, day.year, day.month, day.day, t.hour, t.minute) : undefined;
  return { ...d, end: d.end + lead[0].length + t.length, when: `${d.when}T${timeValue(t, offset)}` };
}

/** A dateline that is only a time (`8:05 p.m.`, `1530Z`) or a bare group (`271830Z`): the document's date at that time. */
function timeAlone(text: string, ctx: DateContext, c: DateTables): DateMatch | undefined {
  const day = isoParts(ctx.documentDate);
  const lead = /^[ \t]*/u.exec(text)![0].length;
  const group = /^([0-3]\d)([0-2]\d[0-5]\dZ)/u.exec(text.slice(lead));
  const t = readTime(group ? group[2]! : text.slice(lead), c);
  if (!day || !t) return undefined;
  const length = group ? group[0].length : t.length;
  if (!/^[ \t.,]*$/u.test(text.slice(lead + length))) return undefined;
  const date = group ? `${ctx.documentDate!.slice(0, 8)}${group[1]}` : ctx.documentDate!.slice(0, 10);
  if (!isoParts(date) || (group && Number(group[1]) > 31)) return undefined;
  const parts = isoParts(date)!;
  const offset = !t.zulu && ctx.zone ? zoneOffset(ctx.zone, parts.year, parts.month, parts.day, t.hour, t.minute) : undefined;
  return { start: lead, end: lead + length, when: `${date}T${timeValue(t, offset)}`, inferred: true };
}

/**
 * Finds dates in `text`. Overlapping candidates are resolved by earliest start, then longest
 * match. Returns matches in text order.
 */
export function parseDates(text: string, ctx: DateContext): DateMatch[] {
  const c = tablesOf(ctx);
  // Each rule scans the whole text: only those whose digits or words the text has, and whose
  // reader has the context it needs (a relative date, the document's month and year), are run.
  const met = needsMet(text, c);
  if (!anyMet(met)) return [];
  const found: DateMatch[] = [];
  for (const rule of c.rules(ctx.dateline === true)) {
    if (!meets(met, rule.needs) || (rule.context !== undefined && !rule.context.every((k) => ctx[k] !== undefined))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const v = rule.read(m, ctx, c.compiled);
      const span = rule.group !== undefined ? m.indices?.[rule.group] : undefined;
      if (v) found.push({ start: span?.[0] ?? m.index, end: span?.[1] ?? m.index + m[0].length, ...v });
      if (m[0].length === 0) rule.re.lastIndex += 1;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) if (!out.length || d.start >= out[out.length - 1]!.end) out.push(withTime(d, text, ctx, c));
  if (!out.length && ctx.dateline) {
    const alone = timeAlone(text, ctx, c);
    if (alone) out.push(alone);
  }
  return out;
}

/** Returns the date when the whole of `text` (allowing trailing white space and a period) is one date. */
export function wholeDate(text: string, ctx: DateContext): DateMatch | undefined {
  const t = text.replace(/[. \t\n]+$/u, '');
  const ds = parseDates(t, { ...ctx, dateline: true });
  const d = ds[0];
  return ds.length === 1 && d && d.start === 0 && d.end === t.length ? d : undefined;
}

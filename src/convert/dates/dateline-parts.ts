/**
 * A dateline read into its parts: the place before the date (`Washington, D.C.,`), the date
 * with its time (`October 27, 1962, 8:05 p.m.`), and the place's time zone from the
 * profile's gazetteer, so that the time carries its offset for that date.
 */
import { dateLocaleOf, dateOrderOf, gazetteerOf } from '../../profiles/defaults.js';
import type { Profile } from '../../profiles/profile.js';
import { isWeekday } from './weekdays.js';
import { parseDates, type DateContext, type DateMatch } from './parse-dates.js';

/** A place before the date: a few capitalised words, an optional state or country part, and a comma. */
export const DATELINE_PLACE = /^((?:[\p{Lu}][\p{L}.'’-]*\.?[ \t]*){1,4}(?:,[ \t]*(?:[\p{Lu}][\p{L}.]*\.?[ \t]*){1,3})?),[ \t]*$/u;

/** The parts of a dateline. */
export interface DatelineParts {
  /** The place as written, `[start, end)` in the text, without its comma. */
  readonly place?: { readonly start: number; readonly end: number; readonly text: string };
  /** The IANA zone of the place, when the gazetteer knows it. */
  readonly zone?: string;
  readonly date: DateMatch;
}

/** The time zone of a place as written (`Washington, D.C.` → `America/New_York`), or undefined. */
export function zoneOfPlace(place: string, profile: Profile): string | undefined {
  const g = gazetteerOf(profile);
  const key = place.toLowerCase().replace(/[ \t]+/gu, ' ').replace(/[ ,.]+$/u, '');
  return g[key] ?? g[key.split(',')[0]!.replace(/[ .]+$/u, '')];
}

/** The date context of a profile alone (no document known yet). */
export function profileDateContext(profile: Profile, extra: Partial<DateContext> = {}): DateContext {
  return { century: profile.century, dateOrder: dateOrderOf(profile), locale: dateLocaleOf(profile), ...extra };
}

/**
 * Reads a dateline: the whole text is a date (and time), or a place and then one. Returns
 * undefined when the text is not a dateline. `ctx` gives the year for year-less dates.
 */
export function datelineParts(text: string, profile: Profile, ctx: Partial<DateContext> = {}): DatelineParts | undefined {
  const t = text.replace(/[. \t]+$/u, '');
  const base = profileDateContext(profile, { ...ctx, dateline: true });
  const plain = parseDates(t, base);
  const last = plain.at(-1);
  if (!last || last.end !== t.length) return undefined;
  if (last.start === 0 && plain.length === 1) return { date: last };
  const m = DATELINE_PLACE.exec(t.slice(0, last.start));
  if (!m) return undefined;
  const name = m[1]!.replace(/[ \t]+$/u, '');
  // A weekday before the date (`Tuesday, February 7, 1967`) is part of the date, not a place.
  if (isWeekday(name, base.locale, base.memo)) return { date: last };
  const zone = zoneOfPlace(name, profile);
  const date = zone ? parseDates(t, { ...base, zone }).at(-1) ?? last : last;
  return { place: { start: 0, end: name.length, text: name }, ...(zone ? { zone } : {}), date };
}

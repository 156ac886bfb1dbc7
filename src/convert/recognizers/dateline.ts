import { datelineParts, profileDateContext } from '../dates/dateline-parts.js';
import { mayHoldDate, wholeDate } from '../dates/parse-dates.js';
import { dateTables } from '../dates/date-tables.js';
import { readTime } from '../dates/times.js';
import { memoOf, type ConvertMemo } from '../memo.js';
import { dateLocaleOf } from '../../profiles/defaults.js';
import type { LineRecognizer } from './types.js';

/** A telegram date-time group with its precedence letter: `O 051823Z NOV 62`. */
const DTG = /^([OPRZ][ \t]+)?\d{6}Z[ \t]*[A-Z]{3,4}[ \t]*\d{2,4}$/u;

/** OCR residue before a dateline: up to three marks that are no letter or digit, then a space. */
const LEAD_RESIDUE = /^[^\p{L}\p{N} \t]{1,3}[ \t]+/u;

/** A group without month and year (`271830Z`): its date is the document's. */
const BARE_DTG = /^[0-3]\d[0-2]\d[0-5]\dZ$/u;

/** A bare group, alone or after one of the locale's labels (`DTG 271830Z`). */
function bareGroup(text: string, profile: Parameters<LineRecognizer>[1]['profile']): boolean {
  const upper = text.toUpperCase();
  const label = dateLocaleOf(profile).dateTimeGroupLabels.find((l) => upper.startsWith(l));
  const rest = label ? text.slice(label.length).replace(/^[: \t]+/u, '') : text;
  return BARE_DTG.test(rest) && (label !== undefined || rest === text);
}

/** A time of day alone on a line under a dateline (`5:30 p.m.`, `1730 hours`, `1530Z`). */
function timeOnly(text: string, profile: Parameters<LineRecognizer>[1]['profile'], memo?: ConvertMemo): boolean {
  const t = readTime(text, dateTables(dateLocaleOf(profile), memoOf({ memo })));
  return t !== undefined && /^[ \t.]*$/u.test(text.slice(t.length));
}

/**
 * A dateline: the whole line is a date (`November 5, 1962`, `5 November 1962`), or a place
 * and a date (`Washington, November 5, 1962`), either with a time (`, 8:05 p.m.`); a
 * telegram date-time group; or a time of day alone.
 */
export const dateline: LineRecognizer = (text, ctx) => {
  // Every form below needs a digit or a date word: most lines have neither.
  if (text.length > 80 || !mayHoldDate(text, dateLocaleOf(ctx.profile), ctx.memo)) return undefined;
  // The year for year-less dates, and the conversion's memo (its date tables).
  const year = { ...(ctx.year !== undefined ? { year: ctx.year } : {}), memo: ctx.memo };
  if (timeOnly(text, ctx.profile, ctx.memo)) return { kind: 'dateline', rule: 'dateline/time' };
  if (bareGroup(text, ctx.profile)) return { kind: 'dateline', rule: 'dateline/date-time-group', value: 'telegram' };
  const dtg = DTG.exec(text);
  if (dtg) {
    const lead = dtg[1]?.length ?? 0;
    const d = wholeDate(text.slice(lead), profileDateContext(ctx.profile, year));
    if (d) return { kind: 'dateline', rule: 'dateline/date-time-group', value: 'telegram', date: { ...d, start: d.start + lead, end: d.end + lead } };
  }
  const parts = datelineParts(text, ctx.profile, year);
  if (parts) return { kind: 'dateline', rule: parts.place ? 'dateline/place-date' : 'dateline/date', date: parts.date };
  // OCR residue before a bare date (`'. 5 November 1962`): still a dateline, the marks kept as text.
  const lead = LEAD_RESIDUE.exec(text)?.[0].length ?? 0;
  const bare = lead ? datelineParts(text.slice(lead), ctx.profile, year) : undefined;
  if (!bare || bare.place) return undefined;
  return { kind: 'dateline', rule: 'dateline/date', date: { ...bare.date, start: bare.date.start + lead, end: bare.date.end + lead } };
};

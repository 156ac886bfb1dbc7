import { parseDates, wholeDate } from '../dates/parse-dates.js';
import type { LineRecognizer } from './types.js';

/** A place before the date: a few capitalised words and a comma (`Washington, D.C.,`). */
const PLACE = /^(?:[\p{Lu}][\p{L}.'-]*\.?\s*){1,4}(?:,\s*[\p{Lu}][\p{L}.]*\.?)?,\s*$/u;

/** A time of day on its own line, under a dateline (`5:30 p.m.`, `1730 hours`). */
const TIME = /^(?:\d{1,2}[:.]\d{2}\s*(?:a\.\s?m\.|p\.\s?m\.|am|pm|AM|PM)?|\d{4}\s+hours?)$/;

/** A telegram date-time group with its precedence letter: `O 051823Z NOV 62`. */
const DTG = /^([OPRZ]\s+)?\d{6}Z\s+[A-Z]{3}\s+\d{2,4}$/;

/**
 * A dateline: the whole line is a date (`November 5, 1962`, `5 November 1962`), or a place
 * and a date (`Washington, November 5, 1962`).
 */
export const dateline: LineRecognizer = (text, ctx) => {
  if (text.length > 80) return undefined;
  const dctx = { century: ctx.profile.century, ...(ctx.year !== undefined ? { year: ctx.year } : {}) };
  if (TIME.test(text)) return { kind: 'dateline', rule: 'dateline/time' };
  const dtg = DTG.exec(text);
  if (dtg) {
    const d = wholeDate(text.slice(dtg[1]!.length), dctx);
    if (d) return { kind: 'dateline', rule: 'dateline/date-time-group', value: 'telegram', date: { ...d, start: d.start + dtg[1]!.length, end: d.end + dtg[1]!.length } };
  }
  const whole = wholeDate(text, dctx);
  if (whole) return { kind: 'dateline', rule: 'dateline/date', date: whole };
  const t = text.replace(/[.\s]+$/, '');
  const last = parseDates(t, dctx).at(-1);
  if (last && last.end === t.length && PLACE.test(t.slice(0, last.start))) {
    return { kind: 'dateline', rule: 'dateline/place-date', date: last };
  }
  return undefined;
};

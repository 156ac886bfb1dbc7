import { parseDates, wholeDate } from '../dates/parse-dates.js';
import type { LineRecognizer } from './types.js';

/** A place before the date: a few capitalised words and a comma (`Washington, D.C.,`). */
const PLACE = /^(?:[\p{Lu}][\p{L}.'-]*\.?\s*){1,4}(?:,\s*[\p{Lu}][\p{L}.]*\.?)?,\s*$/u;

/**
 * A dateline: the whole line is a date (`November 5, 1962`, `5 November 1962`), or a place
 * and a date (`Washington, November 5, 1962`).
 */
export const dateline: LineRecognizer = (text, ctx) => {
  if (text.length > 80) return undefined;
  const dctx = { century: ctx.profile.century, ...(ctx.year !== undefined ? { year: ctx.year } : {}) };
  const whole = wholeDate(text, dctx);
  if (whole) return { kind: 'dateline', rule: 'dateline/date', date: whole };
  const t = text.replace(/[.\s]+$/, '');
  const last = parseDates(t, dctx).at(-1);
  if (last && last.end === t.length && PLACE.test(t.slice(0, last.start))) {
    return { kind: 'dateline', rule: 'dateline/place-date', date: last };
  }
  return undefined;
};

import { parseDates } from '../dates/parse-dates.js';
import { escapeRe } from '../dates/words.js';
import { shapeOf } from './shape.js';
import type { LineRecognizer } from './types.js';
import { memoOf, type ConvertMemo } from '../memo.js';

/** A bare archival reference code: department or group letters, series, piece (`FO 371/122345`, `RG 59/250/3`). */
const REFERENCE_CODE = /^[A-Z]{1,5}\s?\d{1,4}\/\d{1,6}(?:\/\d{1,6})?$/u;

/**
 * An archival citation footer (`JFK, NSF USSR, Subjects … Vol. I-C, 11/3/62-11/16/62`,
 * `RG 59, Central Files, Box 1234`): comma-separated fields, capitalised, not a sentence, and
 * either opening with a repository abbreviation of the profile or closing with a date or
 * date range, or naming a box, folder or volume.
 */
export const citation: LineRecognizer = (text, ctx) => {
  if (/^Source:\s.*,/u.test(text) && text.length <= 400) return { kind: 'archival-citation', rule: 'citation/source-note' };
  if (REFERENCE_CODE.test(text)) return { kind: 'archival-citation', rule: 'citation/reference-code' };
  if (text.length > 240 || text.length < 12) return undefined;
  const commas = (text.match(/,/gu) ?? []).length;
  const shape = shapeOf(text);
  if (commas < 1 || shape.capitalised < 0.45 || (shape.sentenceEnd && !/\d\.?$/u.test(text))) return undefined;
  const first = text.split(/[,\s]/u)[0] ?? '';
  if (Object.hasOwn(ctx.profile.repositories, first)) return { kind: 'archival-citation', rule: 'citation/repository' };
  // Both remaining readings need two commas; the date is read before the words are looked for.
  if (commas < 2) return undefined;
  const tail = text.slice(text.lastIndexOf(',') + 1);
  if (parseDates(tail, { century: ctx.profile.century, memo: ctx.memo }).length > 0) return { kind: 'archival-citation', rule: 'citation/date-range' };
  const lower = text.toLowerCase();
  return wordPatterns(ctx.profile.citationWords, memoOf(ctx)).some((re) => re.test(lower)) ? { kind: 'archival-citation', rule: 'citation/words' } : undefined;
};

// The profile's citation words compiled once per list and conversion (its memo), not once per line.
function wordPatterns(words: readonly string[], memo: ConvertMemo): readonly RegExp[] {
  return memo.once(words, 'recognizers/citation', () => words.map((w) => new RegExp(`\\b${escapeRe(w)}\\b\\.?`, 'u')));
}

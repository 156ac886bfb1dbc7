import { parseDates } from '../dates/parse-dates.js';
import { escapeRe } from '../dates/words.js';
import { shapeOf } from './shape.js';
import type { LineRecognizer } from './types.js';

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
  if (parseDates(tail, { century: ctx.profile.century }).length > 0) return { kind: 'archival-citation', rule: 'citation/date-range' };
  const lower = text.toLowerCase();
  return wordPatterns(ctx.profile.citationWords).some((re) => re.test(lower)) ? { kind: 'archival-citation', rule: 'citation/words' } : undefined;
};

// The profile's citation words compiled once per list, not once per line.
const compiled = new WeakMap<readonly string[], readonly RegExp[]>();
function wordPatterns(words: readonly string[]): readonly RegExp[] {
  let res = compiled.get(words);
  if (!res) compiled.set(words, (res = words.map((w) => new RegExp(`\\b${escapeRe(w)}\\b\\.?`, 'u'))));
  return res;
}

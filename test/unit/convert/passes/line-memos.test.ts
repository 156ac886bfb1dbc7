import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../../src/convert/dates/parse-dates.js';
import { editDistance, newDistanceScratch } from '../../../../src/convert/edit-distance.js';
import { caveat } from '../../../../src/convert/recognizers/caveat.js';
import { heading } from '../../../../src/convert/recognizers/heading.js';
import { lettersOf } from '../../../../src/convert/recognizers/letters.js';
import { englishDates } from '../../../../src/profiles/locale-en.js';
import { profile } from './helpers.js';

/** Levenshtein distance by the textbook table, to check the fast one against. */
function reference(a: string, b: string): number {
  const t = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) t[i]![j] = Math.min(t[i - 1]![j]! + 1, t[i]![j - 1]! + 1, t[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return t[a.length]![b.length]!;
}

describe('the letters of a line', () => {
  it('keeps every letter of a line in order, astral letters too', () => {
    expect(lettersOf('T O P  S E C R E T // 𝔄b-12 ﬁ')).toEqual('TOPSECRET𝔄bﬁ');
  });
});

// Short words (the bit-parallel path, with a scratch table) and long ones (the table), around the 32-unit word size.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '0', '\uD835', '\uDD04'), maxLength: 40 });

describe('the bounded edit distance', () => {
  it('is the Levenshtein distance when it is within the bound, and more than the bound otherwise, with or without a scratch table', () => {
    const scratch = newDistanceScratch();
    fc.assert(
      fc.property(word, word, fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(20), fc.constant(Infinity)), (a, b, max) => {
        const d = reference(a, b);
        const within = (got: number) => (d <= max ? got : got > max);
        expect([within(editDistance(a, b, max, scratch)), within(editDistance(a, b, max))]).toEqual(d <= max ? [d, d] : [true, true]);
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves the scratch table all zeros after each call, so one call carries nothing to the next', () => {
    const scratch = newDistanceScratch();
    const got = [editDistance('SECRET', 'SECRFT', 2, scratch), editDistance('éb', 'y𝔄c', 4, scratch)];
    // A text unit outside Latin-1 in the longer string alone needs no wide table; in the pattern (the shorter) it does, cleared after too.
    const narrowOnly = scratch.wide === undefined;
    got.push(editDistance('x𝔄b', 'y𝔄bcd', 3, scratch), editDistance('CONFIDENTIAL', 'C0NFIDENTIAL', 1, scratch), editDistance('x𝔄y', 'z𝔄w', 2, scratch));
    const tables = [scratch.peq, scratch.wide ?? new Int32Array(0)];
    expect([got, narrowOnly, scratch.wide !== undefined, tables.some((t) => t.some((v) => v !== 0))]).toEqual([[1, 4, 3, 1, 2], true, true, false]);
  });

  it('sets aside what two long copies share at their start and end, with or without a scratch table', () => {
    const head = 'DECLASSIFIED Authority NND 969007 By '.repeat(2);
    const tail = ' Date 6/8/98 Page 3 of 17'.repeat(2);
    const pairs: [string, string][] = [[`${head}abc${tail}`, `${head}axc${tail}`], [`${head}kitten${tail}`, `${head}sitting${tail}`], [`${head}${tail}`, `${head}xy${tail}`], [`a${head}`, `b${head}`]];
    const scratch = newDistanceScratch();
    expect(pairs.map(([a, b]) => [editDistance(a, b, 40, scratch), editDistance(a, b, 40), editDistance(a, b, 1, scratch) > 1, reference(a, b)])).toEqual([
      [1, 1, false, 1], [3, 3, true, 3], [2, 2, true, 2], [1, 1, false, 1],
    ]);
  });

  it('is exact without a bound, also after a longer pair grew its rows', () => {
    expect([editDistance('x'.repeat(90), 'y'.repeat(70)), editDistance('a'.repeat(32), 'b'.repeat(40)), editDistance('kitten', 'sitting'), editDistance('', 'abc'), editDistance('same', 'same', 0), editDistance('same', 'sane', 0)]).toEqual([90, 40, 3, 3, 0, 1]);
  });
});

describe('the date gate', () => {
  it('finds no date in a line with no digit, month name or relative day word, and still finds the rest', () => {
    const ctx = { century: 1900, documentDate: '1962-10-27', year: 1962, month: 10 };
    expect(parseDates('The delegation left without agreement on the wording.', ctx)).toEqual([]);
    expect(parseDates('He wrote yesterday, on the twenty-sixth of October.', ctx).map((d) => d.when)).toEqual(['1962-10-26', '1962-10-26']);
  });

  it('reads the relative day words of the locale it is given, not English ones', () => {
    const locale = { ...englishDates, relative: { ...englishDates.relative, days: { gestern: -1 } } };
    const ctx = { century: 1900, documentDate: '1962-10-27', locale };
    expect([parseDates('gestern abend', ctx).map((d) => d.when), parseDates('yesterday evening', ctx)]).toEqual([['1962-10-26'], []]);
  });

  it('reads dates with a locale that has no relative day words (no gate then)', () => {
    const locale = { ...englishDates, relative: { ...englishDates.relative, days: {} } };
    expect(parseDates('on October 5, 1962', { century: 1900, locale }).map((d) => d.when)).toEqual(['1962-10-05']);
  });
});

describe('document kinds read per profile', () => {
  it('reads the kinds of the profile the line is judged with, not those of the profile seen first', () => {
    const telegramOnly = { ...profile, documentKinds: { telegram: 'telegram' } };
    const memoOnly = { ...profile, documentKinds: { memorandum: 'memorandum' } };
    const line = 'MEMORANDUM';
    expect([heading(line, { profile: telegramOnly })?.value, heading(line, { profile: memoOnly })?.value, heading(line, { profile })?.value]).toEqual([undefined, 'memorandum', 'memorandum']);
  });
});

describe('caveats read with their first-character gate', () => {
  it('finds a caveat whose line only opens with it once mapped to capitals, and none in prose', () => {
    const withSs = { ...profile, caveats: ['SSECRET', 'NODIS'] };
    const kinds = ['ßECRET HOLD', 'NODIS', 'Nodis for the staff only', '', 'EYES ONLY'].map((t) => caveat(t, { profile: withSs })?.value);
    expect(kinds).toEqual(['ssecret', 'nodis', undefined, undefined, undefined]);
  });
});

import { describe, expect, it } from 'vitest';
import { dateTables } from '../../../src/convert/dates/date-tables.js';
import { parseDates } from '../../../src/convert/dates/parse-dates.js';
import { buildRules } from '../../../src/convert/dates/rules.js';
import { readTime } from '../../../src/convert/dates/times.js';
import { isWeekday, weekdayNames } from '../../../src/convert/dates/weekdays.js';
import { COMPILED_ENGLISH } from '../../../src/convert/dates/words.js';
import { createConvertMemo } from '../../../src/convert/memo.js';
import { englishDates } from '../../../src/profiles/locale-en.js';

describe("a conversion's date tables", () => {
  it('are made once per memo and locale, and another memo makes its own rules and, for a locale of the profile, its own patterns', () => {
    const one = createConvertMemo();
    const other = createConvertMemo();
    const a = dateTables(englishDates, one);
    const b = dateTables(englishDates, other);
    expect([dateTables(englishDates, one) === a, a.rules(true) === a.rules(true), a.rules(true) === a.rules(false), b === a, b.rules(true)[0]!.re === a.rules(true)[0]!.re]).toEqual([true, true, false, false, false]);
    // The built-in English locale's patterns that are not rules (none global or sticky) are made once at load.
    const hours = { ...englishDates, hourWords: ['Uhr'] };
    const [c, d] = [dateTables(hours, one), dateTables(hours, other)];
    const shared = (x: typeof a, y: typeof a) => [x.time() === y.time(), x.joiner() === y.joiner(), x.testers().month === y.testers().month];
    expect([shared(a, b), shared(c, d), [a.time().global || a.time().sticky, a.joiner().global || a.joiner().sticky, a.testers().month!.global || a.testers().month!.sticky]]).toEqual([[true, true, true], [false, false, false], [false, false, false]]);
  });

  it("run copies of the English rules with each pattern's own source and flags", () => {
    const t = dateTables(englishDates, createConvertMemo());
    const shape = (rs: readonly { re: RegExp; group?: number }[]) => rs.map((r) => [r.re.source, r.re.flags, r.group]);
    expect([shape(t.rules(false)), shape(t.rules(true))]).toEqual([shape(buildRules(COMPILED_ENGLISH, false)), shape(buildRules(COMPILED_ENGLISH, true))]);
  });

  it("share the strict rules' patterns with the lenient rules where they are alike, not where a dateline's separators differ", () => {
    const t = dateTables(englishDates, createConvertMemo());
    const strict = t.rules(false);
    const shared = t.rules(true).map((r, i) => r.re === strict[i]!.re);
    const alike = buildRules(COMPILED_ENGLISH, true).map((r, i) => r.re.source === buildRules(COMPILED_ENGLISH, false)[i]!.re.source);
    expect([shared, shared.filter((x) => !x).length > 0, shared.filter(Boolean).length > 0]).toEqual([alike, true, true]);
    // Either set's scans start afresh: a dateline read between two plain reads changes neither.
    const memo = createConvertMemo();
    const text = 'Rabat, 5 Nov. 1962; on 11/3/62 and November 5-6';
    const plain = parseDates(text, { century: 1900 });
    expect([parseDates(text, { century: 1900, memo }), parseDates('Rabat. 5 Nov - 1962', { century: 1900, memo, dateline: true }).map((d) => d.when), parseDates(text, { century: 1900, memo })]).toEqual([plain, ['1962-11-05'], plain]);
  });

  it('take the built-in English locale compiled at load, and compile any other locale with its own words', () => {
    const hours = { ...englishDates, hourWords: ['Uhr'] };
    const memo = createConvertMemo();
    const t = dateTables(hours, memo);
    expect([dateTables(englishDates, memo).compiled === COMPILED_ENGLISH, t.compiled === COMPILED_ENGLISH, t.compiled.locale === hours, readTime('1530 Uhr', t)?.hour, readTime('1530 hours', t)]).toEqual([true, false, true, 15, undefined]);
  });

  it('read the same dates as a call without a memo, however often a memo is reused', () => {
    const memo = createConvertMemo();
    const text = 'Washington, October 27, 1962, 8:05 p.m.; your letter of the 26th ult. and 11/3/62';
    const ctx = { century: 1900, year: 1962, month: 10, documentDate: '1962-10-27', zone: 'America/New_York' };
    const alone = parseDates(text, ctx);
    expect([parseDates(text, { ...ctx, memo }), parseDates(text, { ...ctx, memo }), parseDates(text, { ...ctx, memo, dateline: true }).length]).toEqual([alone, alone, alone.length]);
    expect(alone.map((d) => d.when)).toEqual(['1962-10-27T20:05:00-04:00', '1962-09-26', '1962-11-03']);
  });
});

describe('weekday names of a date locale', () => {
  it("come from the locale's own list, or for a locale without one from the runtime's data for its language", () => {
    const german = { ...englishDates, language: 'de' };
    delete (german as { weekdays?: readonly string[] }).weekdays;
    const listed = { ...englishDates, weekdays: ['lundi', 'lun'] };
    expect([isWeekday('Tuesday', undefined), isWeekday('Tue.', englishDates), isWeekday('Montag', german), isWeekday('Monday', german), isWeekday('Lundi', listed), isWeekday('Monday', listed), isWeekday('Washington', englishDates)]).toEqual([true, true, true, false, true, false, false]);
  });

  it('are read once per memo and locale', () => {
    const memo = createConvertMemo();
    expect([weekdayNames(englishDates, memo) === weekdayNames(englishDates, memo), weekdayNames(englishDates, memo) === weekdayNames(englishDates, createConvertMemo()), weekdayNames(englishDates, memo).size]).toEqual([true, false, 14]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDates, wholeDate } from '../../../src/convert/dates/parse-dates.js';

const found = (text: string, year?: number) =>
  parseDates(text, { century: 1900, ...(year ? { year } : {}) }).map((d) => ({ text: text.slice(d.start, d.end), when: d.when, from: d.from, to: d.to, inferred: d.inferred }));

describe('dates in running text', () => {
  it('read written, numeric and ordinal forms, inferring the year from the document', () => {
    expect(found('on November 5, 1962 and 5 November 1962, then 11/5/62 and 1962/11/05', 1962).map((d) => [d.text, d.when])).toEqual([
      ['November 5, 1962', '1962-11-05'], ['5 November 1962', '1962-11-05'], ['11/5/62', '1962-11-05'], ['1962/11/05', '1962-11-05'],
    ]);
    expect(found('my letter of October twenty-seventh and your reply of October twenty-eighth', 1962)).toEqual([
      { text: 'October twenty-seventh', when: '1962-10-27', from: undefined, to: undefined, inferred: true },
      { text: 'October twenty-eighth', when: '1962-10-28', from: undefined, to: undefined, inferred: true },
    ]);
  });

  it('read a year-first date only with one separator twice, not a code that mixes them', () => {
    expect(found('filed 1958-3-14 and 1958/3/14, under 1110/2-11/16/6 and 1958-3/14', 1958).map((d) => [d.text, d.when])).toEqual([
      ['1958-3-14', '1958-03-14'], ['1958/3/14', '1958-03-14'],
    ]);
  });

  it('read the second day of a pair, an OCR-joined ordinal and a bare ordinal suffix', () => {
    expect(found('of October twenty-seventh and twenty-eighth; October twentyseventh; October 26th', 1962).map((d) => [d.text, d.when])).toEqual([
      ['October twenty-seventh', '1962-10-27'], ['twenty-eighth', '1962-10-28'], ['October twentyseventh', '1962-10-27'], ['October 26th', '1962-10-26'],
    ]);
  });

  it('read a bare day from the document\'s month and year, and a telegram date-time group', () => {
    const d = parseDates('your letter of the 2nd, the 4th of November, sent 051823Z NOV 62', { century: 1900, year: 1962, month: 11 });
    expect(d.map((x) => [x.when, x.inferred])).toEqual([['1962-11-02', true], ['1962-11-04', true], ['1962-11-05T18:23:00Z', false]]);
  });

  it('read ranges to from and to', () => {
    expect(found('11/3/62-11/16/62 and November 3-16, 1962').map((d) => [d.from, d.to])).toEqual([
      ['1962-11-03', '1962-11-16'], ['1962-11-03', '1962-11-16'],
    ]);
  });

  it('take a month alone only after a preposition and never for months that are also words', () => {
    expect(found('the article of September; you may go; in March we marched', 1962).map((d) => [d.text, d.when])).toEqual([['September', '1962-09']]);
  });

  it('give a month and day without a year when the document has none, and reject impossible days', () => {
    expect(found('October 27').map((d) => d.when)).toEqual(['--10-27']);
    expect(found('February 30, 1962')).toEqual([]);
  });
});

const read = (text: string, ctx: Partial<Parameters<typeof parseDates>[1]> = {}) =>
  parseDates(text, { century: 1900, ...ctx }).map((d) => [text.slice(d.start, d.end), d.when ?? `${d.from}/${d.to}`, d.inferred]);

describe('dates in military and agency styles', () => {
  it('read upper-case months, two-digit years after abbreviated months, and a month with "of" and a year', () => {
    expect(read('DISTRIBUTED 14 FEBRUARY 1964; logged 3 NOV 97; seen 2 Aug. 61; in April of 1966')).toEqual([
      ['14 FEBRUARY 1964', '1964-02-14', false], ['3 NOV 97', '1997-11-03', false], ['2 Aug. 61', '1961-08-02', false], ['April of 1966', '1966-04', false],
    ]);
  });

  it('never read a program, paper or record-group number as a date', () => {
    expect(read('under PL 480 and NSC 68, filed in RG 59, Room 101, the IL-28 and 1530 hours', { year: 1962 })).toEqual([]);
  });

  it('keep a two-digit number after a full month name out of the date', () => {
    expect(read('on 4 June 58 men came', { year: 1958 })).toEqual([['4 June', '1958-06-04', true]]);
  });
});

describe('all-numeric dates in the profile\'s order', () => {
  it('read day first in a day-first profile and month first otherwise', () => {
    expect(read('3/4/59', { dateOrder: 'dmy' })).toEqual([['3/4/59', '1959-04-03', false]]);
    expect(read('3/4/59', { dateOrder: 'mdy' })).toEqual([['3/4/59', '1959-03-04', false]]);
  });

  it('read a first field over twelve as the day whatever the order', () => {
    expect(read('19/4/59 and 4/19/59', { dateOrder: 'mdy' })).toEqual([['19/4/59', '1959-04-19', false], ['4/19/59', '1959-04-19', false]]);
  });
});

describe('relative dates', () => {
  const doc = { year: 1957, month: 3, documentDate: '1957-03-01' };
  it('resolve ult., inst., prox., last and next months and yesterday against the document\'s date', () => {
    const ds = parseDates('your minute of the 28th ult., mine of 2nd inst., a meeting on the 5th prox., since last December, until next February, and yesterday', { century: 1900, ...doc });
    expect(ds.map((d) => [d.when, d.inferred, d.relative])).toEqual([
      ['1957-02-28', true, true], ['1957-03-02', true, true], ['1957-04-05', true, true], ['1956-12', true, true], ['1958-02', true, true], ['1957-02-28', true, true],
    ]);
  });

  it('leave relative forms unread when the document has no date', () => {
    expect(read('the 28th ult. and yesterday')).toEqual([]);
  });

  it('do not take "last" before a word that is no month for a date', () => {
    expect(read('at last Mayfield arrived', doc)).toEqual([]);
  });
});

describe('datelines with OCR damage', () => {
  it('admit a stray period or hyphen between the parts of a whole-line date but not in running text', () => {
    expect(wholeDate('4 August. 1961', { century: 1900 })?.when).toBe('1961-08-04');
    expect(wholeDate('4 August -1961', { century: 1900 })?.when).toBe('1961-08-04');
    expect(read('on 4 August. 1961 was')).toEqual([['4 August', '--08-04', false]]);
  });
});

describe('dotted and hyphened numeric dates', () => {
  it('read a four-digit year anywhere, in the profile\'s order, a first field over twelve as the day', () => {
    expect(read('signed 9.3.1958 and filed 23.4.1958', { dateOrder: 'dmy' })).toEqual([['9.3.1958', '1958-03-09', false], ['23.4.1958', '1958-04-23', false]]);
    expect(read('signed 9.3.1958 and filed 23.4.1958', { dateOrder: 'mdy' })).toEqual([['9.3.1958', '1958-09-03', false], ['23.4.1958', '1958-04-23', false]]);
    expect(read('the order of 2-17-1964 stands.')).toEqual([['2-17-1964', '1964-02-17', false]]);
  });

  it('read a two-digit year in a dateline in the profile\'s order', () => {
    expect(wholeDate('9.3.58', { century: 1900, dateOrder: 'dmy' })?.when).toBe('1958-03-09');
    expect(wholeDate('9.3.58', { century: 1900, dateOrder: 'mdy' })?.when).toBe('1958-09-03');
    expect(wholeDate('2-17-64', { century: 1900 })?.when).toBe('1964-02-17');
  });

  it('read a two-digit year in running text only near the document\'s year', () => {
    expect(read('the permit of 2-17-64 lapsed', { year: 1964 })).toEqual([['2-17-64', '1964-02-17', false]]);
    expect(read('see items 2-1-12 and 4.2.10 of the list', { year: 1964 })).toEqual([]);
    expect(read('the permit of 2-17-64 lapsed')).toEqual([]);
  });

  it('never read a section number, version, decimal, code, address or telephone number as a date', () => {
    const ctx = { year: 1959, dateOrder: 'dmy' as const };
    for (const text of ['under para. 3.4.1 of the rules', 'release v4.2.58 of the form', 'the ratio 3.14 held', 'file WO 208/3.1.59', 'file 711.5611/3-1-59', 'host 10.1.2.59 answered', 'call 12-34-5678 or 1-800-555-0199', 'the IL-28 and pages 12-14', 'item 4.2.1958.3']) {
      expect(read(text, ctx)).toEqual([]);
    }
  });
});

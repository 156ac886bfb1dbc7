import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/convert/dates/parse-dates.js';

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

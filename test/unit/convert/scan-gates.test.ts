import { describe, expect, it } from 'vitest';
import { anyMet, anyNeedMet, needsMet } from '../../../src/convert/dates/date-needs.js';
import { parseDates } from '../../../src/convert/dates/parse-dates.js';
import { dateTables } from '../../../src/convert/dates/date-tables.js';
import { createConvertMemo } from '../../../src/convert/memo.js';
import { scanCombiningStrike, scanConventions, type Convention } from '../../../src/convert/inline/conventions.js';
import { scanReferences } from '../../../src/convert/inline/references.js';
import { englishDates } from '../../../src/profiles/locale-en.js';

const spans = (text: string, rs: readonly { start: number; end: number }[]) => rs.map((r) => text.slice(r.start, r.end));

describe('what the date rules need before they run', () => {
  it('tells a line of prose from text with digits, month names or relative day words', () => {
    const c = dateTables(englishDates, createConvertMemo());
    expect(['the talks went on', 'on the 26th ult.', 'in October', 'YESTERDAY', 'may we go'].map((t) => needsMet(t, c))).toEqual([
      { digit: false, month: false, day: false },
      { digit: true, month: false, day: false },
      { digit: false, month: true, day: false },
      { digit: false, month: false, day: true },
      { digit: false, month: false, day: false },
    ]);
    expect(['the talks went on', 'on the 26th ult.', 'in October', 'YESTERDAY'].map((t) => [anyNeedMet(t, c), anyMet(needsMet(t, c))])).toEqual([[false, false], [true, true], [true, true], [true, true]]);
  });

  it('still reads a date that needs only a month name, only digits, or only a relative word', () => {
    const ctx = { century: 1900, year: 1962, month: 10, documentDate: '1962-10-27' };
    const whens = (t: string) => parseDates(t, ctx).map((d) => d.when);
    expect([whens('since the twenty-sixth of September'), whens('your letter of the 26th ult.'), whens('as agreed yesterday'), whens('on 11/3/62')]).toEqual([
      ['1962-09-26'], ['1962-09-26'], ['1962-10-26'], ['1962-11-03'],
    ]);
  });
});

describe('date rules that need the document\'s context', () => {
  const text = 'On the 26th ult., the 27th, yesterday, DTG 271830Z and last November.';
  const read = (ctx: Parameters<typeof parseDates>[1]) => parseDates(text, ctx).map((d) => [text.slice(d.start, d.end), d.when]);

  it('read relative days, bare days and bare groups against the document\'s year, month and date', () => {
    expect(read({ century: 1900, year: 1962, month: 10, documentDate: '1962-10-28' })).toEqual([
      ['the 26th ult.', '1962-09-26'], ['the 27th', '1962-10-27'], ['yesterday', '1962-10-27'], ['DTG 271830Z', '1962-10-27T18:30:00Z'], ['last November', '1961-11'],
    ]);
  });

  it('read none of them without it, and still read the month a preposition names (with a month alone, the bare days)', () => {
    expect([read({ century: 1900 }), read({ century: 1900, year: 1962 }), read({ century: 1900, month: 10 })]).toEqual([
      [['November', '--11']],
      [['November', '1962-11']],
      [['the 26th', '--10-26'], ['the 27th', '--10-27'], ['November', '--11']],
    ]);
  });
});

describe('scans that skip text which cannot hold what they look for', () => {
  it('finds a combining strike-through run, and none in text without a stroke', () => {
    const struck = 'kept d\u0336r\u0336a\u0336f\u0336t\u0336 kept';
    expect([spans(struck, scanCombiningStrike(struck)), scanCombiningStrike('kept draft kept ~~')]).toEqual([['d\u0336r\u0336a\u0336f\u0336t\u0336'], []]);
  });

  it('finds telegram references in any case, and none without a number after white space', () => {
    const text = 'See YOURTEL 1606 and deptel\n42, not deptel42 or Deptel.';
    expect([spans(text, scanReferences(text, ['yourtel', 'deptel'])), scanReferences('Deptel and Yourtel, no numbers', ['yourtel', 'deptel'])]).toEqual([['YOURTEL 1606', 'deptel\n42'], []]);
  });

  it('opens a convention whose marker starts with a letter in either case, with lists that differ per call', () => {
    const text = 'a X{draft}X and a x{more}x end';
    const custom: Convention[] = [{ open: 'x{', close: '}x', element: 'add' }];
    const other: Convention[] = [{ open: 'q{', close: '}q', element: 'del' }];
    expect([spans(text, scanConventions(text, custom).ranges), scanConventions(text, other).ranges]).toEqual([['X{draft}X', 'x{more}x'], []]);
  });
});

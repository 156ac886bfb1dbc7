import { describe, expect, it } from 'vitest';
import { datelineParts } from '../../../src/convert/dates/dateline-parts.js';
import { parseDates } from '../../../src/convert/dates/parse-dates.js';
import { zoneOffset } from '../../../src/convert/dates/zones.js';
import { dateline } from '../../../src/convert/recognizers/dateline.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';
import { ukGovernment20c } from '../../../src/profiles/uk-government-20c.js';

const when = (text: string, ctx: Partial<Parameters<typeof parseDates>[1]> = {}) => parseDates(text, { century: 1900, ...ctx }).map((d) => [text.slice(d.start, d.end), d.when, d.inferred]);

describe('zone offsets from the IANA rules', () => {
  it('give the offset in force on that date, daylight time included', () => {
    expect([zoneOffset('America/Chicago', 1964, 7, 4, 12, 0), zoneOffset('America/Chicago', 1964, 12, 4, 12, 0), zoneOffset('Europe/London', 1970, 1, 15, 9, 0), zoneOffset('Asia/Tokyo', 1959, 5, 1, 9, 0)]).toEqual(['-05:00', '-06:00', '+01:00', '+09:00']);
  });

  it('give no offset for a zone the runtime does not know', () => {
    expect(zoneOffset('Atlantis/Capital', 1960, 1, 1, 0, 0)).toBeUndefined();
  });
});

describe('times joined to dates', () => {
  it('join a marked time after a date, with the offset of the zone when one is known', () => {
    expect(when('issued March 3, 1964, 4:15 p.m. and 9 July 1964 at 0730 hours', { zone: 'America/Chicago' })).toEqual([
      ['March 3, 1964, 4:15 p.m.', '1964-03-03T16:15:00-06:00', false], ['9 July 1964 at 0730 hours', '1964-07-09T07:30:00-05:00', false],
    ]);
  });

  it('write a time without an offset when the place is unknown, and Z for a Zulu time', () => {
    expect(when('March 3, 1964, 4:15 p.m.; 9 July 1964 0730Z')).toEqual([['March 3, 1964, 4:15 p.m.', '1964-03-03T16:15:00', false], ['9 July 1964 0730Z', '1964-07-09T07:30:00Z', false]]);
  });

  it('read noon and midnight hours of the twelve-hour clock', () => {
    expect(when('May 1, 1960, 12:10 a.m. and May 1, 1960, 12:10 p.m.').map((d) => d[1])).toEqual(['1960-05-01T00:10:00', '1960-05-01T12:10:00']);
  });

  it('join an unmarked time in running text only in a dateline', () => {
    expect(when('on May 1, 1960, 14:20 the', {})).toEqual([['May 1, 1960', '1960-05-01', false]]);
    expect(when('May 1, 1960, 14:20', { dateline: true })).toEqual([['May 1, 1960, 14:20', '1960-05-01T14:20:00', false]]);
  });

  it('never read a clock time standing alone in running text as a date', () => {
    expect(when('the guard changed at 1530 hours and again at 2:30 p.m.', { year: 1960, month: 5, documentDate: '1960-05-01' })).toEqual([]);
  });
});

describe('date-time groups', () => {
  it('read a full group, and a labelled bare group from the document\'s month and year', () => {
    expect(when('ref 090215Z JUN 1966; DTG 110940Z', { year: 1966, month: 6 })).toEqual([
      ['090215Z JUN 1966', '1966-06-09T02:15:00Z', false], ['DTG 110940Z', '1966-06-11T09:40:00Z', true],
    ]);
  });

  it('read a time or bare group alone as the document\'s date only in a dateline', () => {
    expect(when('0945Z', { dateline: true, documentDate: '1966-06-11' })).toEqual([['0945Z', '1966-06-11T09:45:00Z', true]]);
    expect(when('110940Z', { dateline: true, documentDate: '1966-06-02' })).toEqual([['110940Z', '1966-06-11T09:40:00Z', true]]);
    expect(when('110940Z', { documentDate: '1966-06-02' })).toEqual([]);
  });
});

describe('datelines', () => {
  it('split a place from its date and give the place\'s zone from the gazetteer', () => {
    const p = datelineParts('Chicago, Illinois, March 3, 1964, 4:15 p.m.', usGovernment20c);
    expect([p?.place, p?.zone, p?.date.when]).toEqual([{ start: 0, end: 17, text: 'Chicago, Illinois' }, 'America/Chicago', '1964-03-03T16:15:00-06:00']);
  });

  it('recognise a dateline with a time, a bare date-time group and a time alone', () => {
    expect([
      dateline('Chicago, March 3, 1964, 4:15 p.m.', { profile: usGovernment20c })?.date?.when,
      dateline('DTG 110940Z', { profile: usGovernment20c })?.rule,
      dateline('4:15 p.m.', { profile: usGovernment20c })?.rule,
    ]).toEqual(['1964-03-03T16:15:00-06:00', 'dateline/date-time-group', 'dateline/time']);
  });

  it('read a British dateline day first', () => {
    expect(dateline('Foreign Office, 3/4/59', { profile: ukGovernment20c })?.date?.when).toBe('1959-04-03');
  });

  it('do not take a sentence that ends in a date for a dateline', () => {
    expect(dateline('the committee met again on March 3, 1964', { profile: usGovernment20c })).toBeUndefined();
  });
});

describe('hours with a meridiem and noon', () => {
  it('join an hour with its meridiem, in either case, and noon to the date before it', () => {
    expect(when('Ottawa sent it June 3, 1965, 9 A.M. and again June 3, 1965, 4 p.m.', { zone: 'America/Toronto' })).toEqual([
      ['June 3, 1965, 9 A.M.', '1965-06-03T09:00:00-04:00', false], ['June 3, 1965, 4 p.m.', '1965-06-03T16:00:00-04:00', false],
    ]);
    expect(when('June 3, 1965, noon; June 4, 1965, 12 NOON')).toEqual([['June 3, 1965, noon', '1965-06-03T12:00:00', false], ['June 4, 1965, 12 NOON', '1965-06-04T12:00:00', false]]);
  });

  it('join an hour with an undotted meridiem only in a dateline, and never a count or an hour out of range', () => {
    expect(when('from June 3, 1965, 9 am we waited')).toEqual([['June 3, 1965', '1965-06-03', false]]);
    expect(when('June 3, 1965, 9 am', { dateline: true })).toEqual([['June 3, 1965, 9 am', '1965-06-03T09:00:00', false]]);
    expect(when('by June 3, 1965, 9 amendments', { dateline: true })).toEqual([['June 3, 1965', '1965-06-03', false]]);
    expect(when('June 3, 1965, 14 p.m.', { dateline: true })).toEqual([['June 3, 1965', '1965-06-03', false]]);
    expect(when('June 3, 1965, 12 noonday', { dateline: true })).toEqual([['June 3, 1965', '1965-06-03', false]]);
  });

  it('read a dateline with a place, a numeric date and an hour, in the profile\'s order', () => {
    expect(dateline('Ottawa, 3.6.65, 9 a.m.', { profile: ukGovernment20c })?.date?.when).toBe('1965-06-03T09:00:00-04:00');
    expect(dateline('Ottawa, 6-3-65, noon', { profile: usGovernment20c })?.date?.when).toBe('1965-06-03T12:00:00-04:00');
    expect(dateline('the tally rose to 2.1.12 by noon', { profile: usGovernment20c })).toBeUndefined();
  });
});

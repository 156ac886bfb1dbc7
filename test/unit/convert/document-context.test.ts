import { describe, expect, it } from 'vitest';
import { dateContextOf, documentContext, mentionedYears, statedYears } from '../../../src/convert/dates/document-context.js';
import { englishDates } from '../../../src/profiles/locale-en.js';
import { ENGLISH_EDITORIAL_REMARKS } from '../../../src/profiles/defaults.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';
import { ukGovernment20c } from '../../../src/profiles/uk-government-20c.js';

describe('the document context', () => {
  it('takes the date, place and zone from the first dateline', () => {
    expect(documentContext({ profile: usGovernment20c, datelines: ['Chicago, March 3, 1964, 4:15 p.m.', 'April 1, 1964'] })).toEqual({
      date: '1964-03-03T16:15:00-06:00', dateSource: 'dateline', year: 1964, month: 3, dateOrder: 'mdy', language: 'en',
      place: 'Chicago', zone: 'America/Chicago', century: 1900, locale: englishDates, editorialRemarks: ENGLISH_EDITORIAL_REMARKS,
    });
  });

  it('never takes its year from a review, release or receipt date of a form', () => {
    const c = documentContext({
      profile: usGovernment20c,
      fields: [{ label: 'DATE OF LAST REVIEW :', value: '04/11/97' }, { label: 'RELEASE DATE:', value: '6 MAR 98' }, { label: 'DATE:', value: '14 August 1961' }],
    });
    expect([c.date, c.dateSource, c.year]).toEqual(['1961-08-14', 'date-field', 1961]);
  });

  it('falls back to the transcript\'s year when the document shows no date of its own, and knows nothing more', () => {
    const c = documentContext({ profile: usGovernment20c, fields: [{ label: 'DATE OF LAST REVIEW', value: '04/11/97' }], transcriptYear: 1961 });
    expect([c.date, c.dateSource, c.year, c.month]).toEqual([undefined, 'transcript', 1961, undefined]);
  });

  it('lets the sidecar\'s date, place and language win over the dateline', () => {
    const c = documentContext({ profile: usGovernment20c, meta: { date: '1964-03-02', place: 'Tokyo', language: 'en-US' }, datelines: ['Chicago, March 3, 1964'] });
    expect([c.date, c.dateSource, c.place, c.zone, c.language]).toEqual(['1964-03-02', 'metadata', 'Tokyo', 'Asia/Tokyo', 'en-US']);
  });

  it('reads a British dateline day first and gives the parser its order, date and zone', () => {
    const c = documentContext({ profile: ukGovernment20c, datelines: ['London, 3/4/59'] });
    expect(dateContextOf(c, true)).toEqual({ century: 1900, dateOrder: 'dmy', locale: englishDates, year: 1959, month: 4, documentDate: '1959-04-03', zone: 'Europe/London', dateline: true });
  });
});

describe('administrative dates in the document context', () => {
  it('pass over a dateline later than every year the text states, such as a release banner\'s date', () => {
    const c = documentContext({ profile: usGovernment20c, datelines: ['6/8/2011', 'July 29, 1958'], bodyYears: statedYears('the meeting of 3 May 1958 and of June 2, 1958', usGovernment20c) });
    expect([c.date, c.dateSource, c.year]).toEqual(['1958-07-29', 'dateline', 1958]);
  });

  it('take the year the text states most often when every candidate is later than the text', () => {
    const c = documentContext({ profile: usGovernment20c, fields: [{ label: 'Date :', value: '08/04/97' }], bodyYears: [1958, 1959, 1958] });
    expect([c.date, c.dateSource, c.year]).toEqual([undefined, 'text', 1958]);
  });

  it('keep a dateline when the text states no year, or a year as late as its own', () => {
    expect(documentContext({ profile: usGovernment20c, datelines: ['6/8/2011'] }).date).toBe('2011-06-08');
    expect(documentContext({ profile: usGovernment20c, datelines: ['6/8/2011'], bodyYears: [2011] }).date).toBe('2011-06-08');
  });

  it('pass over a date field decades after every year the text names, bare years too, and fall back to the year before', () => {
    const text = 'Received at the harbour office in 1931 the report on the 1932 survey.';
    const c = documentContext({ profile: usGovernment20c, fields: [{ label: 'Date:', value: '04/11/88' }], bodyYears: statedYears(text, usGovernment20c), mentionedYears: mentionedYears(text), transcriptYear: 1932 });
    expect([c.date, c.dateSource, c.year]).toEqual([undefined, 'transcript', 1932]);
  });

  it('keep a date field that looks back less than two decades on the years its text names', () => {
    const text = 'The treaty of 1949 and the talks of 1951 are the matter of this note.';
    const c = documentContext({ profile: usGovernment20c, fields: [{ label: 'Date:', value: '04/11/63' }], mentionedYears: mentionedYears(text) });
    expect([c.date, c.dateSource]).toEqual(['1963-04-11', 'date-field']);
  });

  it('read as years only four-digit numbers standing alone, not ids, numeric dates or counts', () => {
    expect(mentionedYears('In 1956, and (1957); ids 157-10004-10280, 12/2/1957, 1957-10-09, No. 19571, 2100 men, A1960')).toEqual([1956, 1957]);
  });
});

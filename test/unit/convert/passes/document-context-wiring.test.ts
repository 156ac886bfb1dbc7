import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { ukGovernment20c } from '../../../../src/profiles/uk-government-20c.js';

const body = (xml: string | undefined) => (xml ?? '').slice((xml ?? '').indexOf('<text'));
const dates = (xml: string | undefined) => [...body(xml).matchAll(/<date when="([^"]+)"[^>]*>([^<]*)<\/date>/gu)].map((m) => [m[2], m[1]]);

describe('the document context in the structure stage', () => {
  it('reads a numeric date day-first in a minute under the British profile', () => {
    const minute = 'MINUTE\n\nSir Henry Black,\n\nThe committee met on 12/2/57 and agreed the text.\n\nA. N. Other\n3rd March, 1957\n';
    const xml = convertText(minute, { file: 'm.txt', profile: ukGovernment20c }).xml;
    expect(dates(xml)).toContainEqual(['12/2/57', '1957-02-12']);
  });

  it('reads the same numeric date month-first under the American profile', () => {
    const memo = 'MEMORANDUM\n\nThe committee met on 12/2/57 and agreed the text.\n';
    expect(dates(convertText(memo, { file: 'm.txt' }).xml)).toContainEqual(['12/2/57', '1957-12-02']);
  });

  it('gives a dateline its place and the time its zone offset for that date', () => {
    const letter = 'Washington, October 27, 1962, 8:05 p.m.\n\nDear Mr. Chairman:\n\nI have your message of yesterday.\n\nSincerely,\n\nJohn Doe\n';
    const xml = body(convertText(letter, { file: 'l.txt' }).xml);
    expect(/<dateline>(.*?)<\/dateline>/su.exec(xml)?.[1]).toEqual('<placeName>Washington</placeName>, <date when="1962-10-27T20:05:00-04:00">October 27, 1962, 8:05 p.m.</date>');
    expect(dates(xml)).toContainEqual(['yesterday', '1962-10-26']);
  });

  it('keeps a weekday before a dateline\'s date out of placeName', () => {
    const letter = 'Tuesday, February 7, 1967\n\nDear Sir:\n\nThank you.\n';
    const xml = body(convertText(letter, { file: 'l.txt' }).xml);
    expect(/<dateline>(.*?)<\/dateline>/su.exec(xml)?.[1]).toEqual('Tuesday, <date when="1967-02-07">February 7, 1967</date>');
  });

  it('takes the year of a year-less date from the text, never from a later review date', () => {
    const memo = 'MEMORANDUM FOR THE FILE\n\nDATE OF LAST REVIEW: 6 March 1998\n\nOn 4 June 1963 the board met. It met again on 9 June.\n';
    expect(dates(convertText(memo, { file: 'm.txt' }).xml)).toContainEqual(['9 June', '1963-06-09']);
  });
});

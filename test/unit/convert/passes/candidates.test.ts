import { describe, expect, it } from 'vitest';
import { recordFooter } from '../../../../src/convert/recognizers/record-footer.js';
import { candidatesOf, judgeLine } from '../../../../src/convert/candidates/candidates.js';
import { profile } from './helpers.js';

const ctx = { profile };
const best = (line: string) => judgeLine(line, ctx).best.match.kind;

describe('the candidates pass', () => {
  it('lets every recogniser propose and keeps plain text as a candidate', () => {
    expect(candidatesOf('- 7 -', ctx).map((c) => `${c.match.kind}:${c.score}`)).toEqual(['pageNum:0.9', 'unclassified:0.5', 'text:0.4']);
  });

  it('does not read codes, numbers and month-year lines as folios on their shape alone', () => {
    expect(['NSC 68', 'PL 480', 'RG 59', 'IL-28', 'Room 101', 'OCTOBER 1962', 'Suite 2204'].map(best).filter((k) => k === 'folio')).toEqual([]);
  });

  it('reads a header field whose value names a stamp word as the field, and the stamp word alone as a stamp', () => {
    expect([best('SUBJECT: File Copy of the Harbour Lease'), best('FILE COPY')]).toEqual(['field', 'stamp']);
  });

  it('does not take a sentence naming a classification for a stamp or a banner', () => {
    expect(best('The staff agreed that the paper should be kept secret until the meeting ended.')).toBe('text');
    expect(best('THE MINISTER SAID THE FILE IS CONFIDENTIAL AND MUST NOT BE SHOWN TO ANY VISITOR.')).not.toBe('stamp');
  });

  it('reads a long line of capitals that opens with a paragraph number as text, not a heading', () => {
    expect(best('2. ON TUESDAY THE DELEGATION LEFT THE CAPITAL, AND THE TALKS WERE ADJOURNED')).toBe('text');
    expect(best('SUMMARY OF DISCUSSIONS')).toBe('heading');
  });

  it('reads a record footer with a counter as an archival citation, and a sentence about a page as text', () => {
    expect(judgeLine('QX 40112 RecId:88120045 Page 4', ctx).best.match).toEqual({ kind: 'archival-citation', rule: 'record-footer/counter', value: '4' });
    expect(best('Mr. Lane. Yes, and on page 4 the figures are wrong.')).toBe('text');
  });

  it('reads the counter 1 of a record footer that OCR gave as a letter at the line end, and no word after "Page" as one', () => {
    const value = (line: string) => judgeLine(line, ctx).best.match;
    expect([value('QX 40112 RecId:88120045 Page i'), value('QX 40112 RecId:88120045 Page l')]).toEqual([
      { kind: 'archival-citation', rule: 'record-footer/counter', value: '1' },
      { kind: 'archival-citation', rule: 'record-footer/counter', value: '1' },
    ]);
    expect([recordFooter('QX 40112 RecId:88120045 Page in', ctx), recordFooter('QX 40112 RecId:88120045 Page i of the file', ctx)]).toEqual([undefined, undefined]);
  });

  it('marks a bare numeral as a close call, and a page number in dashes as none', () => {
    const v = judgeLine('3.', ctx);
    expect([v.candidates.map((c) => c.match.kind), v.close]).toEqual([['pageNum', 'unclassified', 'text'], true]);
    expect(judgeLine('- 3 -', ctx).close).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { documentContext, type DocumentContext } from '../../../src/convert/dates/document-context.js';
import { inlineContextOf, parseInline } from '../../../src/convert/inline/index.js';
import { scanLines } from '../../../src/convert/scan-lines.js';
import type { Inline } from '../../../src/ir/nodes.js';
import { LineIndex } from '../../../src/ir/position.js';
import { inlines } from '../../../src/tei/handlers/inline.js';
import { serialize } from '../../../src/tei/serialize.js';
import { el } from '../../../src/tei/xml.js';
import { ukGovernment20c } from '../../../src/profiles/uk-government-20c.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';

/** Parses `text` as one paragraph with a document context, as the structure stage calls the inline pass. */
function parse(text: string, document: DocumentContext, role?: 'dateline') {
  const index = new LineIndex(text);
  const reports: string[] = [];
  const applied = new Set<string>();
  const hooks = { toPos: (o: number) => index.at(o), report: (rule: string, pos: { line: number; column: number }, message: string) => reports.push(`${pos.line}:${pos.column} ${rule} ${message}`), applied: (w: string) => applied.add(w) };
  const nodes: Inline[] = parseInline([{ kind: 'lines', lines: scanLines(text).filter((l) => !l.blank) }], inlineContextOf(usGovernment20c, document, hooks, role ? { role } : {}));
  const xml = serialize(el('p', {}, inlines(nodes)), index).xml.replace(/^<\?xml[^>]*>\n/u, '').replace(' xmlns="http://www.tei-c.org/ns/1.0"', '').replace(/\n$/u, '');
  return { xml, reports, applied: [...applied].sort() };
}

describe('the inline pass with a document context', () => {
  it('converts a British minute with day-first numeric dates and relative dates from its dateline', () => {
    const doc = documentContext({ profile: ukGovernment20c, datelines: ['12/2/57'] });
    expect(parse('I saw your minute of 5/2/57 and the Ambassador\'s of the 30th ult.', doc)).toEqual({
      xml: '<p>I saw your minute of <date when="1957-02-05">5/2/57</date> and the Ambassador\'s of <date when="1957-01-30" cert="medium">the 30th ult.</date></p>',
      reports: ['1:53 convert/inferred-year "the 30th ult." is relative; it was resolved against the document\'s date (1957-02-12) as 1957-01-30.'],
      applied: ['relative-date'],
    });
  });

  it('reads the same numbers month first in a US document', () => {
    const doc = documentContext({ profile: usGovernment20c, datelines: ['12/2/57'] });
    expect(parse('your letter of 5/2/57', doc).xml).toBe('<p>your letter of <date when="1957-05-02">5/2/57</date></p>');
  });

  it('encodes a dateline\'s place as placeName and its time with the place\'s offset', () => {
    const doc = documentContext({ profile: usGovernment20c, datelines: ['Chicago, March 3, 1964, 4:15 p.m.'] });
    expect(parse('Chicago, March 3, 1964, 4:15 p.m.', doc, 'dateline')).toEqual({
      xml: '<p><placeName>Chicago</placeName>, <date when="1964-03-03T16:15:00-06:00">March 3, 1964, 4:15 p.m.</date></p>',
      reports: [],
      applied: ['time-zone'],
    });
  });

  it('reads a time alone in a dateline as the document\'s date at that time, and records the inference', () => {
    const doc = documentContext({ profile: usGovernment20c, datelines: ['Chicago, March 3, 1964'] });
    expect(parse('4:15 p.m.', doc, 'dateline')).toEqual({
      xml: '<p><date when="1964-03-03T16:15:00-06:00" cert="medium">4:15 p.m.</date></p>',
      reports: ['1:1 convert/inferred-year "4:15 p.m." gives no date; the date was taken from the document.'],
      applied: ['inferred-year', 'time-zone'],
    });
  });

  it('keeps a time in a paragraph that is no dateline as plain text', () => {
    const doc = documentContext({ profile: usGovernment20c, datelines: ['Chicago, March 3, 1964'] });
    expect(parse('We met at 4:15 p.m. in Chicago.', doc).xml).toBe('<p>We met at 4:15 p.m. in Chicago.</p>');
  });
});

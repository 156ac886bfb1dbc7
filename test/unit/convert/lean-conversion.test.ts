import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import { LineIndex } from '../../../src/ir/position.js';
import { serializeChunks } from '../../../src/tei/serialize.js';
import { el } from '../../../src/tei/xml.js';

// Two memoranda, each with its own heading, subject, date and initials: a transcript of two documents.
const memo = (to: string, subject: string, date: string, text: string, initials: string) => [`MEMORANDUM FOR ${to}`, `SUBJECT: ${subject}`, date, `1. ${text}`, initials].join('\n\n');
const MEMORANDA = `${[
  memo('THE DIRECTOR', 'Shipment of files', 'March 3, 1951', 'The shipment of the ~~old~~ files left on Monday, é😀\uFEFF as agreed with the field office last week.', 'R. T. H.'),
  memo('THE FILE', 'Receipt of files', 'April 9, 1951', 'The files arrived today and were checked against the list of agreed items by the committee.', 'J. A.'),
].join('\n\n')}\n`;

describe('a conversion that keeps neither the transcript nor the source map', () => {
  it('writes the same TEI as a full conversion of a transcript of several documents', () => {
    const full = convertText(MEMORANDA, { file: 'x.txt' });
    const lean = convertText(MEMORANDA, { file: 'x.txt', chunked: true, keepTranscript: false, sourceMap: false });
    expect(full.transcript!.documents.length).toBeGreaterThan(1);
    expect([lean.chunks?.join(''), lean.transcript, lean.sourceMap, lean.diagnostics]).toEqual([full.xml, undefined, undefined, full.diagnostics]);
  });

  it('streams the same TEI, made as it is read, with the source map complete once it is read', () => {
    const full = convertText(MEMORANDA, { file: 'x.txt' });
    const streamed = convertText(MEMORANDA, { file: 'x.txt', streamed: true, keepTranscript: false });
    const text = [...(streamed.stream ?? [])].join('');
    expect([text, streamed.xml, streamed.chunks, streamed.sourceMap]).toEqual([full.xml, undefined, undefined, full.sourceMap]);
  });

  it('keeps the transcript with its documents and decision log when it is asked for, without a source map', () => {
    const kept = convertText(MEMORANDA, { file: 'x.txt', sourceMap: false });
    const full = convertText(MEMORANDA, { file: 'x.txt' });
    expect([kept.xml, kept.sourceMap, kept.transcript]).toEqual([full.xml, undefined, full.transcript]);
    expect(kept.transcript!.decisions.length).toBeGreaterThan(0);
  });

  it('gives the source map by default, with an entry per placed element', () => {
    const full = convertText(MEMORANDA, { file: 'x.txt', keepTranscript: false });
    expect(full.sourceMap?.entries.length).toBeGreaterThan(10);
  });
});

describe('the serializer without a source map', () => {
  it('writes the same chunks and records no entries', () => {
    const at = { line: 2, column: 3, offset: 9 };
    const tree = () => el('TEI', {}, [el('text', {}, [el('p', {}, ['a & b', el('lb', {}, [], at)], at)], at)]);
    const mapped = serializeChunks(tree());
    const unmapped = serializeChunks(tree(), undefined, false);
    expect([unmapped.chunks, unmapped.entries]).toEqual([mapped.chunks, []]);
    expect(mapped.entries.length).toBe(3);
  });
});

describe('the line index', () => {
  it('places offsets on their lines, empty lines and a trailing newline included, and clamps offsets outside the text', () => {
    const ix = new LineIndex('ab\n\n😀c\n');
    const places = [0, 2, 3, 4, 6, 7, 8, -5, 99].map((o) => ix.at(o));
    expect(places).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 1, column: 3, offset: 2 },
      { line: 2, column: 1, offset: 3 },
      { line: 3, column: 1, offset: 4 },
      { line: 3, column: 3, offset: 6 },
      { line: 3, column: 4, offset: 7 },
      { line: 4, column: 1, offset: 8 },
      { line: 1, column: 1, offset: 0 },
      { line: 4, column: 1, offset: 8 },
    ]);
    expect([ix.lineCount, new LineIndex('no break').lineCount, new LineIndex('').lineCount]).toEqual([4, 1, 1]);
  });
});

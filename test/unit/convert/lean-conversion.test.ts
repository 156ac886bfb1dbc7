import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import { LineIndex } from '../../../src/ir/position.js';
import { groupBlocks, lineWith, scanLines, type Line } from '../../../src/convert/scan-lines.js';
import { itemize, type Item } from '../../../src/convert/structure/items.js';
import { walkDocuments, walkDocumentsOnce } from '../../../src/convert/structure/document-walk.js';
import { segmentDocuments } from '../../../src/convert/structure/segment.js';
import { pageModel } from '../../../src/convert/pages/page-model.js';
import { contextOfItems } from '../../../src/convert/structure/document-evidence.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';
import { renderBlock, serializeChunks, serializeStream } from '../../../src/tei/serialize.js';
import { unpack } from '../../../src/tei/packed.js';
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

// Pages of prose, each with a stamped document number at its foot that rises by one: a run of folios.
const page = (n: number) => `The committee met on day ${n} and read the minutes of the last meeting aloud to all.\nIt agreed to send the files to the field office before the end of the month.\n\nDOC 000${120 + n}\n\f`;
const FOLIO_RUN = `MEMORANDUM FOR THE FILE\n\n${[1, 2, 3, 4].map(page).join('\n')}`;

/** Each item as `kind: first line` and its candidates' kinds (`-` when it keeps none). */
const evidence = (items: readonly Item[]) => items.map((it) => `${it.kind}: ${it.lines[0]!.text} [${it.verdict?.candidates.map((c) => c.match.kind).join(' ') ?? '-'}]`);

// A form (a column of labels, most of them blank) and a memorandum: two documents of a transcript.
const FORM = ['RECORD NUMBER :', 'AGENCY :', 'ORIGINATOR :', 'FROM :', 'TO :', 'TITLE :', 'DATE : 03/04/51', 'PAGES : 2', 'SUBJECTS : FILES', 'CLASSIFICATION : SECRET', 'RESTRICTIONS :', 'REVIEW DATE :'].join('\n');
const MEMO = (to: string) => [`MEMORANDUM FOR ${to}`, 'SUBJECT: Shipment of files', 'March 3, 1951', '1. The shipment of the old files left on Monday, as agreed with the field office last week.', 'R. T. H.'].join('\n\n');
/** The document and page-break lines of the TEI. */
const openings = (xml: string | undefined) => (xml ?? '').split('\n').filter((l) => /<div|<pb/u.test(l)).map((l) => l.trim());

describe('a document after a form, in a conversion that writes each document as it is built', () => {
  it('opens a page as in a full conversion (the form is read before its parts are written and let go)', () => {
    const text = `${FORM}\n\n${MEMO('THE DIRECTOR')}\n`;
    const full = convertText(text, { file: 'x.txt' });
    const lean = convertText(text, { file: 'x.txt', keepTranscript: false, sourceMap: false });
    expect(openings(lean.xml)).toEqual(['<div type="document" subtype="document" n="1">', '<pb n="1" cert="medium"/>', '<div type="document" subtype="memorandum" n="2">', '<pb n="1" cert="medium"/>']);
    expect(lean.xml).toBe(full.xml);
  });

  it('but after a memorandum goes on on the same page, as in a full conversion', () => {
    const text = `${MEMO('THE DIRECTOR')}\n\n${MEMO('THE FILE')}\n`;
    const lean = convertText(text, { file: 'x.txt', keepTranscript: false, sourceMap: false });
    expect(openings(lean.xml)).toEqual(['<div type="document" subtype="memorandum" n="1">', '<pb n="1" cert="medium"/>', '<div type="document" subtype="memorandum" n="2">']);
    expect(lean.xml).toBe(convertText(text, { file: 'x.txt' }).xml);
  });
});

describe('items without their candidates', () => {
  it('keep only the folio candidate a folio run is accepted from, and are classified as with every candidate', () => {
    const all = itemize(groupBlocks(scanLines(FOLIO_RUN)), { profile: usGovernment20c });
    const lean = itemize(groupBlocks(scanLines(FOLIO_RUN)), { profile: usGovernment20c }, { verdicts: false });
    expect(lean.map((it) => [it.kind, it.match, it.lines])).toEqual(all.map((it) => [it.kind, it.match, it.lines]));
    expect(evidence(lean).slice(0, 4)).toEqual(['heading: MEMORANDUM FOR THE FILE [-]', 'text: The committee met on day 1 and read the minutes of the last meeting aloud to all. [-]', 'folio: DOC 000121 [folio]', 'formFeed: \f [-]']);
    // With every candidate kept, the heading and the folio keep all of theirs.
    expect(evidence(all).slice(0, 4)).toEqual(['heading: MEMORANDUM FOR THE FILE [heading text]', 'text: The committee met on day 1 and read the minutes of the last meeting aloud to all. [-]', 'folio: DOC 000121 [unclassified text folio]', 'formFeed: \f [-]']);
  });

  it('give a conversion that keeps no transcript the folio run of a full one', () => {
    const full = convertText(FOLIO_RUN, { file: 'x.txt' });
    const lean = convertText(FOLIO_RUN, { file: 'x.txt', keepTranscript: false, sourceMap: false });
    expect(lean.xml).toBe(full.xml);
    expect(full.xml!.match(/<fw type="folio"[^>]*>[^<]*/gu)).toEqual([121, 122, 123, 124].map((n) => `<fw type="folio" place="bottom" n="${n}">DOC 000${n}`));
  });

  it('have no candidates for a short code without a run (a lone document number)', () => {
    const lone = itemize(groupBlocks(scanLines('MEMORANDUM FOR THE FILE\n\nDOC 000123\n\nSECRET\n')), { profile: usGovernment20c }, { verdicts: false });
    expect(evidence(lone)).toEqual(['heading: MEMORANDUM FOR THE FILE [-]', 'unclassified: DOC 000123 [folio]', 'classification: SECRET [-]']);
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

describe('a document serialised before the header, held deflated', () => {
  const at = { line: 4, column: 1, offset: 30 };
  // Enough paragraphs for several chunks, each with markup to escape and a character outside the BMP.
  const div = () => el('div', { type: 'letter' }, Array.from({ length: 3000 }, (_, i) => el('p', {}, [`Paragraph ${i}: a & b < c, é😀`, el('lb', {}, [], at)], at)));
  const teiOf = (packed: boolean) => {
    const body = el('body', {}, []);
    const block = renderBlock(div(), 3, true, undefined, packed);
    const { chunks, entries } = serializeStream(el('TEI', {}, [el('text', {}, [body])]), { parent: body, children: [block] });
    return { block, xml: [...chunks].join(''), entries };
  };

  it('writes the same TEI and source map as one held as it is made', () => {
    const plain = teiOf(false);
    const packed = teiOf(true);
    expect([packed.xml, packed.entries]).toEqual([plain.xml, plain.entries]);
    expect([plain.block.bytes.length > 1, plain.xml.includes('a &amp; b &lt; c, é😀')]).toEqual([true, true]);
  });

  it('holds each chunk deflated, fewer bytes than the chunk, which inflates to it', () => {
    const plain = teiOf(false).block;
    const packed = teiOf(true).block;
    expect([packed.packed, plain.packed, packed.bytes.length]).toEqual([plain.bytes.map((b) => b.length), undefined, plain.bytes.length]);
    const scratch = { buffer: new Uint8Array(0) };
    packed.bytes.forEach((b, i) => {
      expect(b.length).toBeLessThan(plain.bytes[i]!.length / 2);
      expect(Buffer.from(unpack(b, plain.bytes[i]!.length, scratch)).equals(Buffer.from(plain.bytes[i]!))).toBe(true);
    });
    // One buffer, reused for every chunk: grown to the longest, never a buffer a chunk.
    const longest = Math.max(...plain.bytes.map((b) => b.length));
    expect([scratch.buffer.length >= longest, scratch.buffer.length <= 2 * longest]).toEqual([true, true]);
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

/** The own values of a line that are objects (a position, an array): what it holds beyond its strings and numbers. */
const objectsHeld = (line: Line) => Object.values(line).filter((v) => typeof v === 'object' && v !== null);

describe('the scanned lines', () => {
  const TEXT = '  Indented line  \n\nab\fcd\n\tTabbed😀\n';

  it('give each line its text, position and flags, a form feed inside a line being a line of its own', () => {
    const lines = scanLines(TEXT);
    expect(lines.map((l) => [l.text, l.raw, l.start, l.pos, l.blank, l.hardBreak, l.formFeed])).toEqual([
      ['Indented line', '  Indented line  ', 0, { line: 1, column: 3, offset: 2 }, false, true, false],
      ['', '', 18, { line: 2, column: 1, offset: 18 }, true, false, false],
      ['ab', 'ab', 19, { line: 3, column: 1, offset: 19 }, false, false, false],
      ['\f', '\f', 21, { line: 3, column: 3, offset: 21 }, false, false, true],
      ['cd', 'cd', 22, { line: 3, column: 4, offset: 22 }, false, false, false],
      ['Tabbed😀', '\tTabbed😀', 25, { line: 4, column: 2, offset: 26 }, false, false, false],
      ['', '', 35, { line: 5, column: 1, offset: 35 }, true, false, false],
    ]);
  });

  it('hold no object of their own until their position is asked (then one, shared), unlike a line a pass makes of one', () => {
    const lines = scanLines(TEXT);
    // Held by every item while the file-wide passes run: a position object per line would be about as large again.
    expect(lines.flatMap(objectsHeld)).toEqual([]);
    const asked = lines[2]!.pos;
    expect([lines[2]!.pos === asked, lines.flatMap(objectsHeld)]).toEqual([true, [asked]]);
    const made = lineWith(lines[0]!, { text: 'Indented' });
    expect([made.text, made.raw, made.pos, made.hardBreak, objectsHeld(made)]).toEqual(['Indented', '  Indented line  ', lines[0]!.pos, true, [lines[0]!.pos]]);
  });
});

describe('the walk, one document at a time', () => {
  const walkOf = (text: string) => {
    const items = itemize(groupBlocks(scanLines(text)), { profile: usGovernment20c });
    const seg = segmentDocuments(items, pageModel(items, usGovernment20c), usGovernment20c);
    return { items, seg, eager: walkDocuments(items, seg, usGovernment20c) };
  };

  it('makes the plans of a whole walk, each when asked, and lets go of the items of the documents it has handed out', () => {
    const { items, seg, eager } = walkOf(MEMORANDA);
    const second = items.indexOf(eager[1]!.start!.item);
    expect([eager.length, second > 0]).toEqual([2, true]);
    const slots: (Item | undefined)[] = [...items];
    const walk = walkDocumentsOnce(slots, seg, usGovernment20c);
    expect(slots).toEqual(items);
    expect(walk.next().value).toEqual(eager[0]);
    // The first document's items are let go; the second's are held until its plan is made.
    expect(slots).toEqual([...items.slice(0, second).map(() => undefined), ...items.slice(second)]);
    expect([...walk]).toEqual(eager.slice(1));
    expect(slots.every((it) => it === undefined)).toBe(true);
  });

  it('hands out a transcript of one document whole, at the end of its items', () => {
    const { items, seg, eager } = walkOf(`${memo('THE FILE', 'Receipt of files', 'April 9, 1951', 'The files arrived today and were checked against the list.', 'J. A.')}\n`);
    const slots: (Item | undefined)[] = [...items];
    expect([...walkDocumentsOnce(slots, seg, usGovernment20c)]).toEqual(eager);
    expect([eager.length, slots.length, slots.every((it) => it === undefined)]).toEqual([1, items.length, true]);
  });
});

/** The subject of the last regular-expression match, which V8 keeps alive (the legacy `RegExp.input`). */
const lastSubject = () => (RegExp as unknown as { input: string }).input;

describe('the date context of a document', () => {
  it('lets go of the body text it joins: the last match V8 keeps is on the empty string, not on the body', () => {
    const items = itemize(groupBlocks(scanLines(MEMORANDA)), { profile: usGovernment20c });
    const body = items.filter((it) => it.kind === 'text').map((it) => it.lines.map((l) => l.text).join('\n')).join('\n');
    /files/u.exec(body);
    expect(lastSubject()).toBe(body);
    expect(contextOfItems(items, { profile: usGovernment20c }).year).toBe(1951);
    expect(lastSubject()).toBe('');
  });
});

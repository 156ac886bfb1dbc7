import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { outline, text } from '../outline.js';

const outlineOf = (text: string) => convertText(text, { file: 'z.txt' }).transcript!.documents.map(outline);

describe('the zones pass', () => {
  it('keeps a lone complimentary close as a paragraph: a closer needs a body before it', () => {
    expect(outlineOf('Faithfully,\n')).toEqual([['document', 'pb 1?', 'p: Faithfully,']]);
  });

  it('makes a postscript of the paragraph after the signature that opens with P.S.', () => {
    expect(outlineOf('Dear Anna,\n\nThe parcel came on Monday and we opened it at once with great joy.\n\nYours ever,\n\nTom\n\nP.S. The cat is well.\n')).toEqual([[
      'letter', 'pb 1?', 'opener(salute: Dear Anna,)', 'p: The parcel came on Monda', 'closer(salute: Yours ever, | signed: Tom)', 'postscript',
    ]]);
  });

  it('keeps the postscript and the closer when a copies line follows the postscript', () => {
    expect(outlineOf('Dear Anna,\n\nThe parcel came on Monday and we opened it at once with great joy.\n\nYours ever,\n\nTom\n\nP.S. The cat is well.\n\ncc: Aunt Mary\n')[0]!.slice(3)).toEqual([
      'p: The parcel came on Monda', 'closer(salute: Yours ever, | signed: Tom)', 'postscript', 'closer(cc=Aunt Mary)',
    ]);
  });

  it('makes no postscript when more prose follows the copies line after it: the close was a wrong guess', () => {
    const letter = 'Dear Anna,\n\nThe parcel came on Monday and we opened it at once with great joy.\n\nYours ever,\n\nTom\n\nP.S. The cat is well.\n\ncc: Aunt Mary\n\nThe second parcel will come next week with the books you asked for in May.\n';
    expect(outlineOf(letter)[0]!.some((p) => p === 'postscript')).toBe(false);
  });

  it('gives a closer back to the body when prose follows it', () => {
    expect(outlineOf('The dues were lowered for the winter by the board of the port.\n\nSincerely,\n\nThe board then went on to other matters of the harbour and its pilots.\n')).toEqual([[
      'document', 'pb 1?', 'p: The dues were lowered fo', 'p: Sincerely,', 'p: The board then went on t',
    ]]);
  });
});

describe('correspondents', () => {
  it('take the sender and addressee from the opener\'s FROM and TO fields, and invent none', () => {
    const d = convertText('MEMORANDUM\n\nTO: The Harbour Board\nFROM: A. Lowe, Port Office\nSUBJECT: Dues\n\nThe dues were lowered for the winter months of the year.\n', { file: 'c.txt' }).transcript!.documents[0]!;
    expect([d.sender, d.addressee]).toEqual(['A. Lowe, Port Office', 'The Harbour Board']);
    const e = convertText('MEMORANDUM\n\nTO: -\nSUBJECT: Dues\n\nThe dues were lowered for the winter months of the year.\n', { file: 'c.txt' }).transcript!.documents[0]!;
    expect([e.sender, e.addressee]).toEqual([undefined, undefined]);
  });
});

describe('OCR residue above the heading', () => {
  it('is unclassified furniture, so that the heading still heads the document', () => {
    expect(outlineOf('77-0012|\n= ae\n\n: R\n! Bp\n\nMEMORANDUM FOR THE FILE\n\nSUBJECT: Dues\n\nThe board lowered the dues for the winter months of the year.\n')).toEqual([[
      'memorandum', 'pb 1?', 'fw unclassified: 77-0012| = ae', 'fw unclassified: : R ! Bp', 'head: MEMORANDUM FOR THE FILE', 'opener(subject=Dues)', 'p: The board lowered the du',
    ]]);
  });

  it('does not take a short first line of prose for residue', () => {
    expect(outlineOf('Thank you.\n\nThe board lowered the dues for the winter months of the year.\n')[0]!.slice(2)).toEqual(['p: Thank you.', 'p: The board lowered the du']);
  });
});

describe('participants in a header', () => {
  const MEETING = (participants: string) => `RECORD OF MEETING\n\nSUBJECT: Lighthouse repairs\n${participants}\nDISTRIBUTION: Files\n\nThe engineer reported that the lamp of the north light must be replaced before the storms.\n`;
  const entriesOf = (doc: ReturnType<typeof convertText>) => doc.transcript!.documents[0]!.parts.flatMap((p) => (p.type === 'list' ? [[p.listType, p.entries.map((e) => text([...e.label, ...e.children.flatMap((c) => (c.type === 'p' ? c.children : []))]))]] : []));

  it('become a list after the opener when fields follow them, and those fields a list of their own after it', () => {
    const doc = convertText(MEETING('PARTICIPANTS: Capt. Ida Berg, Harbour Master\n              Mr. Olaf Lind, Chief Engineer of\n              the Lighthouse Service\n              Miss Kari Dahl; Mr. Per Dahl'), { file: 'm.txt' });
    expect(entriesOf(doc)).toEqual([
      ['participants', ['Capt. Ida Berg, Harbour Master', 'Mr. Olaf Lind, Chief Engineer of the Lighthouse Service', 'Miss Kari Dahl;', ' Mr. Per Dahl']],
      ['fields', ['DISTRIBUTION:Files']],
    ]);
    expect(outline(doc.transcript!.documents[0]!).slice(3, 5)).toEqual(['opener(subject=Lighthouse repairs)', 'list participants:    ']);
  });

  it('on one line with commas stay one entry: a comma is no line of its own', () => {
    const doc = convertText(MEETING('PRESENT: Capt. Ida Berg, Mr. Olaf Lind and Miss Kari Dahl'), { file: 'm.txt' });
    expect(entriesOf(doc)[0]).toEqual(['participants', ['Capt. Ida Berg, Mr. Olaf Lind and Miss Kari Dahl']]);
  });
});

import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { outline } from '../outline.js';

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

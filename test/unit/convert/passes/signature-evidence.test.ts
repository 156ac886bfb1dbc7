import { describe, expect, it } from 'vitest';
import { scanLines } from '../../../../src/convert/scan-lines.js';
import { conformedSignature, endsWithSignature } from '../../../../src/convert/structure/signature-evidence.js';
import { convertText } from '../../../../src/convert/index.js';
import { outline } from '../outline.js';

const lines = (text: string) => scanLines(text);
/** Whether the block signs the document as its last content after a finished paragraph. */
const signsAtEnd = (text: string) => endsWithSignature(lines(text), true, undefined, false);

describe('signature evidence at the end of a document', () => {
  it('takes a name over a copies line and initials of the same block for a signature', () => {
    expect([signsAtEnd('Orla B. Quist\ncc: Harbour Office\nkt'), signsAtEnd('Orla B. Quist\nce: #12 880')]).toEqual([true, true]);
  });

  it('takes no name over a line of prose, nor a labelled line alone, for a signature', () => {
    expect([signsAtEnd('Orla B. Quist\nsaid that the pilots were told of it'), signsAtEnd('cc: Harbour Office')]).toEqual([false, false]);
  });

  it('takes a title with no name above it for a signature when it is the last content', () => {
    expect([signsAtEnd('Keeper of the Harbour Charts'), signsAtEnd('Keeper of the Charts\n‘per of Cha')]).toEqual([true, true]);
  });

  it('takes no phrase in lower case, no sentence, and no title in a running paragraph for a signature', () => {
    expect([signsAtEnd('Keeper of old charts'), signsAtEnd('Thank you for the charts.'), endsWithSignature(lines('Keeper of the Harbour Charts'), true, undefined, true), endsWithSignature(lines('Keeper of the Harbour Charts'), false, undefined, false)]).toEqual([false, false, false, false]);
  });

  it('takes a name whose first letter OCR lowered for a signature only with an office symbol under it', () => {
    expect([endsWithSignature(lines('orla Quist\nQR/TZ/HB'), false, undefined, true), endsWithSignature(lines('orla Quist\nHarbour'), true, undefined, false), endsWithSignature(lines('and the Pilots\nQR/TZ'), false, undefined, true)]).toEqual([true, false, false]);
  });

  it('reads a name through OCR residue at a word start (`.Quist`)', () => {
    expect([signsAtEnd('Orla B, .Quist'), signsAtEnd('.. ..')]).toEqual([true, false]);
  });
});

describe('a conformed signature', () => {
  const marks = ['signed', 'sgd'];
  const conformed = (text: string) => conformedSignature(lines(text), marks);

  it('is a mark of the profile in brackets before a name, the mark read through OCR damage', () => {
    expect(['(Signed) OSCAR T. VALE', '(Sgd.) O. T. Vale', 'lSigmed) OSCAR T. VALE', '[Siqned] Oscar Vale'].map(conformed)).toEqual([true, true, true, true]);
  });

  it('is no bracketed word that is no mark, no mark before prose, and no mark over two lines', () => {
    expect(['(Copy) OSCAR T. VALE', '(Signed) the next day by all of them', '(Sd.) OSCAR VALE', '(Signed) OSCAR T. VALE\nDirector'].map(conformed)).toEqual([false, false, false, false]);
  });

  it('signs the letter in a closer of its own after a close OCR did not read', () => {
    const text = 'Dear Mr. Vale:\n\nThe pilots thank you for the charts of the northern bar, which came in good time.\n\nsincrly,\n\niSiqned) OSCAR T. VALE\n';
    expect(outline(convertText(text, { file: 'c.txt' }).transcript!.documents[0]!).at(-1)).toEqual('closer(signed: iSiqned) OSCAR T. VALE)');
  });
});

describe('a signature amid OCR residue', () => {
  const block = lines('_ KR.\nohiie\nMarta 8. Lind\nHarbour Survey Division');
  const residue = { kind: 'text' as const, lines: lines('2nd'), match: { kind: 'text' as const, rule: 'text' }, pos: lines('2nd')[0]!.pos };
  const prose = { ...residue, lines: lines('The pilots came back on Monday and were paid for the spring.') };

  it('is a name over a title of two words or more, residue around it, when only residue follows (an initial read as a digit counts)', () => {
    expect([endsWithSignature(block, false, residue, false), endsWithSignature(block, true, undefined, false)]).toEqual([true, true]);
  });

  it('is none when prose follows, the paragraph before goes on, or the title is one word', () => {
    const oneWord = lines('_ KR.\nohiie\nMarta 8. Lind\nSurveyor');
    expect([endsWithSignature(block, false, prose, false), endsWithSignature(block, true, undefined, true), endsWithSignature(oneWord, true, undefined, false)]).toEqual([false, false, false]);
  });
});

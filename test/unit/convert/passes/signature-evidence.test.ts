import { describe, expect, it } from 'vitest';
import { scanLines } from '../../../../src/convert/scan-lines.js';
import { endsWithSignature } from '../../../../src/convert/structure/signature-evidence.js';

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

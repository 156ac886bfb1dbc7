import { describe, expect, it } from 'vitest';
import { afterCloser, blockPlace, closerRole, debrisBlock, headingPlace, textPlace, type PlacementState } from '../../../../src/convert/structure/placement.js';
import { itemsOf, profile } from './helpers.js';
import { convertText } from '../../../../src/convert/index.js';
import { outline } from '../outline.js';

const item = (text: string) => itemsOf(text)[0]!;
const state = (over: Partial<PlacementState>): PlacementState => ({
  zone: 'body', last: false, next: undefined, paragraphOpen: true, paragraphGoesOn: false, hasOpener: false, hasSalute: false, openerAhead: false, ...over,
});

describe('the opener, body and closer placement of a document', () => {
  it('puts a short block above a salutation into the opener as an inside address, once', () => {
    const salutation = item('Dear Sir:');
    expect([
      textPlace(item('The Harbour Master\nPort Office'), state({ zone: 'top', paragraphOpen: false, next: salutation }), profile),
      textPlace(item('The Harbour Master\nPort Office'), state({ zone: 'opener', paragraphOpen: false, next: salutation, hasOpener: true, hasSalute: true }), profile),
    ]).toEqual(['address', 'body']);
  });

  it('keeps a sentence above a salutation, and a short block with no opener cue after it, in the body', () => {
    const salutation = item('Dear Sir:');
    expect([
      textPlace(item('The pilots were told of it on Monday.'), state({ zone: 'top', paragraphOpen: false, next: salutation }), profile),
      textPlace(item('The Harbour Master\nPort Office'), state({ zone: 'top', paragraphOpen: false, next: item('The charts were drawn in the spring and checked by the pilots of the port.') }), profile),
    ]).toEqual(['body', 'body']);
  });

  it('makes OCR residue above the heading furniture, but no line of prose', () => {
    const heading = item('MEMORANDUM FOR THE RECORD');
    expect([
      textPlace(item("' 1 .. |\n4l ="), state({ zone: 'top', paragraphOpen: false, next: heading }), profile),
      textPlace(item('The pilots were told of the dues'), state({ zone: 'top', paragraphOpen: false, next: heading }), profile),
      debrisBlock(item("' 1 .. |").lines),
    ]).toEqual(['debris', 'body', true]);
  });

  it('signs the body with an announced signature or a signature line, and not inside a paragraph that goes on', () => {
    expect([
      textPlace(item('For the Harbour Board:'), state({}), profile),
      textPlace(item('/s/ Orla Quist'), state({}), profile),
      blockPlace(item('/s/ Orla Quist'), state({ paragraphGoesOn: true })),
    ]).toEqual(['signature', 'signature', 'body']);
  });

  it('keeps short lines under a close in the closer, and gives prose or a postscript back to the body', () => {
    const closer = state({ zone: 'closer' });
    expect([
      textPlace(item('Orla Quist\nHarbour Master'), closer, profile),
      textPlace(item('P.S. The charts follow by the next post.'), closer, profile),
      textPlace(item('The pilots have asked again for lower dues, and the board will meet on Monday.'), closer, profile),
      afterCloser(item('Harbour Master')),
    ]).toEqual(['closer-text', 'after-closer', 'after-closer', false]);
  });

  it('reads a line in capitals under a close as its signature, and one naming a kind as a heading', () => {
    expect([
      headingPlace(item('ORLA QUIST'), state({ zone: 'closer' })),
      headingPlace(item('ORLA QUIST'), state({ last: true })),
      headingPlace(item('MEMORANDUM FOR THE RECORD'), state({ last: true })),
      headingPlace(item('HARBOUR DUES'), state({})),
    ]).toEqual(['closer-text', 'signature', 'heading', 'heading']);
  });

  it('signs with the first block of a closer and after an announcement; a second block of lines is an address', () => {
    expect([
      closerRole({ signed: 0, hasAddress: false }, item('Orla Quist\nHarbour Master'), profile),
      closerRole({ signed: 1, lastSigned: 'For the Board:', hasAddress: false }, item('Orla Quist\nHarbour Master'), profile),
      closerRole({ signed: 1, lastSigned: 'Orla Quist', hasAddress: false }, item('The Honorable\nThe Harbour Master\nPort Office'), profile),
      closerRole({ signed: 1, lastSigned: 'Orla Quist', hasAddress: true }, item('Ede Varga\nHarbour Master'), profile),
    ]).toEqual(['signed', 'signed', 'address', 'address']);
  });

  it('takes a line after a signature with no capitalised word in it (a number, a code in lower case) for residue, not a second signature', () => {
    const signed = { signed: 1, lastSigned: 'Orla Quist', hasAddress: false };
    expect([closerRole(signed, item('ext. 4412'), profile), closerRole(signed, item('4412 / 19'), profile), closerRole(signed, item('tel. 55-104'), profile)]).toEqual(['residue', 'residue', 'residue']);
  });

  it('still signs with a line that has a capitalised word, even after marks, one announced, and the first line of a closer', () => {
    const signed = { signed: 1, lastSigned: 'Orla Quist', hasAddress: false };
    expect([
      closerRole(signed, item('Harbour Master'), profile), closerRole(signed, item('/s/ Ede Varga'), profile), closerRole(signed, item('-EV'), profile),
      closerRole({ signed: 1, lastSigned: 'For the Board:', hasAddress: false }, item('ext. 4412'), profile), closerRole({ signed: 0, hasAddress: false }, item('ext. 4412'), profile),
    ]).toEqual(['signed', 'signed', 'signed', 'signed', 'signed']);
  });

  it('keeps such a line in the closer where it stands, as unclassified furniture', () => {
    const letter = 'Dear Mr. Holm:\n\nThe charts of the northern bar came in good time, and the pilots thank you for them.\n\nSincerely,\n\nOrla Quist\n\next. 4412\n';
    expect(outline(convertText(letter, { file: 'r.txt' }).transcript!.documents[0]!).at(-1)).toEqual('closer(salute: Sincerely, | signed: Orla Quist | fw unclassified@bottom: ext. 4412)');
  });
});

describe('text above a header block', () => {
  const outlineOf = (text: string) => outline(convertText(text, { file: 'h.txt' }).transcript!.documents[0]!);
  const HEADER = 'TO: PRIORITY OSLO\nFROM: HARBOUR BOARD\nSUBJECT: WINTER BUOYS\n\n1. PLEASE REPORT ON THE STATE OF THE BUOYS BEFORE THE STORMS.\n';

  it('is unclassified furniture when no line of it ends a sentence, so that the header is the opener and the cable its body', () => {
    const routing = '————\nSTAFF\nGONE HB/OPS INFO PILOTS HB/R DOCKS FILE HB/W OPS (4/P\nrn ane oe tnt wee nnn\n0412 77 PAGE 01\nTOT 1421302 MAY 77 HARBOUR 55120\nae\nSTAFF 142130Z HARBOUR 55120\n\n';
    expect(outlineOf(`${routing}${HEADER}`).slice(1)).toEqual([
      'pb 1?', 'fw unclassified: ———— STAFF GONE HB/OPS INFO PILOTS HB/R DOCKS FILE HB/W OPS (4/P rn ane oe tnt wee nnn 0412 77 PAGE 01 TOT 1421302 MAY 77 HARBOUR 55120 ae STAFF 142130Z HARBOUR 55120',
      'opener(to=PRIORITY OSLO | from=HARBOUR BOARD | subject=WINTER BUOYS)', 'p: 1. PLEASE REPORT ON THE ',
    ]);
  });

  it('stays body text when it is prose that ends a sentence', () => {
    expect(outlineOf(`The board asked that the message below be sent at once to the harbour office.\n\n${HEADER}`)[2]).toEqual('p: The board asked that the');
  });
});

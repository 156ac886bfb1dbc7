import { describe, expect, it } from 'vitest';
import { judgeLine } from '../../../../src/convert/candidates/candidates.js';
import { openingKind } from '../../../../src/convert/recognizers/heading-kind.js';
import { itemsOf, labels, profile } from './helpers.js';

describe('headings inside a block and damaged kind headings', () => {
  it('reads a kind word damaged by OCR at the start of a heading', () => {
    expect(openingKind('MEMORANDIM FOR THE FILE', profile.documentKinds)).toEqual('memorandum');
    expect(openingKind('TELEGRAN', profile.documentKinds)).toEqual('telegram');
  });

  it('does not read a short word near a kind word as that kind', () => {
    expect(openingKind('MEMBERS OF THE BOARD', profile.documentKinds)).toBeUndefined();
    expect(openingKind('NOTED BY THE CLERK', profile.documentKinds)).toBeUndefined();
  });

  it('takes a kind word after an unclosed bracket OCR left as a heading', () => {
    expect(judgeLine('[AIRGRAM', { profile }).best.match).toEqual({ kind: 'heading', rule: 'heading/capitals', value: 'telegram' });
  });

  it('takes a heading with OCR marks after it as a heading, and keeps a label\'s own colon', () => {
    expect(judgeLine('MEMORANDUM FOR THE FILE ‘ ; :', { profile }).best.match).toEqual({ kind: 'heading', rule: 'heading/capitals', value: 'memorandum' });
    expect(judgeLine('TO: HARBOUR BOARD', { profile }).best.match.kind).toEqual('field');
  });

  it('splits a kind heading out of a block of debris around it', () => {
    const text = 'x7 ;\nMEMORANDUM FOR THE FILE |\n.,\nThe committee met and talked about the harbour plans at length.\n';
    expect(labels(itemsOf(text))).toEqual(['1 unclassified: x7 ;', '2 heading: MEMORANDUM FOR THE FILE |', '3 text: .,']);
  });

  it('splits a lettered section title in capitals from the prose under it', () => {
    const text = 'The plans were discussed.\nB. COSTS\nThe costs were found to be higher than planned.\n';
    expect(labels(itemsOf(text))).toEqual(['1 text: The plans were discussed.', '2 heading: B. COSTS', '3 text: The costs were found to be higher than planned.']);
  });

  it('does not split headings out of a cable text in capitals', () => {
    const text = 'AGENT MET CONTACT AT NOON TODAY\nMEMORANDUM FOLLOWS BY POUCH\nB. COSTS\nCONTACT WILL REPORT AGAIN TOMORROW\n';
    // The block's first line is a heading by the rule for a block's top line; no line under it splits off.
    expect(itemsOf(text).map((it) => [it.kind, it.lines.length])).toEqual([['heading', 1], ['text', 3]]);
  });
});

describe('a kind word in capitals with OCR debris after it, inside a block', () => {
  it('splits off as a heading of its own', () => {
    const text = '; xr Ba (7.\nTELEGRAM, Kp oe nt / ws\n\nTO: Harbour Board\n';
    expect(labels(itemsOf(text))).toEqual(['1 text: ; xr Ba (7.', '2 heading: TELEGRAM, Kp oe nt / ws', '4 field: TO: Harbour Board']);
  });

  it('does not split a sentence that opens with the kind word, nor a capitalised kind word in prose', () => {
    const sentence = 'The clerk sent on the\nMEMORANDUM, which the board\nhad asked for in the spring.\n';
    const titled = '; xr Ba (7.\nTelegram, Kp oe nt / ws\n';
    expect([itemsOf(sentence).map((it) => [it.kind, it.lines.length]), itemsOf(titled).map((it) => [it.kind, it.lines.length])]).toEqual([[['text', 3]], [['text', 2]]]);
  });
});

import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { pairedValues } from '../../../../src/convert/structure/paired-fields.js';
import { itemsOf, profile } from './helpers.js';
import { outline } from '../outline.js';

const HEADER = (values: string) => `MEMORANDUM\n\nTO :\nFROM :\nDATE :\n\n${values}\n\nThe lamp of the north light must be replaced before the winter storms begin.\n`;
/** Each value line found, as `type: line`. */
const pairs = (text: string) => [...pairedValues(itemsOf(text)).values.values()].flat().map((f) => `${f.match.value}: ${f.lines[0]!.text}`);

describe('header values in a later block', () => {
  it('pairs a column of blank header fields with the block of as many value lines after it, in order', () => {
    expect(pairs(HEADER('Harbour Engineer\nKeeper, North Light\n3 May 1961'))).toEqual(['to: Harbour Engineer', 'from: Keeper, North Light', 'date: 3 May 1961']);
  });

  it('pairs nothing when the block has another number of lines, is prose, holds labels, or one blank field stands alone', () => {
    const alone = 'MEMORANDUM\n\nSUBJECT :\n\nWinter lamps\nof the north light\n\nThe lamp must be replaced.\n';
    expect([
      pairs(HEADER('Harbour Engineer\nKeeper, North Light')),
      pairs(HEADER('The engineer came.\nThe keeper was out.\nIt rained all day.')),
      pairs(HEADER('REF : 12\nKeeper, North Light\n3 May 1961')),
      pairs(alone),
    ]).toEqual([[], [], [], []]);
  });

  it('pairs across a banner typed between the two columns, an ATTN line among the labels', () => {
    const text = 'MEMORANDUM\n\nTO :\nATTN :\nFROM :\n\nSECRET\n\nHarbour Engineer\nLamp Room\nKeeper, North Light\n\nThe lamp of the north light must be replaced before the winter storms begin.\n';
    expect(pairs(text)).toEqual(['to: Harbour Engineer', 'attention: Lamp Room', 'from: Keeper, North Light']);
  });

  it('puts each value in the opener as a field of its label\'s type, after the labels, so the text keeps its order', () => {
    const doc = convertText(HEADER('Harbour Engineer\nKeeper, North Light\n3 May 1961'), { file: 'h.txt' }).transcript!.documents[0]!;
    expect([outline(doc)[3], doc.sender, doc.addressee]).toEqual(['opener(to= | from= | date= | to=Harbour Engineer | from=Keeper, North Light | date=3 May 1961)', 'Keeper, North Light', 'Harbour Engineer']);
  });

  it('reads a label whose colon OCR lost among blank fields as its field, and one line of residue between the columns as furniture', () => {
    const text = 'MEMORANDUM\n\nTO :\nFROM\nDATE :\n\nse CRET x\n\nHarbour Engineer\nKeeper, North Light\n3 May 1961\n\nThe lamp of the north light must be replaced before the winter storms begin.\n';
    const found = pairedValues(itemsOf(text), profile);
    expect([[...found.values.values()].flat().map((f) => `${f.match.value}: ${f.lines[0]!.text}`), [...found.readAs.values()].map((it) => `${it.kind} ${it.match.rule}: ${it.lines[0]!.text}`)]).toEqual([
      ['to: Harbour Engineer', 'from: Keeper, North Light', 'date: 3 May 1961'],
      ['field field/label-without-colon: FROM', 'unclassified unclassified/between-columns: se CRET x'],
    ]);
  });

  it('reads no word that is no field label as one, needs two blank fields with colons, and takes no residue when the block does not match', () => {
    const pairsWith = (t: string) => [...pairedValues(itemsOf(t), profile).values.values()].flat().length;
    expect([
      pairsWith('MEMORANDUM\n\nTO :\nHARBOUR\nDATE :\n\nHarbour Engineer\nKeeper, North Light\n3 May 1961\n\nThe lamp must be replaced.\n'),
      pairsWith('MEMORANDUM\n\nTO\nFROM\nDATE :\n\nHarbour Engineer\nKeeper, North Light\n3 May 1961\n\nThe lamp must be replaced.\n'),
      pairsWith('MEMORANDUM\n\nTO :\nFROM :\nDATE :\n\nse CRET x\n\nHarbour Engineer\nKeeper, North Light\n\nThe lamp must be replaced.\n'),
    ]).toEqual([0, 0, 0]);
  });
});

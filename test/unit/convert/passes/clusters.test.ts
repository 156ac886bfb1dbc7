import { describe, expect, it } from 'vitest';
import { shapeKey } from '../../../../src/convert/structure/clusters.js';
import { itemsOf, labels } from './helpers.js';

describe('the repetition clusters pass', () => {
  it('folds digits and OCR noise so that footers with a counter share one shape', () => {
    expect(shapeKey('QX 40112 RecId:88120045 Page 4')).toBe(shapeKey('QX 40112 RecId: 88120046 Page 12'));
  });

  it('reads damaged copies of a record footer as archival citations when an intact copy recurs with them', () => {
    const text = 'The first page of the note goes on here.\n\nQX 40112 RecId:88120045 Page 1\n\nThe second page follows.\n\nQX 40112 ReclId:8812OO45 Paqe 2\n';
    expect(labels(itemsOf(text))).toEqual([
      '1 text: The first page of the note goes on here.',
      '3 archival-citation: QX 40112 RecId:88120045 Page 1',
      '5 text: The second page follows.',
      '7 archival-citation: QX 40112 ReclId:8812OO45 Paqe 2',
    ]);
  });

  it('reads no dateline as a running head, though each document of the file has one of the same shape', () => {
    const memo = (date: string, subject: string) => `${date}\n\nMEMORANDUM FOR THE FILE\n\nSUBJECT: ${subject}\n\nThe board met and agreed on the matter at length.\n\n`;
    const items = itemsOf(memo('; . 3 June 1958', 'Dues') + memo('3 June 1958.', 'Pilots') + memo('4 June 1958', 'Lights'));
    expect(items.filter((it) => it.kind === 'running-head')).toEqual([]);
  });

  it('still reads a title with a date that recurs on every page as a running head', () => {
    const page = (n: number) => `PORT OF DUNMORE - 3 JUNE 1958\n\nThe board met on the dues and the pilots, page ${n}.\n\n`;
    expect(itemsOf(page(1) + page(2) + page(3)).filter((it) => it.kind === 'running-head').length).toBe(3);
  });

  it('reads a title that a form restates among its values, and the text then repeats once, as no running head', () => {
    const form = 'AGENCY :\nRECORD NUMBER :\nORIGINATOR :\nTITLE :\nDATE :\nPAGES :\n\nPort Office\n\nThe Winter Dues of the Northern Harbour\n\n3/4/1958\n\n';
    const memo = 'The Winter Dues of the Northern Harbour\n\nThe board met and agreed on the winter dues at length.\n';
    const twice = 'The Winter Dues of the Northern Harbour\n\nThe board met and agreed on the dues.\n\nThe Winter Dues of the Northern Harbour\n\nThe pilots met.\n';
    expect([itemsOf(form + memo).filter((it) => it.kind === 'running-head').length, itemsOf(twice).filter((it) => it.kind === 'running-head').length]).toEqual([0, 2]);
  });

  it('keeps folio numbers that form a run, and leaves a lone code in the text alone', () => {
    const run = itemsOf('First page text ends here.\n\nKB-301\n\nSecond page text ends here.\n\nKB-302\n\nThird page.\n');
    expect(run.filter((it) => it.kind === 'folio').map((it) => it.match.value)).toEqual(['301', '302']);
    const lone = itemsOf('We met in the committee room.\n\nRoom 101\n\nThe meeting began at ten.\n');
    expect(lone.filter((it) => it.kind === 'folio')).toEqual([]);
  });

  it('makes a short line in capitals a running head when it recurs three times, and leaves it a heading when it stands twice', () => {
    const page = 'The witness was asked about the harbour and gave a long answer to it.';
    const three = itemsOf(`${page}\n\nBRIX & LODE\n\n${page}\n\nBRIX & LODE\n\n${page}\n\nBRIX & LODE\n`);
    expect(three.filter((it) => it.lines[0]!.text === 'BRIX & LODE').map((it) => it.kind)).toEqual(['running-head', 'running-head', 'running-head']);
    const two = itemsOf(`${page}\n\nBRIX & LODE\n\n${page}\n\nBRIX & LODE\n`);
    expect(two.filter((it) => it.lines[0]!.text === 'BRIX & LODE').map((it) => it.kind)).toEqual(['heading', 'heading']);
  });

  it('does not make a spoken answer that recurs (with its margin number) a running head', () => {
    const text = 'Mr. Orm. Did you go to the harbour on that day in the spring?\n\nMr. Vell. That is so.\n\nMr. Orm. And the next day, in the evening?\n\n12 Mr. Vell. That is so.\n';
    expect(itemsOf(text).map((it) => it.kind)).toEqual(['text', 'text', 'text', 'text']);
  });

  it('does not make repeated prose a running head', () => {
    const text = 'We agreed to meet again on the next day.\n\nThe talks went on.\n\nWe agreed to meet again on the next day.\n';
    expect(itemsOf(text).map((it) => it.kind)).toEqual(['text', 'text', 'text']);
  });
});

import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { isBackMatter, officeSymbol } from '../../../../src/convert/structure/back-matter.js';
import { outline } from '../outline.js';
import { itemsOf } from './helpers.js';
import { ukGovernment20c } from '../../../../src/profiles/uk-government-20c.js';

const outlineOf = (text: string) => convertText(text, { file: 's.txt' }).transcript!.documents.map(outline);

describe('office symbols and signatures at the end of a memo', () => {
  it('take a line of capital groups joined by slashes for an office symbol, maybe after a short label', () => {
    expect(['QR/TZ', 'KL/M/NOP', 'XY/ HARBOR', 'cc: QR/TZ/W', 'R&D/LAB2'].map(officeSymbol)).toEqual([true, true, true, true, true]);
  });

  it('take no word, date, fraction or sentence with a slash for an office symbol', () => {
    expect(['and/or', '3/4', '12/2/57', 'The QR/TZ office met.', 'QR', 'June/July'].map(officeSymbol)).toEqual([false, false, false, false, false, false]);
  });

  it('count an office symbol standing alone as back matter, and a sentence that names one as none', () => {
    expect(itemsOf('QR/TZ\n\nThe QR/TZ office met on Monday to settle the matter.\n').map(isBackMatter)).toEqual([true, false]);
  });

  it('count a numbered enclosure line and a column of office symbols as back matter', () => {
    expect(itemsOf('2 Attachments: as stated\n\nRegistry\nQR/Files\nk/tz/wm\n').map(isBackMatter)).toEqual([true, true]);
  });

  it('count no column of plain words, nor a numbered sentence about an attachment, as back matter', () => {
    expect(itemsOf('Apples\nPears\nPlums\n\n2 attachments were sent to the harbour office on Monday by the clerk.\n').map(isBackMatter)).toEqual([false, false]);
  });

  it('sign a memo with the name and office under a paragraph that seems to go on, as OCR residue leaves it', () => {
    const memo = 'MEMORANDUM FOR: Chief of Station\nSUBJECT: The harbour survey\n\n1. The survey of the harbour was finished in March and the charts are ready.\nThe pilots were told in a meeting at the office, but\n\nOrla B, Quist\nQR/ HARBOR\n';
    expect(outlineOf(memo)[0]!.slice(-2)).toEqual(['p: 1. The survey of the har', 'closer(signed: Orla B, Quist QR/ HARBOR)']);
  });

  it('sign a memo with a lone name when an office or drafting line follows it', () => {
    const memo = 'MEMORANDUM FOR: Chief of Station\nSUBJECT: The harbour survey\n\nThe charts of the harbour are ready and were sent to the pilots, who thanked the office\n\nOrla Quist\n\nQR/TZ\n';
    expect(outlineOf(memo)[0]!.slice(-2)).toEqual(['p: The charts of the harbou', 'closer(signed: Orla Quist | signed: QR/TZ)']);
  });

  it('keep a name that a broken-off sentence goes on to, with no office or back matter after it, in the paragraph', () => {
    const memo = 'MEMORANDUM FOR: Chief of Station\nSUBJECT: The harbour survey\n\nThe charts of the harbour were drawn and checked in the spring by\n\nOrla Quist\n\nand they were sent to the pilots, who thanked the office for them.\n';
    expect(outlineOf(memo)[0]!.some((p) => p.startsWith('closer'))).toBe(false);
  });
});

describe('a distribution list under a signature', () => {
  const MEMO = 'MEMORANDUM FOR THE FILE\n\nSUBJECT: Pilots\n\nThe board met and agreed at length on the pay of the harbour pilots for the winter.\n\n: » ANNA BECKER:\n: Harbour Master\n\n';

  it('stays one block, its first office no heading, and closes the signature above it', () => {
    expect(itemsOf(`${MEMO}PTO\nR/Dues\nH/pl/wx\n`).map((it) => [it.kind, it.lines.length]).slice(-1)).toEqual([['text', 3]]);
    // (How the list itself is encoded in the closer is the placement pass's: here only the signature is asserted.)
    expect(outlineOf(`${MEMO}PTO\nR/Dues\nH/pl/wx\n`)[0]!.at(-1)!.split(' | ')[0]).toEqual('closer(signed: : » ANNA BECKER: : Harbour Master');
  });

  it('is no list when its lines are words without office slashes: the first may be a heading', () => {
    expect(itemsOf('PILOTS\nWinter pay\nHarbour\n').map((it) => it.kind)).toEqual(['heading', 'text']);
  });
});

describe('a drafting line at the end of a memo with no signature', () => {
  const MEMO = (last: string) => `MEMORANDUM FOR THE FILE\n\nSUBJECT: Lighthouse repairs\n\nThe engineer reported that the lamp of the north light must be replaced before the winter storms.\n\n${last}\n`;

  it('is back matter in a closer of its own, typed by what it is', () => {
    expect(['ADM/HB:KLarsen:tw', 'S/S:KLund', 'tw/kl'].map((l) => outlineOf(MEMO(l))[0]!.at(-1))).toEqual(['closer(drafting=ADM/HB:KLarsen:tw)', 'closer(drafting=S/S:KLund)', 'closer(initials=tw/kl)']);
  });

  it('is no label with a word after it, which stays body text', () => {
    expect(['NOTE: Agreed.', 'AGENCY: Pilots'].map((l) => outlineOf(MEMO(l))[0]!.at(-1))).toEqual(['p: NOTE: Agreed.', 'p: AGENCY: Pilots']);
  });

  it('types a clearance line, an office and its clearing officer after a label, however the label is worded', () => {
    expect(['Cleared: ADM - Mr. Holm', 'Concurrences: HB/P - Miss Lowe'].map((l) => outlineOf(MEMO(`K. Larsen\n\n${l}`))[0]!.at(-1))).toEqual(['closer(signed: K. Larsen | clearance=Cleared: ADM - Mr. Holm)', 'closer(signed: K. Larsen | clearance=Concurrences: HB/P - Miss Lowe)']);
  });

  it('is no clearance line when the label has a sentence after it, or no office before the dash', () => {
    expect(['NOTE: Holm - Larsen agreed.', 'NOTE: the board - Mr. Holm'].map((l) => outlineOf(MEMO(`K. Larsen\n\n${l}`))[0]!.at(-1)!.includes('clearance'))).toEqual([false, false]);
  });
});

describe('a signature with its date under it', () => {
  const SHEET = (after: string) => `MINUTE SHEET\n\nHead of Department\n\nThe pilots ask for a rise in the winter allowance. I see no reason to refuse it this year.\n\nA. B. Crane\n4/6/59\n\n${after}`;
  const docs = (text: string) => convertText(text, { file: 's.txt', profile: ukGovernment20c }).transcript!.documents;

  it('closes a minute, and the prose under it is the next minute of the sheet, of the same kind and on the same page', () => {
    const ds = docs(SHEET('Seen. Please reply in the usual terms.\n\nD. Moss\n5 June 1959\n'));
    expect(ds.map((d) => [d.kind, d.date, outline(d).slice(1).filter((p) => p.startsWith('pb') || p.startsWith('closer'))])).toEqual([
      ['memorandum', '1959-06-04', ['pb 1?', 'closer(signed: A. B. Crane | dateline: 4/6/59)']],
      ['memorandum', '1959-06-05', ['closer(signed: D. Moss | dateline: 5 June 1959)']],
    ]);
  });

  it('opens no next minute when only copies follow it', () => {
    expect(docs(SHEET('Copy to: Harbour Master\n')).map((d) => outline(d).at(-1))).toEqual(['closer(signed: A. B. Crane | dateline: 4/6/59 | cc=Harbour Master)']);
  });

  it('is no signature at the head of the sheet, before any prose: a name and a date there close nothing', () => {
    const ds = docs('MINUTE SHEET\n\nA. B. Crane\n4/6/59\n\nThe pilots ask for a rise in the winter allowance. I see no reason to refuse it.\n\nSeen and agreed, with thanks for the quick reply.\n');
    expect([ds.length, ds[0]!.parts.some((p) => p.type === 'closer')]).toEqual([1, false]);
  });
});

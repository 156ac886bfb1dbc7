import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { formKeys } from '../../../../src/convert/structure/form-key.js';
import { outline } from '../outline.js';
import { itemsOf } from './helpers.js';

const SLIP = (key: string) => `ROUTING SLIP\n\nTO : Harbour Master\nFROM : Pilot Office\nSUBJECT : Winter buoys\nACTION : 2\nFILE : Buoys 1960\n\nOFFICE FILE : Harbour Board Papers, Box 4, Folder 11\n\n${key}`;
const keyLines = (text: string) => [...formKeys(itemsOf(text))].map((it) => it.lines[0]!.text);

describe('the key to a form\'s codes', () => {
  it('is the block of bracketed codes a value of the form uses, with the heading above it', () => {
    expect(keyLines(SLIP('ACTION CODES\n\n(2) For comment and return to the sender.\n'))).toEqual(['ACTION CODES', '(2) For comment and return to the sender.']);
  });

  it('is no bracketed paragraph whose code no value of the form holds, nor one far below the form', () => {
    const far = Array.from({ length: 14 }, (_, i) => `The buoys of the ${i + 1}th reach were checked again by the pilots.\n`).join('\n');
    expect([keyLines(SLIP('NOTES\n\n(3) The buoys were checked.\n')), keyLines(SLIP(`${far}\n(2) For comment.\n`))]).toEqual([[], []]);
  });

  it('turns no page and opens no document under the citation line that ends the form', () => {
    const doc = convertText(SLIP('ACTION CODES\n\n(2) For comment and return to the sender.\n'), { file: 'k.txt' });
    expect(doc.transcript!.documents.map((d) => outline(d).filter((p) => p.startsWith('pb')))).toEqual([['pb 1?']]);
  });

  it('is read from a code standing alone in a later block of values, at any entry of the key', () => {
    const sheet = (key: string) => `LOAN SLIP\n\nKIND OF ITEM :\nBORROWER :\nRETURN BY :\nCODE :\n\nChart of the bar\nPilot office\nFriday\nB\n\n${key}`;
    const codes = 'LOAN CODES\n\n(A) Lent for the day.\n(B) Lent until the date above.\n';
    const unused = 'LOAN CODES\n\n(C) Lent for the day.\n(D) Lent until the date above.\n';
    expect([keyLines(sheet(codes)), keyLines(sheet(unused))]).toEqual([['LOAN CODES', '(A) Lent for the day.'], []]);
  });
});

import { describe, expect, it } from 'vitest';
import { FURNITURE_KINDS } from '../../../../src/convert/recognizers/index.js';
import { formRegion } from '../../../../src/convert/structure/form-region.js';
import { itemsOf, profile } from './helpers.js';
import { convertText } from '../../../../src/convert/index.js';
import { text } from '../outline.js';

/** The first lines of the first and last items of the first form region, or undefined. */
const regionOf = (text: string) => {
  const content = itemsOf(text).filter((it) => !FURNITURE_KINDS.has(it.kind));
  const known = (label: string) => Object.hasOwn(profile.fields, label.replace(/[ \t]+/gu, ' '));
  const r = formRegion(content, 0, () => false, known);
  return r && [content[r.start]!.lines[0]!.text, content[r.end]!.lines.at(-1)!.text];
};

describe('a short form', () => {
  it('is a dense column of five labels or more, nearly all of them no header field', () => {
    const slip = 'LOAN SLIP\n\nITEM NO. : 7\nKIND OF ITEM : Chart\nBORROWER : Pilot office\nDATE : 3/4/60\nRETURN BY : Friday\n\nThe chart is to be kept dry.\n';
    expect(regionOf(slip)).toEqual(['ITEM NO. : 7', 'RETURN BY : Friday']);
  });

  it('is no form when its labels are scattered among other lines, or are a memo header\'s fields', () => {
    const scattered = 'REVIEW STATE :\n\nsent on by the clerk\nkept in the shed\nOLD FILE :\n\nnone was found\nthe box was empty\nCHECKED BY :\n\nthe night watch\nand the pilot\nNOTES :\n\nMEMORANDUM\nSUBJECT: Dues\n';
    const header = 'MEMORANDUM\n\nTO : Board\nFROM : Clerk\nSUBJECT : Dues\nDATE : 3/4/60\nREF : Our letter\n\nThe board met.\n';
    expect([regionOf(scattered), regionOf(header)]).toEqual([undefined, undefined]);
  });

});

describe('a column of blank labels with its values in the block after it', () => {
  const LOAN = (values: string) => `LOAN SLIP\n\nKIND OF ITEM :\nBORROWER :\nDATE :\nRETURN BY :\n\n${values}\n\nThe chart is to be kept dry and returned to the chart room after use by the pilots.\n`;

  it('is a form, however few its labels, when the next block holds one value line per label', () => {
    expect(regionOf(LOAN('Chart of the bar\nPilot office\n3/4/60\nFriday'))).toEqual(['KIND OF ITEM :', 'Friday']);
  });

  it('is no form when the block after it has another number of lines, is prose, or the labels are a memo header\'s fields', () => {
    const memo = 'MEMORANDUM\n\nTO :\nFROM :\nSUBJECT :\nDATE :\n\nBoard\nClerk\nDues\n3/4/60\n\nThe board met on Monday.\n';
    expect([
      regionOf(LOAN('Chart of the bar\nPilot office\n3/4/60')),
      regionOf(LOAN('The chart of the bar was lent to the pilots.\nIt came back.\nIt was dry.\nAll was well.')),
      regionOf(memo),
    ]).toEqual([undefined, undefined, undefined]);
  });
});

describe('an identification form', () => {
  const FORM = 'AGENCY :\nRECORD NUMBER :\nRECORD SERIES :\nORIGINATOR :\nFROM :\nTO :\nTITLE :\nDATE :\nPAGES :\nCOMMENTS :';

  it('ends before a header field with its value that follows it after other lines', () => {
    expect(regionOf(`${FORM}\n\nSECRET x\n4 May 1961\n\nSUBJECT: Winter dues of the port\n\nThe board met.\n`)).toEqual(['AGENCY :', 'COMMENTS :']);
  });

  it('keeps a header field that stands in its own column of labels', () => {
    expect(regionOf(`${FORM}\nSUBJECT: Winter dues of the port\n\nThe board met.\n`)).toEqual(['AGENCY :', 'SUBJECT: Winter dues of the port']);
  });
});

describe('a short form whose values stand in a later block', () => {
  const SLIP = 'LOAN SLIP\n\nITEM NO. :\nKIND OF ITEM :\nBORROWER :\nDATE :\nRETURN BY :\n\n';

  it('takes in the block of values after its column of blank labels, though its labels alone make it a form', () => {
    expect(regionOf(`${SLIP}Item seven\nChart\nPilot office\n3/4/60\nFriday\n\nThe chart is to be kept dry and returned by the pilot in person.\n`)).toEqual(['ITEM NO. :', 'Friday']);
  });

  it('takes in no block with more lines than its labels, nor prose after it', () => {
    expect([
      regionOf(`${SLIP}Item seven\nChart\nPilot office\n3/4/60\nFriday\nMonday\n\nThe chart is kept dry.\n`),
      regionOf(`${SLIP}The chart is to be kept dry and returned by the pilot in person.\n`),
    ]).toEqual([['ITEM NO. :', 'RETURN BY :'], ['ITEM NO. :', 'RETURN BY :']]);
  });
});

describe('a value of a form that reads as furniture', () => {
  const SHEET = (values: string) => `WITHDRAWAL SHEET\n\nKIND :\nPARTIES :\nDATE :\nCODE :\n\n${values}\n\nThe code is explained in the key at the foot of the folder.\n`;
  const pairs = (values: string) => {
    const list = convertText(SHEET(values), { file: 'w.txt' }).transcript!.documents[0]!.parts.find((p) => p.type === 'list');
    return list?.type === 'list' ? list.entries.filter((e) => e.corresp).map((e) => `${e.corresp}: ${text(e.children.flatMap((c) => (c.type === 'p' ? c.children : [])))}`) : [];
  };

  it('is paired with its label in order, a lone code, a record number or a count among the values', () => {
    expect([pairs('memo\nLind to Berg\n4/5/61\nC'), pairs('memo\n104-10071-10060\n4/5/61\nC'), pairs('memo\nLind to Berg\n4/5/61\n12')]).toEqual([
      ['form1-1: memo', 'form1-2: Lind to Berg', 'form1-3: 4/5/61', 'form1-4: C'],
      ['form1-1: memo', 'form1-2: 104-10071-10060', 'form1-3: 4/5/61', 'form1-4: C'],
      ['form1-1: memo', 'form1-2: Lind to Berg', 'form1-3: 4/5/61', 'form1-4: 12'],
    ]);
  });

  it('is none when it stands after the block of values, past a blank line', () => {
    const xml = convertText(SHEET('memo\nLind to Berg\n4/5/61\nC\n\nQ'), { file: 'w.txt' }).xml!;
    expect([pairs('memo\nLind to Berg\n4/5/61\nC\n\nQ'), xml.includes('<fw type="unclassified">Q</fw>')]).toEqual([['form1-1: memo', 'form1-2: Lind to Berg', 'form1-3: 4/5/61', 'form1-4: C'], true]);
  });
});

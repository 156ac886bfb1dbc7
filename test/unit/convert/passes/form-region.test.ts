import { describe, expect, it } from 'vitest';
import { FURNITURE_KINDS } from '../../../../src/convert/recognizers/index.js';
import { formRegion } from '../../../../src/convert/structure/form-region.js';
import { itemsOf, profile } from './helpers.js';

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

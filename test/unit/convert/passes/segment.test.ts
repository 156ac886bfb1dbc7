import { describe, expect, it } from 'vitest';
import { pageModel } from '../../../../src/convert/pages/page-model.js';
import { segmentDocuments } from '../../../../src/convert/structure/segment.js';
import type { Profile } from '../../../../src/profiles/profile.js';
import { ukGovernment20c } from '../../../../src/profiles/uk-government-20c.js';
import { itemsOf, profile } from './helpers.js';

/** The first lines of the items that open a document after the first. */
const startsOf = (text: string, p: Profile = profile) => {
  const items = itemsOf(text);
  const seg = segmentDocuments(items, pageModel(items, p), p);
  return items.filter((it) => seg.starts.has(it)).map((it) => it.lines[0]!.text);
};

const MEMO = (subject: string, by: string) => `MEMORANDUM FOR THE FILE\n\nSUBJECT: ${subject}\n\nThe meeting considered the harbour dues and agreed to lower them for the winter months of the year.\n\n${by}\n`;

describe('the documents pass', () => {
  it('opens a document at a heading naming a kind after a signed one', () => {
    expect(startsOf(MEMO('Harbour dues', '/s/ A. Becker') + '\n' + MEMO('Pilot fees', '/s/ C. Dorn'))).toEqual(['MEMORANDUM FOR THE FILE']);
  });

  it('keeps copies, drafting lines and a postscript with the document they follow', () => {
    const text = `${MEMO('Harbour dues', '/s/ A. Becker')}\ncc: Port Office\n\nTRD:ABecker:lm\n\nP.S. The pilots were told by telephone.\n`;
    expect(startsOf(text)).toEqual([]);
  });

  it('keeps a letter quoted after "Begin text" inside the telegram that quotes it', () => {
    const text = 'TELEGRAM\n\nTO: Embassy Lisbon\n\nPlease deliver the following message to the minister at once. Begin text.\n\nDear Mr. Minister:\n\nI write to thank you for your help with the harbour question during the last winter months.\n\nSincerely,\n\nJ. Smith\n\nEnd text.\n';
    expect(startsOf(text)).toEqual([]);
  });

  it('keeps a memorandum quoted between the British profile\'s "Begins." and "Ends." inside the telegram, not under the American profile', () => {
    const text = 'TELEGRAM\n\nTO: Consul Bergen\n\nPlease give the following note from the Secretary of State to the harbour master of the port at once. Begins.\n\nMEMORANDUM\n\nTO: Harbour Master\nFROM: Secretary of State\n\nI write to thank you for the charts of the northern approaches you sent last winter.\n\nEnds.\n';
    expect([startsOf(text, ukGovernment20c), startsOf(text)]).toEqual([[], ['MEMORANDUM']]);
  });

  it('opens a document at a kind heading that ends in OCR marks and a colon, but not at a label line', () => {
    const body = `${MEMO('Harbour dues', '/s/ A. Becker')}\n`;
    expect([startsOf(`${body}MEMORANDUM FOR THE FILE ‘ ; :\n\nSUBJECT: Pilots\n\nThe pilots asked for more pay.\n`), startsOf(`${body}MEMORANDUM FOR THE FILE :\n\nSUBJECT: Pilots\n\nThe pilots asked for more pay.\n`)]).toEqual([['MEMORANDUM FOR THE FILE ‘ ; :'], []]);
  });

  it('makes a form page a document of its own, and the record on the next page another', () => {
    const form = ['RECORD ID : 55-1234', 'OFFICE : Port Office', 'ORIGIN : Harbour Board', 'FROM : Clerk', 'TO : Board', 'TITLE : Dues', 'DATE : 3/4/1958', 'PAGES : 2', 'STATUS : Open', 'REVIEWED : 1999'].join('\n');
    const text = `${form}\n\n- 1 -\n\n${MEMO('Harbour dues', '/s/ A. Becker')}`;
    expect(startsOf(text)).toEqual(['MEMORANDUM FOR THE FILE']);
  });

  it('does not open a document at a lone field inside a running one', () => {
    const text = 'MEMORANDUM\n\nSUBJECT: Dues\n\nThe board met and talked at length about the winter dues and the pilots.\n\nDATE: 5 May 1958\n\nThe board then went on to other matters of the port and its harbour.\n';
    expect(startsOf(text)).toEqual([]);
  });

  it('keeps the labels of a form\'s second page with the form, and opens the record after them', () => {
    const form = ['RECORD ID : 55-1234', 'OFFICE : Port Office', 'ORIGIN : Harbour Board', 'FROM : Clerk', 'TO : Board', 'TITLE : Dues', 'DATE : 3/4/1958', 'PAGES : 2', 'STATUS : Open', 'REVIEWED : 1999'].join('\n');
    const text = `${form}\n\n- 2 -\n\nREVIEW STATE :\n\nLAST ACTION :\n\n${MEMO('Harbour dues', '/s/ A. Becker')}`;
    expect(startsOf(text)).toEqual(['MEMORANDUM FOR THE FILE']);
  });

  it('still opens a document at a heading without a colon on the page after a form', () => {
    const form = ['RECORD ID : 55-1234', 'OFFICE : Port Office', 'ORIGIN : Harbour Board', 'FROM : Clerk', 'TO : Board', 'TITLE : Dues', 'DATE : 3/4/1958', 'PAGES : 2', 'STATUS : Open', 'REVIEWED : 1999'].join('\n');
    const text = `${form}\n\n- 2 -\n\nHARBOUR BOARD\n\nThe board met and talked at length about the winter dues and the pilots of the port.\n`;
    expect(startsOf(text)).toEqual(['HARBOUR BOARD']);
  });

  it('opens a document at the dated text after an enclosure line that ends a signed memo', () => {
    const text = `${MEMO('Harbour dues', 'Orla Quist')}\nQR/TZ\n\nAttachment\n\n5 March 1958\n\nThe pilots of the harbour asked the board for lower dues in the winter months of the year.\n`;
    expect(startsOf(text)).toEqual(['5 March 1958']);
  });

  it('opens no document at a distribution list or at undated prose after an enclosure line', () => {
    const text = `${MEMO('Harbour dues', 'Orla Quist')}\nQR/TZ\n\nAttachment: as stated\n\nDistribution:\n3 - Chief, Port Office\n\nThe pilots of the harbour asked the board for lower dues in the winter months of the year.\n`;
    expect(startsOf(text)).toEqual([]);
  });

  describe('minutes on one sheet', () => {
    const SHEET = (between: string) => `MINUTE SHEET\n\nThe launch needs a new engine before the summer, and the yard has sent its estimate.\n\nP. Quill\n4/3/61\n\n${between}`;

    it('open the next minute at the name of the hand it is written to, over its prose, under a dated signature', () => {
      expect(startsOf(SHEET('Mr. Vance\n\nI agree that the engine should be bought from the yard.\n'), ukGovernment20c)).toEqual(['Mr. Vance']);
    });

    it('open none at a name with no prose under it, nor at a name over prose with no dated signature above', () => {
      expect([
        startsOf(SHEET('Mr. Vance\n'), ukGovernment20c),
        startsOf('MINUTE SHEET\n\nThe launch needs a new engine before the summer, and the yard has sent its estimate.\n\nMr. Vance\n\nI agree that the engine should be bought from the yard.\n', ukGovernment20c),
      ]).toEqual([[], []]);
    });
  });
});

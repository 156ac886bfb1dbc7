import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { mergeProfile } from '../../../../src/profiles/profile.js';
import { usGovernment20c } from '../../../../src/profiles/us-government-20c.js';
import { recordMetadata } from '../../../../src/convert/structure/form-metadata.js';

const FORM = ['RECORD NUMBER : 55-1234-99', 'AGENCY : Harbour Board', 'ORIGINATOR : Port Office', 'FROM :', 'TO :', 'TITLE : Winter dues', 'DATE : 3/4/1958', 'PAGES : 2', 'CLASSIFICATION : Secret', 'STATUS : Open', 'REVIEWED : 1999'].join('\n');
const TEXT = `${FORM}\n\n- 2 -\n\nHARBOUR BOARD\n\nThe board met and talked at length about the winter dues and the pilots of the port.\n`;

const recordOf = (text: string, profile = usGovernment20c) => recordMetadata(convertText(text, { file: 'f.txt', profile }).transcript!.documents, profile);

describe('record metadata from the labels of a form page', () => {
  it('reads the record number, agency, originator, date, pages and classification the profile names', () => {
    expect(recordOf(TEXT)).toEqual({
      values: { record: '55-1234-99', agency: 'Harbour Board', originator: 'Port Office', date: '3/4/1958', pages: '2', classification: 'Secret' },
      when: '1958-03-04',
      classification: 'secret',
    });
  });

  it('takes a value standing later in its own block, and skips a blank placeholder', () => {
    const form = ['RECORD NUMBER :', 'AGENCY :', 'DATE : 00/00/0000', 'TITLE :', 'STATUS :', 'FILE :'].join('\n');
    const text = `${form}\n\n55-1234-99\nHarbour Board\n\nREVIEW : 1999\nSERIES : Dues\n\n- 2 -\n\nThe board met and talked at length about the winter dues of the port.\n`;
    expect(recordOf(text)?.values).toEqual({ record: '55-1234-99', agency: 'Harbour Board' });
  });

  it('reads nothing from a memorandum header or from labels the profile does not name', () => {
    const memo = 'MEMORANDUM FOR THE RECORD\n\nSUBJECT: Winter dues\nDATE: 3/4/1958\n\nThe board met and talked at length about the winter dues and the pilots.\n';
    const none = mergeProfile(usGovernment20c, { formLabels: { 'numéro': 'record' } });
    expect([recordOf(memo), recordOf(TEXT, none)]).toEqual([undefined, undefined]);
  });

  it('feeds the header: institution and record idno, the originator and date of origin, the pages', () => {
    const xml = convertText(TEXT, { file: 'f.txt' }).xml ?? '';
    const squeezed = xml.replace(/\n[ \t]*/gu, '');
    expect([
      squeezed.includes('<institution>Harbour Board</institution>'),
      squeezed.includes('<idno type="record">55-1234-99</idno>'),
      squeezed.includes('<physDesc><p>Pages: 2</p></physDesc>'),
      squeezed.includes('<origin><orgName role="originator">Port Office</orgName><origDate when="1958-03-04">3/4/1958</origDate></origin>'),
      squeezed.includes('<catRef target="#cls-secret"/>'),
    ]).toEqual([true, true, true, true, true]);
  });
});

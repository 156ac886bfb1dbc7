import { describe, expect, it } from 'vitest';
import { entryLabel, walked } from './steps-helpers.js';

const MEMO = (subject: string, by: string) => `MEMORANDUM FOR THE FILE\n\nSUBJECT: ${subject}\n\nThe board met and talked at length about the winter dues and the pilots of the port.\n\n${by}\n`;
const docsOf = (text: string) => walked(text).docs.map((d) => [d.start?.rule ?? 'first', ...d.entries.map(entryLabel)]);

describe('the document walk', () => {
  it('splits the run of furniture between two documents: it ends the first, and the second opens after it', () => {
    const text = `${MEMO('Harbour dues', '/s/ A. Becker')}\nQX 40112 RecId:88120045 Page 1\n\n- 2 -\n\n${MEMO('Pilot fees', '/s/ C. Dorn')}`;
    const w = walked(text);
    expect([docsOf(text), w.docs.map((d) => d.afterSplit)]).toEqual([[
      ['first', 'item: MEMORANDUM FOR THE FILE', 'item: SUBJECT: Harbour dues = Harbour dues', 'item: The board met and talked at length about the winter dues and the pilots of the port.', 'item: /s/ A. Becker', 'run split: QX 40112 RecId:88120045 Page 1 | - 2 -'],
      ['boundary/heading-after-page-end', 'item: MEMORANDUM FOR THE FILE', 'item: SUBJECT: Pilot fees = Pilot fees', 'item: The board met and talked at length about the winter dues and the pilots of the port.', 'item: /s/ C. Dorn'],
    ], [false, true]]);
  });

  it('lets a header field take the short block its value stands in, but not a paragraph of prose after it', () => {
    const alone = 'MEMORANDUM\n\nSUBJECT:\n\nHarbour dues\n\nThe board met and talked at length about the winter dues and the pilots.\n';
    const prose = 'MEMORANDUM\n\nSUBJECT: Dues\n\nThe board met and talked at length about the winter dues and the pilots.\n';
    expect([docsOf(alone), docsOf(prose)]).toEqual([
      [['first', 'item: MEMORANDUM', 'item: SUBJECT: = Harbour dues', 'item: The board met and talked at length about the winter dues and the pilots.']],
      [['first', 'item: MEMORANDUM', 'item: SUBJECT: Dues = Dues', 'item: The board met and talked at length about the winter dues and the pilots.']],
    ]);
  });

  it('makes a text quoted whole one step of its own steps (a run at its end ends it), and a quotation never closed none', () => {
    const quoted = 'TELEGRAM\n\nPlease deliver this to the minister at once. Begin text.\n\nDear Mr. Minister:\n\nI write to thank you for your help with the harbour question this winter.\n\n- 2 -\n\nEnd text.\n\nThe minister is expected on Monday.\n';
    const open = 'TELEGRAM\n\nPlease deliver this to the minister at once. Begin text.\n\nDear Mr. Minister:\n\nI write to thank you for your help with the harbour question this winter.\n';
    expect([docsOf(quoted), docsOf(open)]).toEqual([
      [['first', 'item: TELEGRAM', 'item: Please deliver this to the minister at once. Begin text.', 'quoted: item: Dear Mr. Minister: / item: I write to thank you for your help with the harbour question this winter. / run end: - 2 -', 'item: End text.', 'item: The minister is expected on Monday.']],
      [['first', 'item: TELEGRAM', 'item: Please deliver this to the minister at once. Begin text.', 'item: Dear Mr. Minister:', 'item: I write to thank you for your help with the harbour question this winter.']],
    ]);
  });

  it('marks the run after the last content as ending the transcript', () => {
    expect(docsOf('The board met and talked about the dues.\n\n- 2 -\n')).toEqual([['first', 'item: The board met and talked about the dues.', 'run end: - 2 -']]);
  });
});

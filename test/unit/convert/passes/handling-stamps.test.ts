import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { outline } from '../outline.js';
import { itemsOf, labels } from './helpers.js';

const outlineOf = (text: string) => convertText(text, { file: 'h.txt' }).transcript!.documents.map(outline);

describe('handling stamps of the profile', () => {
  it('read a short block of handling lines at the foot of a page as one stamp', () => {
    const text = 'The harbour survey was finished in March and the charts were sent to the pilots, who found them good.\n\nRETURN TO REGISTRY\nDo Not Reproduce\n';
    expect(outlineOf(text)[0]!.slice(-1)).toEqual(['fw stamp@bottom: RETURN TO REGISTRY Do Not Reproduce']);
  });

  it('read a downgrading exemption line as a stamp', () => {
    const text = 'The harbour survey was finished in March and the charts were sent to the pilots, who found them good.\n\nGROUP 3 - EXCLUDED FROM AUTOMATIC REGRADING\n';
    expect(outlineOf(text)[0]!.slice(-1)).toEqual(['fw stamp@bottom: GROUP 3 - EXCLUDED FROM AUTOMATIC REGRADING']);
  });

  it('keep a sentence that uses the handling words as prose', () => {
    const text = 'The harbour master asked the pilots to return to the office at once and not to reproduce the charts.\n';
    expect(outlineOf(text)[0]!.slice(-1)).toEqual(['p: The harbour master asked']);
  });

  it('take the capitals lines above a stamp line, in a block split by other furniture, into the stamp', () => {
    const items = itemsOf('QX 40112 RecId:88120045 Page 1\nTHE BOARD HAS NO OBJECTION TO\nDECLASSIFICATION OF THIS PAPER\n');
    expect(labels(items)).toEqual(['1 archival-citation: QX 40112 RecId:88120045 Page 1', '2 stamp: THE BOARD HAS NO OBJECTION TO']);
    expect(items[1]!.lines.map((l) => l.text)).toEqual(['THE BOARD HAS NO OBJECTION TO', 'DECLASSIFICATION OF THIS PAPER']);
  });

  it('leave a line of prose above a stamp line out of the stamp', () => {
    const items = itemsOf('QX 40112 RecId:88120045 Page 1\nThe board had no objection to\nDECLASSIFICATION OF THIS PAPER\n');
    expect(labels(items)).toEqual(['1 archival-citation: QX 40112 RecId:88120045 Page 1', '2 text: The board had no objection to', '3 stamp: DECLASSIFICATION OF THIS PAPER']);
  });
});

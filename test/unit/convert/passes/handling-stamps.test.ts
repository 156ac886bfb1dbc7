import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { outline } from '../outline.js';

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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../src/index.js';
import { dense, expectedChars, MARKER_CHARS, textOfTei, transcriptArb } from './arbitraries.js';

const opts = { file: 'prop.txt' };

describe('Nothing is lost', () => {
  it('keeps every non-whitespace character of a generated transcript, minus the convention markers, in order and count', () => {
    fc.assert(
      fc.property(transcriptArb(), ({ text, kept }) => {
        const r = convertBytes(new TextEncoder().encode(text), opts);
        if (dense(text.replace(/\uFEFF/gu, '')) === '') return; // an empty transcript is an error, not a loss
        expect(r.xml).toBeDefined();
        expect(dense(textOfTei(r.xml!))).toEqual(expectedChars(kept));
      }),
      { numRuns: 250 },
    );
  });

  it('keeps every character other than marker characters when markers are stray, unbalanced or nested', () => {
    const stray = fc.constantFrom('~~', '{+', '+}', '^', '[?', '?]', '[', ']', '[illegible', '~', '?', '+', '\u0336');
    const arb = fc.tuple(transcriptArb(false), fc.array(fc.tuple(fc.nat(), stray), { maxLength: 6 })).map(([{ text }, inserts]) => {
      const chars = [...text]; // code points: a marker never splits a surrogate pair
      for (const [at, m] of inserts) chars.splice(at % (chars.length + 1), 0, m);
      return chars.join('');
    });
    fc.assert(
      fc.property(arb, (text) => {
        const r = convertBytes(new TextEncoder().encode(text), opts);
        const strip = (s: string) => dense(s.replace(MARKER_CHARS, ''));
        const want = strip(text.replace(/^\uFEFF/u, '').replace(/[\u0000-\u0008\u000B\u000E-\u001F]/gu, '\uFFFD'));
        if (want === '' || !r.xml) return;
        expect(strip(textOfTei(r.xml))).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});

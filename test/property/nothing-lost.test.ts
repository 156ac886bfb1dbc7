import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../src/index.js';
import { codePoints, dense, expectedChars, MARKER_CHARS, textOfTei, transcriptArb, type Hazards } from './arbitraries.js';

const opts = { file: 'prop.txt' };
const NO_HAZARDS: Hazards = { feff: false, astralStrike: false };

/** The conservation property over transcripts drawn with these hazards, and examples tried first. */
function conserves(h: Hazards, examples: { text: string; kept: string }[] = [], numRuns = 250): void {
  fc.assert(
    fc.property(transcriptArb(true, h), ({ text, kept }) => {
      const r = convertBytes(new TextEncoder().encode(text), opts);
      if (dense(text.replace(/^\uFEFF/u, '')) === '') return; // an empty transcript is an error, not a loss
      expect(r.xml).toBeDefined();
      // A character split between two elements leaves lone surrogates that joining the text would re-pair.
      expect(r.xml!.match(/\p{Cs}/gu) ?? []).toEqual([]);
      expect(codePoints(textOfTei(r.xml!))).toEqual(expectedChars(kept));
    }),
    { numRuns, examples: examples.map((e) => [e]) },
  );
}

describe('Nothing is lost', () => {
  it('keeps every code point of a generated transcript other than white space, minus the convention markers, in order', () => {
    conserves(NO_HAZARDS);
  });

  it('keeps every character other than marker characters when markers are stray, unbalanced or nested', () => {
    const stray = fc.constantFrom('~~', '{+', '+}', '^', '[?', '?]', '[', ']', '[illegible', '~', '?', '+', '\u0336');
    const arb = fc.tuple(transcriptArb(false, NO_HAZARDS), fc.array(fc.tuple(fc.nat(), stray), { maxLength: 6 })).map(([{ text }, inserts]) => {
      const chars = [...text]; // code points: a marker never splits a surrogate pair
      for (const [at, m] of inserts) {
        const i = at % (chars.length + 1);
        // U+0336 after a character outside the BMP is the astral-strike hazard, tested on its own.
        if (m === '\u0336' && (chars[i - 1]?.codePointAt(0) ?? 0) > 0xffff) continue;
        chars.splice(i, 0, m);
      }
      return chars.join('');
    });
    fc.assert(
      fc.property(arb, (text) => {
        const r = convertBytes(new TextEncoder().encode(text), opts);
        const strip = (s: string) => codePoints(s.replace(MARKER_CHARS, ''));
        const want = strip((text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/[\u0000-\u0008\u000B\u000E-\u001F]/gu, '\uFFFD'));
        if (!want.length || !r.xml) return;
        expect(r.xml.match(/\p{Cs}/gu) ?? []).toEqual([]);
        expect(strip(textOfTei(r.xml))).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  // Two hazards that once lost text, each on its own (the examples are the reduced counterexamples).
  it('keeps U+FEFF that is text: after the byte-order mark, at line edges and between spaces (line edges trimmed of space, tab and CR only)', () => {
    conserves({ feff: true, astralStrike: false }, [
      { text: '\uFEFF\uFEFF\uFEFF&\n', kept: '\uFEFF\uFEFF&' },
      { text: 'Dear Sir \uFEFF of ours\n', kept: 'Dear Sir \uFEFF of ours' },
      { text: 'word\uFEFF\n', kept: 'word\uFEFF' },
    ], 100);
  });

  it('keeps a U+0336 strike-through over characters outside the BMP as whole characters (code-point iteration in the inline conventions)', () => {
    conserves({ feff: false, astralStrike: true }, [{ text: 'x \u{1D504}\u0336 y\n', kept: 'x \u{1D504} y' }], 100);
  });

});

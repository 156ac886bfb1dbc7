import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strikeRuns } from '../../../src/convert/inline/strike.js';

/** The runs as one scan of the whole text with the run's pattern finds them: what `strikeRuns` must give. */
const STRUCK = '[^ \\t\\n\\uE000\\u0336\\p{M}](?:(?!\\u0336)\\p{M})*\\u0336\\p{M}*';
const scanned = (text: string) => [...text.matchAll(new RegExp(`(?:${STRUCK})+(?:[ \\t]+(?:${STRUCK})+)*`, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
const spans = (text: string) => strikeRuns(text).map(([a, b]) => text.slice(a, b));

describe('struck runs found from their strokes', () => {
  it('are the struck characters with their marks, words apart in one run, astral bases whole', () => {
    const text = 'keep o\u0336l\u0336d\u0336 w\u0336o\u0336r\u0336d\u0336s\u0336 and e\u0301\u0336 and \u{1D504}\u0336x';
    expect(spans(text)).toEqual(['o\u0336l\u0336d\u0336 w\u0336o\u0336r\u0336d\u0336s\u0336', 'e\u0301\u0336', '\u{1D504}\u0336']);
  });

  it('are none where a stroke strikes no character: at the start, after a space, a line break, a milestone or another stroke', () => {
    expect(['\u0336abc', 'a \u0336b', 'a\n\u0336', 'a\uE000\u0336', 'x\u0336\u0336'].map(spans)).toEqual([[], [], [], [], ['x\u0336\u0336']]);
    expect(spans('plain text, no strokes')).toEqual([]);
  });

  it('are what a scan of the whole text finds, for any mix of bases, marks, strokes, spaces and surrogates', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '\t', '\n', '\uE000', '\u0336', '\u0301', '\u20DD', '\u{1D504}', '\u{1D165}', '\uD835', '\uDD04', '.');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(strikeRuns(text)).toEqual(scanned(text));
      }),
      { numRuns: 3000 },
    );
  });
});

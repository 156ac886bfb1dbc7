import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterCount, measureLine } from '../../../../src/convert/recognizers/measure-line.js';
import { shapeOf, type Shape } from '../../../../src/convert/recognizers/shape.js';

/** The shape as the patterns define it: the specification the one-pass measure must meet. */
function byPatterns(text: string): Shape {
  const words = text.match(/[^\s]+/gu) ?? [];
  const letters = text.match(/\p{L}/gu) ?? [];
  const uppers = text.match(/\p{Lu}/gu) ?? [];
  const capitalised = words.filter((w) => /^["'(\[]?[\p{Lu}\p{N}]/u.test(w)).length;
  const mixed = words.filter((w) => /\p{L}/u.test(w) && /\p{N}/u.test(w)).length;
  return {
    words: words.length,
    capitalised: words.length ? capitalised / words.length : 0,
    upper: letters.length ? uppers.length / letters.length : 0,
    sentenceEnd: /[.?!]["'”’)]*$/u.test(text),
    mixedTokens: mixed,
  };
}

// Letters of each case and script, digits and other numbers, every kind of white space, the
// opening and closing marks, halves of a surrogate pair and a whole one.
const UNITS = ['a', 'Z', '5', '²', 'Ⅻ', '١', 'é', 'Σ', 'ǅ', 'ß', 'ĸ', '𝔄', '\uD835', '\uDD04', ' ', '\t', '\u00A0', '\uFEFF', '\u2028', '\u3000', '"', "'", '(', '[', '.', '?', '!', '”', ')', '’', '-', '/'];

describe('the one-pass line measure', () => {
  it('gives the shape the patterns give, for any mix of scripts, numbers, spaces and marks', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }), (text) => {
      expect([measureLine(text), letterCount(text)]).toEqual([byPatterns(text), text.match(/\p{L}/gu)?.length ?? 0]);
    }), { numRuns: 3000 });
  });

  it('measures lines of an archival page as the patterns do', () => {
    const lines = ['(S) NOFORN — Distribution: 4 copies.', '"Declassified for Publication"', 'NLT-88-12 XR. BLANK', 'Sincerely yours,', '\uFEFFMemorandum for the Record', 'the talks (2) went on?”)', ''];
    expect(lines.map(measureLine)).toEqual(lines.map(byPatterns));
    expect(shapeOf('NLT-88-12 XR. BLANK')).toEqual({ words: 3, capitalised: 1, upper: 1, sentenceEnd: false, mixedTokens: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { escapeText } from '../../../src/tei/xml.js';

describe('escaping text content', () => {
  it('return a text with nothing to escape unchanged, astral characters and U+FEFF included', () => {
    expect(escapeText('Plain "quoted" text\u00A0with\uFEFF and 𝔄, tab\tand\nline')).toBe('Plain "quoted" text\u00A0with\uFEFF and 𝔄, tab\tand\nline');
  });

  it('escape markup characters and replace the characters XML cannot carry, each where it stands', () => {
    expect(escapeText('a&b<c>d\u0001e\u000Bf\uFFFEg\uD800h')).toBe('a&amp;b&lt;c&gt;d\uFFFDe\uFFFDf\uFFFDg\uFFFDh');
  });
});

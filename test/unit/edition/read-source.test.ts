import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/convert/read-source.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readSource and U+FEFF', () => {
  it('takes only the first leading U+FEFF as a byte-order mark and keeps the others as text', () => {
    expect(readSource(enc('\uFEFF\uFEFF\uFEFFword\r\n'), 'x.txt')).toEqual({ text: '\uFEFF\uFEFFword\n', diagnostics: [] });
  });

  it('keeps U+FEFF that is not at the start, and a text without a mark as it is', () => {
    expect(readSource(enc('a \uFEFF b\uFEFF\n'), 'x.txt')).toEqual({ text: 'a \uFEFF b\uFEFF\n', diagnostics: [] });
  });

  it('does not call a transcript of U+FEFF after its mark empty, but one of spaces and line breaks is', () => {
    expect(readSource(enc('\uFEFF \uFEFF\n'), 'x.txt').diagnostics).toEqual([]);
    expect(readSource(enc('\uFEFF \u00a0\t\n\n'), 'x.txt').diagnostics.map((d) => d.rule)).toEqual(['source/empty']);
  });
});

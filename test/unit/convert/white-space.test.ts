import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import { leadingWidth, trimEdges } from '../../../src/convert/white-space.js';

describe('white space at line edges', () => {
  it('trims spaces, tabs and carriage returns but keeps U+FEFF', () => {
    expect([trimEdges(' \t\uFEFFword\uFEFF \r'), leadingWidth('\t \uFEFFword')]).toEqual(['\uFEFFword\uFEFF', 2]);
  });

  it('keeps U+FEFF at the edges of transcript lines in the TEI', () => {
    const xml = convertText('The first line of text.\n\uFEFFThe second line\uFEFF  \nand the third.\n', { file: 'f.txt' }).xml!;
    expect(xml.match(/\uFEFF/gu)?.length).toBe(2);
  });
});

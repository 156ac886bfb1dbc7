import { describe, expect, it } from 'vitest';
import { transform } from '../../../src/render/saxon.js';
import { parseSummary } from '../../../src/render/summary.js';

/** A TEI file whose body is `body`. */
function tei(body: string): string {
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;
}

const pages = (body: string): number => parseSummary(transform('tei-to-summary', tei(body))).pages;

describe('the summary page count', () => {
  it('counts the page breaks of a document that opens with one', () => {
    expect(pages('<div type="document"><pb n="1"/><p>x</p><pb n="2"/><p>y</p></div>')).toEqual(2);
  });

  it('adds the first page when text stands before the first page break', () => {
    expect(pages('<div type="document"><p>text</p><pb n="2"/><p>y</p></div>')).toEqual(2);
  });

  it('finds text before the first page break inside the same paragraph and in a nested element', () => {
    expect(pages('<div type="document"><p>a<pb n="2"/>b</p></div>')).toEqual(2);
    expect(pages('<div type="document"><p><hi>a</hi><seg><pb n="2"/></seg>b</p></div>')).toEqual(2);
  });

  it('does not count white space, empty elements or comments before the first page break as text', () => {
    expect(pages('<div type="document"><p>  <!-- a comment --> <hi> </hi><pb n="1"/>t</p></div>')).toEqual(1);
  });

  it('counts each document on its own and one page for a document without page breaks', () => {
    expect(pages('<div type="document"><p>a</p><pb n="2"/></div><div type="document"><p>b</p></div><div type="document"><pb n="1"/><p>c</p></div>')).toEqual(4);
  });
});

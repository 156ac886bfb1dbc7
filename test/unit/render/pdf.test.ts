import { describe, expect, it } from 'vitest';
import { printPdfs, resolveChromium, stableDates } from '../../../src/render/pdf.js';

const pdf = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const str = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('PDF helpers', () => {
  it('replaces the PDF timestamps with 1970-01-01 in place, keeping their length', () => {
    const input = "<< /CreationDate (D:20261124211530+00'00') /ModDate (D:20261124211531+00'00') >>";
    expect(str(stableDates(pdf(input)))).toEqual("<< /CreationDate (D:19700101000000+00'00') /ModDate (D:19700101000000+00'00') >>");
  });

  it('uses the build date for the PDF timestamps when one is given', () => {
    expect(str(stableDates(pdf('/CreationDate (D:20261124211530Z)'), '2025-03-01'))).toEqual('/CreationDate (D:20250301000000Z)');
  });

  it('does not look for Chromium when told not to', () => {
    expect(resolveChromium(null)).toBeNull();
    expect(resolveChromium('/nonexistent/chromium')).toBeNull();
  });

  it('makes no PDF and reports nothing when there is nothing to print', async () => {
    expect(await printPdfs([], '/usr/bin/chromium')).toEqual({ pdfs: new Map(), diagnostics: [] });
  });
});

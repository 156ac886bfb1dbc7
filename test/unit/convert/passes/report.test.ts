import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { conversionReport } from '../../../../src/convert/report.js';

describe('the conversion report', () => {
  it('lists the close calls with both scores and the evidence of the winner', () => {
    const t = convertText('Some words of text here.\n\n3.\n\nMore text follows here.\n', { file: 'c.txt' }).transcript!;
    expect(conversionReport('c.txt', t).split('\n').slice(-2)).toEqual([
      '  close calls (best and second-best labels scored close; worth a look):',
      '    c.txt:3:1  pageNum 0.50 over unclassified 0.50 [page-number/numeral]  3.',
    ]);
  });

  it('gives a page break with the cues that made it', () => {
    const t = convertText('The text of the first page is here and ends.\n\n- 2 -\n\nThe second page.\n', { file: 'p.txt' }).transcript!;
    expect(t.decisions.filter((d) => d.what.startsWith('pb')).map((d) => `${d.what} [${d.rule}] ${d.text}`)).toEqual(['pb n=2 [page-break/printed-number] - 2 - — cues: pageNum at 3']);
  });
});

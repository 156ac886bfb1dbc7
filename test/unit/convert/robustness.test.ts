import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../../src/convert/index.js';

const convert = (text: string) => convertBytes(new TextEncoder().encode(text), { file: 'x.txt' });
const bodyText = (xml: string) => xml.slice(xml.indexOf('<text>')).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"');

describe('pathological transcripts', () => {
  it('keep a long run of unclosed brackets as text and sum up the flood of warnings', () => {
    const r = convert('['.repeat(50_000) + ' text ' + ']'.repeat(20_000));
    expect(r.xml).toBeDefined();
    const unbalanced = r.diagnostics.filter((d) => d.rule === 'convert/unbalanced-marker');
    expect(unbalanced.length).toBe(51);
    expect(unbalanced[50]!.message).toMatch(/^\d+ more unbalanced markers in this paragraph/);
    // The 20,000 closed pairs nest beyond the limit: those past it are reported the same way.
    const deep = r.diagnostics.filter((d) => d.rule === 'convert/nesting-too-deep');
    expect(deep.length).toBe(51);
    expect(deep[50]!.message).toBe('19902 more markers nested too deep in this paragraph are not listed one by one; all are kept as text.');
  });

  it('build no deeper than the nesting limit and lose no character of a deep nest', () => {
    const src = '[a'.repeat(20_000) + ']'.repeat(20_000);
    const r = convert(src);
    expect(bodyText(r.xml!).replace(/[\s[\]]/g, '')).toBe('a'.repeat(20_000));
  });

  it('place a run of a hundred thousand furniture lines without exhausting the stack', () => {
    const r = convert('TOP SECRET\n- 2 -\nC4.854\n'.repeat(35_000) + '\nText.');
    expect(r.xml).toContain('<p>Text.</p>');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksInParagraphs } from './html-flow.js';
import { fixture } from './helpers.js';

describe('no p of the HTML editions holds a block', () => {
  it('the check finds each block inside a p, at its line, and nothing in valid markup', () => {
    const html = [
      '<p>text <span>inline</span><br> <q>q</q></p>', // 1: fine
      '<p>before <blockquote>quoted</blockquote> after</p>', // 2
      '<div><p>a</p><ul><li>x</li></ul></div>', // 3: fine, the ul is after the p
      '<p><em><div>deep</div></em></p>', // 4: inside an inline element of the p
      '<!-- <p><div> in a comment --><script>const s = "<p><div>";</script>', // 5: fine
      '<p>a<p>b</p>', // 6: a p in a p
    ].join('\n');
    expect(blocksInParagraphs(html)).toEqual(['2: <p> holds <blockquote>', '4: <p> holds <div>', '6: <p> holds <p>']);
  });

  it('holds for every golden HTML and print edition of the render fixtures', () => {
    const cases = readdirSync(fixture('')).sort();
    const found = cases.flatMap((c) => ['html.html', 'print.html'].flatMap((f) => blocksInParagraphs(readFileSync(fixture(`${c}/${f}`), 'utf8')).map((d) => `${c}/${f}:${d}`)));
    expect(cases).toContain('block-in-paragraph');
    expect(found).toEqual([]);
  });
});

/**
 * A document's HTML is the same bytes whatever the process transformed before it: ids come
 * from the TEI (a plain @n, else the div's place among its siblings), never from
 * generate-id(), which saxon-js numbers per process. Incremental builds, shards and worker
 * pools rely on this.
 */
import { describe, expect, it } from 'vitest';
import { transform } from '../../../src/render/saxon.js';

const TEI = (body: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;
// Hand-edited divs: one without @n, one whose @n is not a plain token.
const edited = TEI('<div type="document"><p>First.</p></div><div type="document" n="a b"><p>Second.</p></div>');
const other = TEI('<div type="document" n="7"><p>Another document, transformed in between.</p></div>');

describe('HTML ids of divs without a plain @n', () => {
  it('are the same when the same TEI is transformed again after other documents', () => {
    const first = transform('tei-to-html', edited, {});
    transform('tei-to-html', other, {});
    transform('tei-to-summary', other, {});
    expect(transform('tei-to-html', edited, {})).toBe(first);
  });

  it('come from the div\'s place among its siblings, distinct from any plain @n', () => {
    const html = transform('tei-to-html', edited, {});
    expect([...html.matchAll(/<h2 id="([^"]+-doc-[^"]+)"/gu)].map((m) => m[1])).toEqual(['r-doc-x-1', 'r-doc-x-2', 'd-doc-x-1', 'd-doc-x-2']);
  });
});

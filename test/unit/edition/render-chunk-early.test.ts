import { describe, expect, it } from 'vitest';
import type { BuildContext, DocInput } from '../../../src/edition/build-context.js';
import { renderChunk } from '../../../src/edition/stage-render.js';
import type { PoolResult } from '../../../src/render/pool.js';

// A chunk every document of which validation refused: nothing is rendered or read from the
// cache, so the context needs only its render options.
const ctx = { render: { targets: ['html', 'text'], siteTitle: 'Made-up papers' }, opts: {}, diagnostics: [] } as unknown as BuildContext;

const doc = (id: string): DocInput => ({ id, name: `${id}.txt`, teiPath: `tei/${id}.xml`, file: `tei/${id}.xml`, xml: '<TEI/>', teiSha: id.repeat(8), next: {} });

describe('a chunk\'s outcomes', () => {
  it('name the files a render worker wrote into the fresh dist folder for a document validation refused after its render started, and none for the others', async () => {
    const docs = ['wrote', 'kept-nothing', 'failed', 'not-started'].map(doc);
    const started = new Map<string, Promise<PoolResult>>([
      ['wrote', Promise.resolve({ diagnostics: [], kept: { wrote: ['print/wrote.html', 'text/wrote.reading.txt', 'dc/wrote.xml'] } })],
      ['kept-nothing', Promise.resolve({ diagnostics: [], kept: { wrote: [] } })],
      ['failed', Promise.reject(new Error('the worker went away'))],
    ]);
    const outcomes = await renderChunk(ctx, docs, new Set(docs.map((d) => d.id)), started);
    expect(outcomes).toEqual([
      { id: 'wrote', name: 'wrote.txt', teiPath: 'tei/wrote.xml', teiSha: 'wrote'.repeat(8), harvested: false, recordKey: '', isTei: false, early: ['print/wrote.html', 'text/wrote.reading.txt', 'dc/wrote.xml'] },
      { id: 'kept-nothing', name: 'kept-nothing.txt', teiPath: 'tei/kept-nothing.xml', teiSha: 'kept-nothing'.repeat(8), harvested: false, recordKey: '', isTei: false },
      { id: 'failed', name: 'failed.txt', teiPath: 'tei/failed.xml', teiSha: 'failed'.repeat(8), harvested: false, recordKey: '', isTei: false },
      { id: 'not-started', name: 'not-started.txt', teiPath: 'tei/not-started.xml', teiSha: 'not-started'.repeat(8), harvested: false, recordKey: '', isTei: false },
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEditions, type RenderDoc } from '../../../src/render/index.js';
import { documentPool, poolAvailable, WORKER_LIMITS } from '../../../src/render/pool.js';

const repo = join(import.meta.dirname, '../../..');

/** Ten documents: more stylesheet runs than the pool's threshold. */
function corpus(): RenderDoc[] {
  const names = ['1962-11-05-kennedy-to-khrushchev-draft-and-telegram', '1962-11-06-kennedy-to-khrushchev'];
  return Array.from({ length: 10 }, (_, i) => {
    const name = names[i % 2]!;
    return { id: `${name}-${i}`, file: `tei/${name}-${i}.xml`, xml: readFileSync(join(repo, 'tei', `${name}.xml`), 'utf8') };
  });
}

describe('rendering a large batch on worker threads', () => {
  it('gives exactly the files rendering in one thread gives', async () => {
    // The pool runs the compiled worker (npm test builds first); without it this test would compare one thread with itself.
    expect(poolAvailable()).toBe(true);
    const opts = { targets: ['html', 'print', 'text'] as const, chromium: null };
    const pooled = await renderEditions(corpus(), opts);
    process.env.TEIPRESS_RENDER_WORKERS = '0';
    try {
      const single = await renderEditions(corpus(), opts);
      expect(pooled).toEqual(single);
      // five files per document, the index, the search page and the site's assets
      expect(pooled.files.filter((f) => !f.path.startsWith('assets/')).length).toBe(10 * 5 + 2);
    } finally {
      delete process.env.TEIPRESS_RENDER_WORKERS;
    }
  });
});

describe('a render worker that runs out of heap', () => {
  it('has its batch rendered again without the old-generation cap, with the same outputs', async () => {
    expect(poolAvailable()).toBe(true);
    const docs = corpus().slice(0, 3);
    const opts = { targets: ['html', 'print', 'text'] as const, chromium: null };
    // 4 MB of old generation cannot even hold saxon-js: every capped worker ends out of memory.
    const starved = documentPool(opts, 2, { ...WORKER_LIMITS, maxOldGenerationSizeMb: 4 });
    const single = documentPool(opts, 1);
    try {
      const retried = await Promise.all(docs.map((d) => starved.render(d)));
      const inThread = await Promise.all(docs.map((d) => single.render(d)));
      expect(retried).toEqual(inThread);
      expect(retried.map((r) => [...(r.rendered?.made ?? [])].sort())).toEqual(docs.map(() => ['diplomatic', 'html', 'print', 'reading', 'tei']));
    } finally {
      await starved.close();
      await single.close();
    }
  });

  it('is never handed a batch after it ended while idle (a warmed worker that ran out of heap loading)', async () => {
    expect(poolAvailable()).toBe(true);
    const docs = corpus().slice(0, 2);
    const opts = { targets: ['html'] as const, chromium: null };
    const starved = documentPool(opts, 2, { ...WORKER_LIMITS, maxOldGenerationSizeMb: 4 });
    const single = documentPool(opts, 1);
    try {
      starved.warm();
      // the warmed worker loads saxon-js with no batch to render and ends out of memory meanwhile
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const rendered = await Promise.all(docs.map((d) => starved.render(d)));
      expect(rendered).toEqual(await Promise.all(docs.map((d) => single.render(d))));
    } finally {
      await starved.close();
      await single.close();
    }
  }, 60_000);
});

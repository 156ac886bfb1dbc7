import { describe, expect, it } from 'vitest';
import { lazyPool } from '../../../src/edition/lazy-pool.js';
import type { DocumentPool } from '../../../src/render/pool.js';

/** A pool that records what is asked of it, and how many times it was made. */
function recorder(): { made: number; events: string[]; make: () => Promise<DocumentPool> } {
  const r = { made: 0, events: [] as string[], make: async (): Promise<DocumentPool> => {
    r.made++;
    return {
      render: async (doc) => { r.events.push(`render ${doc.id}`); return { diagnostics: [] }; },
      warm: () => { r.events.push('warm'); },
      close: async () => { r.events.push('close'); },
    };
  } };
  return r;
}

describe('the lazy render pool', () => {
  it('makes no pool when nothing is rendered, and closing it then closes nothing', async () => {
    const r = recorder();
    const pool = lazyPool(r.make);
    await pool.close();
    expect({ made: r.made, events: r.events }).toEqual({ made: 0, events: [] });
  });

  it('makes the pool once, on the first document, hands every document to it and closes it', async () => {
    const r = recorder();
    const pool = lazyPool(r.make);
    expect(r.made).toEqual(0);
    const results = await Promise.all(['a', 'b', 'c'].map((id) => pool.render({ id, file: `${id}.xml`, xml: '<TEI/>' })));
    await pool.close();
    expect(results).toEqual([{ diagnostics: [] }, { diagnostics: [] }, { diagnostics: [] }]);
    expect({ made: r.made, events: r.events }).toEqual({ made: 1, events: ['render a', 'render b', 'render c', 'close'] });
  });

  it('makes the pool on warm, before any document, and makes it once for the documents that follow', async () => {
    const r = recorder();
    const pool = lazyPool(r.make);
    pool.warm();
    pool.warm();
    await pool.render({ id: 'a', file: 'a.xml', xml: '<TEI/>' });
    await pool.close();
    expect({ made: r.made, events: r.events }).toEqual({ made: 1, events: ['warm', 'warm', 'render a', 'close'] });
  });
});

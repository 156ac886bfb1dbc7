import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR } from '../../../src/node/cache-folder.js';
import { openDocCache } from '../../../src/edition/doc-cache.js';

/** The names in the cache's record and part folders. */
const listing = (root: string): { docs: string[]; parts: string[] } => ({
  docs: readdirSync(join(root, CACHE_DIR, 'docs')).filter((n) => !n.startsWith('.')).sort(),
  parts: readdirSync(join(root, CACHE_DIR, 'parts')).filter((n) => !n.startsWith('.')).sort(),
});

/** An edition root whose cache was written and pruned by one build: record `a`, part `k1.body`. */
async function builtOnce(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'teipress-prune-'));
  const cache = await openDocCache(root, true);
  await cache.write('a', {});
  await cache.putPart('k1', 'body', 'made');
  await cache.putPart('old', 'body', 'left by an earlier build');
  await cache.prune(new Set(['a']), new Set(['k1']));
  return root;
}

describe('pruning the build cache', () => {
  it('removes what the build no longer uses, and keeps what it does', async () => {
    expect(listing(await builtOnce())).toEqual({ docs: ['a.json'], parts: ['k1.body'] });
  });

  it('is skipped by a build that wrote nothing and keeps the same documents and keys (a file put there by hand stays until a build writes)', async () => {
    const root = await builtOnce();
    writeFileSync(join(root, CACHE_DIR, 'parts', 'stray.body'), 'by hand');
    await (await openDocCache(root, true)).prune(new Set(['a']), new Set(['k1']));
    expect(listing(root)).toEqual({ docs: ['a.json'], parts: ['k1.body', 'stray.body'] });
    const next = await openDocCache(root, true);
    await next.putPart('k1', 'reading', 'text');
    await next.prune(new Set(['a']), new Set(['k1']));
    expect(listing(root)).toEqual({ docs: ['a.json'], parts: ['k1.body', 'k1.reading'] });
  });

  it('runs after a build that was killed after writing and before pruning', async () => {
    const root = await builtOnce();
    // The killed build: one part written, no prune.
    await (await openDocCache(root, true)).putPart('k9', 'body', 'half a build');
    await (await openDocCache(root, true)).prune(new Set(['a']), new Set(['k1']));
    expect(listing(root)).toEqual({ docs: ['a.json'], parts: ['k1.body'] });
  });

  it('runs when the documents or keys differ from the last prune, written or not', async () => {
    const root = await builtOnce();
    await (await openDocCache(root, true)).prune(new Set(), new Set(['k1']));
    expect(listing(root)).toEqual({ docs: [], parts: ['k1.body'] });
    await (await openDocCache(root, true)).prune(new Set(), new Set());
    expect(listing(root)).toEqual({ docs: [], parts: [] });
  });

  it('always runs under --force (nothing read from the cache)', async () => {
    const root = await builtOnce();
    writeFileSync(join(root, CACHE_DIR, 'parts', 'stray.body'), 'by hand');
    await (await openDocCache(root, false)).prune(new Set(['a']), new Set(['k1']));
    expect(listing(root)).toEqual({ docs: ['a.json'], parts: ['k1.body'] });
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled, CACHE_DIR, readBundledPart } from '../../../src/node/cache-folder.js';
import { openDocCache } from '../../../src/edition/doc-cache.js';

const root = (): string => mkdtempSync(join(tmpdir(), 'teipress-bundle-'));
const parts = (at: string): string[] => readdirSync(join(at, CACHE_DIR, 'parts')).sort();
const text = (b: Buffer | undefined): string | undefined => b?.toString('utf8');

// Parts whose text looks like the bundle's own first line, holds line breaks, and has
// characters of two, three and four UTF-8 bytes: each must come back with exactly its bytes.
const BODY = '[["print",3]]\n<div>Zürich — 𝔄</div>\n';
const READING = '\n\nline one\nline two';
const PRINT = new Uint8Array([0xe2, 0x80, 0x94, 0x0a, 0x41]);

describe('the parts of one render, kept as one file', () => {
  it('gives each part its own bytes, and nothing for a part the render did not make', async () => {
    const at = root();
    const cache = await openDocCache(at, true);
    await cache.putParts('k1', { body: BODY, reading: READING, print: PRINT, search: '' });
    expect(parts(at)).toEqual(['k1.render']);
    expect(text(await cache.getPart('k1', 'body'))).toBe(BODY);
    expect(text(await cache.getPart('k1', 'reading'))).toBe(READING);
    expect([...((await cache.getPart('k1', 'print')) ?? [])]).toEqual([...PRINT]);
    expect(text(await cache.getPart('k1', 'search'))).toBe('');
    expect(await cache.getPart('k1', 'diplomatic')).toBeUndefined();
    // another key's parts are not this key's
    expect(await cache.getPart('k2', 'body')).toBeUndefined();
    rmSync(at, { recursive: true, force: true });
  });

  it('writes no file for a render that made no part, and still gives a part put on its own', async () => {
    const at = root();
    const cache = await openDocCache(at, true);
    await cache.putParts('k1', {});
    await cache.putPart('k1', 'record', '{"title":"A"}');
    await cache.putPart('k3', 'body', 'alone');
    expect(parts(at)).toEqual(['k1.record', 'k3.body']);
    expect(await cache.getPart('k1', 'body')).toBeUndefined();
    expect(text(await cache.getPart('k1', 'record'))).toBe('{"title":"A"}');
    expect(text(await cache.getPart('k3', 'body'))).toBe('alone');
    rmSync(at, { recursive: true, force: true });
  });

  it('keeps the bundle of a key the build still uses when it prunes, and removes the others', async () => {
    const at = root();
    const cache = await openDocCache(at, true);
    await cache.putParts('keep', { body: 'kept' });
    await cache.putParts('gone', { body: 'old' });
    await cache.prune(new Set(), new Set(['keep']));
    expect(parts(at)).toEqual(['keep.render']);
    expect(text(await cache.getPart('keep', 'body'))).toBe('kept');
    rmSync(at, { recursive: true, force: true });
  });
});

describe('one part read from a bundle file', () => {
  it('is read alone, after a head line longer than one read and before and after large parts', () => {
    const at = root();
    const file = join(at, 'b.render');
    // Forty parts with long names (a head of some 2,000 bytes), some of 200 KB.
    const made = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`part-${i}-${'n'.repeat(30)}`, i % 9 === 2 ? `${'é𝔄x'.repeat(30_000)}${i}` : `small ${i}\n`]));
    writeFileSync(file, bundled(made)!);
    for (const [name, content] of Object.entries(made)) expect(text(readBundledPart(file, name) ?? undefined)).toBe(content);
    expect(readBundledPart(file, 'absent')).toBeUndefined();
    expect(readBundledPart(join(at, 'none.render'), 'part-1')).toBeNull();
    rmSync(at, { recursive: true, force: true });
  });

  it('of a file cut short gives the bytes that are there', () => {
    const at = root();
    const file = join(at, 'b.render');
    const whole = bundled({ body: 'abcdef', reading: 'ghij' })!;
    writeFileSync(file, whole.subarray(0, whole.length - 2));
    expect(text(readBundledPart(file, 'body') ?? undefined)).toBe('abcdef');
    expect(text(readBundledPart(file, 'reading') ?? undefined)).toBe('gh');
    rmSync(at, { recursive: true, force: true });
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editedSince, MANIFEST_FILE, manifestPieces, readManifest, writeManifest, writeTracked, type Manifest } from '../../../src/edition/manifest.js';
import { sha256 } from '../../../src/util/sha256.js';

const h = (s: string) => sha256(new TextEncoder().encode(s));

describe('the manifest kept ahead of the TEI files', () => {
  it('counts a file as generated whether it holds the recorded or the announced bytes, and anything else as edited', () => {
    const m: Manifest = { generated: { 'a.xml': { sha256: h('old'), source: 't/a.txt', pending: h('new') } } };
    expect(['old', 'new', 'edited'].map((s) => editedSince('a.xml', Buffer.from(s), m))).toEqual([false, false, true]);
    expect(editedSince('b.xml', Buffer.from('x'), m)).toBe(true);
    expect(editedSince('b.xml', undefined, m)).toBe(false);
  });

  it('announces new checksums on disk before writing the files, then confirms them', async () => {
    const tei = mkdtempSync(join(tmpdir(), 'teipress-manifest-'));
    writeFileSync(join(tei, 'a.xml'), 'old');
    const m: Manifest = { generated: { 'a.xml': { sha256: h('old'), source: 't/a.txt' } } };
    await writeTracked(tei, m, [{ name: 'a.xml', xml: 'new', source: 't/a.txt', current: Buffer.from('old') }, { name: 'b.xml', xml: 'bee', source: 't/b.txt' }]);
    // The manifest on disk was written before the files: it still announces "new" as pending.
    expect((JSON.parse(readFileSync(join(tei, MANIFEST_FILE), 'utf8')) as Manifest).generated).toEqual({
      'a.xml': { sha256: h('old'), source: 't/a.txt', pending: h('new') },
      'b.xml': { sha256: h('bee'), source: 't/b.txt' },
    });
    expect(readFileSync(join(tei, 'a.xml'), 'utf8')).toBe('new');
    await writeManifest(tei, m);
    expect((await readManifest(tei)).manifest.generated).toEqual({ 'a.xml': { sha256: h('new'), source: 't/a.txt' }, 'b.xml': { sha256: h('bee'), source: 't/b.txt' } });
  });

  it('keeps an edited file recognisable as edited while --force replaces it', async () => {
    const tei = mkdtempSync(join(tmpdir(), 'teipress-manifest-'));
    const m: Manifest = { generated: { 'a.xml': { sha256: h('generated'), source: 't/a.txt' } } };
    await writeTracked(tei, m, [{ name: 'a.xml', xml: 'fresh', source: 't/a.txt', current: Buffer.from('hand edit') }]);
    const onDisk = JSON.parse(readFileSync(join(tei, MANIFEST_FILE), 'utf8')) as Manifest;
    expect(editedSince('a.xml', Buffer.from('hand edit'), onDisk)).toBe(true);
  });
});

describe('the manifest file written in pieces', () => {
  const whole = (m: Manifest): string => `${JSON.stringify({ generated: Object.fromEntries(Object.entries(m.generated).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }, null, 2)}\n`;
  const entry = (i: number) => ({ sha256: h(`tei ${i}`), source: `t/${i}.txt`, ...(i % 3 ? { transcript: h(`txt ${i}`) } : {}), ...(i % 5 === 0 ? { pending: h(`new ${i}`), adopted: true as const } : {}) });

  it('is the whole JSON text, sorted by name, in pieces of a few hundred entries', () => {
    // Names out of order, beyond one piece, with non-ASCII and escaped characters.
    const names = Array.from({ length: 700 }, (_, i) => `${(i * 389) % 700}-doc${i % 7 ? '' : 'é "q"'}.xml`);
    const m: Manifest = { generated: Object.fromEntries(names.map((n, i) => [n, entry(i)])) };
    const pieces = [...manifestPieces(m)];
    expect(pieces.length).toBe(3);
    expect(pieces.join('')).toBe(whole(m));
  });

  it('lists names that look like array indices first, in numeric order, as JSON.stringify does', () => {
    const m: Manifest = { generated: { 'b.xml': entry(1), '10': entry(2), 'a.xml': entry(3), '9': entry(4), '007': entry(5) } };
    const text = [...manifestPieces(m)].join('');
    expect(text).toBe(whole(m));
    expect(Object.keys((JSON.parse(text) as Manifest).generated)).toEqual(['9', '10', '007', 'a.xml', 'b.xml']);
  });

  it('writes an empty manifest as an empty object, and reads back what it wrote', async () => {
    expect([...manifestPieces({ generated: {} })]).toEqual(['{\n  "generated": {}\n}\n']);
    const tei = mkdtempSync(join(tmpdir(), 'teipress-manifest-'));
    const m: Manifest = { generated: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`d${i}.xml`, entry(i)])) };
    await writeManifest(tei, m);
    expect(readFileSync(join(tei, MANIFEST_FILE), 'utf8')).toBe(whole(m));
    expect((await readManifest(tei)).manifest).toEqual(m);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editedSince, MANIFEST_FILE, readManifest, writeManifest, writeTracked, type Manifest } from '../../../src/edition/manifest.js';
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

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { findFiles, isExcluded } from '../../../src/deposit/edition-files.js';

describe('finding the files of an edition to package', () => {
  it('never packages hidden entries, caches, temporary files or operating-system files', () => {
    const never = ['.git', '.teipress-cache', '.teipress-manifest.json', 'dist.tmp-4242', 'dist.old-17', 'notes.txt~', 'x.swp', 'y.tmp', 'Thumbs.db', '.DS_Store', 'node_modules'];
    const kept = ['letter.xml', 'tmp-notes.txt', 'old.html', 'a.tmp.txt', 'dist', 'temporary.txt'];
    expect(never.filter((n) => !isExcluded(n))).toEqual([]);
    expect(kept.filter((n) => isExcluded(n))).toEqual([]);
  });

  it('follows a link inside the edition, refuses one that points outside with a diagnostic, and skips excluded folders', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'teipress-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'not part of the edition');
    const root = mkdtempSync(join(tmpdir(), 'teipress-edition-'));
    mkdirSync(join(root, 'dist/html'), { recursive: true });
    mkdirSync(join(root, 'dist/.git'));
    writeFileSync(join(root, 'dist/.git/HEAD'), 'ref');
    writeFileSync(join(root, 'dist/html/a.html'), '<p/>');
    writeFileSync(join(root, 'dist/index.html'), '<p/>');
    symlinkSync(join(root, 'dist/index.html'), join(root, 'dist/start.html'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'dist/secret.txt'));
    const ds: Diagnostic[] = [];
    const found = await findFiles(root, join(root, 'dist'), ds);
    expect(found.map((f) => f.rel)).toEqual(['html/a.html', 'index.html', 'start.html']);
    expect(ds.map((d) => [d.rule, d.severity, d.message.replace(outside, 'OUTSIDE')])).toEqual([
      ['deposit/symlink', 'error', 'dist/secret.txt is a symbolic link to OUTSIDE/secret.txt, outside the edition; it is not packaged.'],
    ]);
  });

  it('never finds TEI files in the TEI folder\'s hidden backup folder (tei/.teipress/backup/)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'teipress-edition-'));
    mkdirSync(join(root, 'tei/.teipress/backup'), { recursive: true });
    writeFileSync(join(root, 'tei/a.xml'), '<TEI/>');
    writeFileSync(join(root, 'tei/.teipress/backup/a.0123456789ab.xml'), '<TEI/>');
    writeFileSync(join(root, 'tei/.teipress-manifest.json'), '{}');
    const ds: Diagnostic[] = [];
    expect({ found: (await findFiles(root, join(root, 'tei'), ds)).map((f) => f.rel), ds }).toEqual({ found: ['a.xml'], ds: [] });
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_MARKER, distState, swapIn } from '../../../src/node/dist-swap.js';
import { removeLeftovers } from '../../../src/node/leftovers.js';
import { LOCK_FILE, lockEdition } from '../../../src/node/lock.js';

const dir = () => mkdtempSync(join(tmpdir(), 'teipress-lock-'));
/** The id of a process that has ended. */
const gonePid = () => spawnSync('node', ['-e', '']).pid ?? 999_999;

describe('lockEdition', () => {
  it('gives the lock once: a second attempt while it is held names the holder', async () => {
    const root = dir();
    const first = await lockEdition(root);
    const second = await lockEdition(root);
    expect('release' in first).toBe(true);
    expect('heldBy' in second ? second.heldBy.pid : undefined).toBe(process.pid);
    if ('release' in first) await first.release();
    expect(readdirSync(root)).toEqual([]);
  });

  it('breaks a lock whose process is gone, and an unreadable lock', async () => {
    for (const text of [JSON.stringify({ pid: gonePid(), started: '2026-01-01T00:00:00.000Z' }), 'not json']) {
      const root = dir();
      writeFileSync(join(root, LOCK_FILE), text);
      const r = await lockEdition(root);
      expect('release' in r).toBe(true);
      if ('release' in r) await r.release();
      expect(existsSync(join(root, LOCK_FILE))).toBe(false);
    }
  });
});

describe('removeLeftovers', () => {
  it("removes only teipress's own temporary files and folders whose process is gone", async () => {
    const root = dir();
    const tei = join(root, 'tei');
    const dead = gonePid();
    const mk = (rel: string, marker = true) => {
      mkdirSync(join(root, rel), { recursive: true });
      writeFileSync(join(root, rel, 'index.html'), 'x');
      if (marker) writeFileSync(join(root, rel, DIST_MARKER), 'teipress');
    };
    mk(`dist.tmp-${dead}`);
    mk(`dist.old-${dead}`);
    mk(`dist.tmp-${process.pid}`);
    mk(`dist.old-${dead + 1}x`);
    mk(`dist.tmp-${dead}0`, false);
    mk(`mydist.tmp-${dead}`);
    mkdirSync(join(root, `dist.old-${dead}1`));
    mkdirSync(tei, { recursive: true });
    for (const n of [`.a.xml.${dead}.tmp`, `.b.xml.${dead}-3.tmp`, `.c.xml.${process.pid}-1.tmp`, 'notes.tmp', `a.xml.${dead}.tmp`]) writeFileSync(join(tei, n), 'x');
    writeFileSync(join(root, `${LOCK_FILE}.${dead}.tmp`), 'x');
    const removed = await removeLeftovers(root, tei, join(root, 'dist'));
    expect(removed.map((p) => p.slice(root.length + 1)).sort()).toEqual([`.teipress.lock.${dead}.tmp`, `dist.old-${dead}`, `dist.old-${dead}1`, `dist.tmp-${dead}`, `tei/.a.xml.${dead}.tmp`, `tei/.b.xml.${dead}-3.tmp`].sort());
    expect(readdirSync(root).sort()).toEqual([`dist.old-${dead + 1}x`, `dist.tmp-${dead}0`, `dist.tmp-${process.pid}`, `mydist.tmp-${dead}`, 'tei'].sort());
    expect(readdirSync(tei).sort()).toEqual([`.c.xml.${process.pid}-1.tmp`, `a.xml.${dead}.tmp`, 'notes.tmp'].sort());
  });
});

describe('swapIn', () => {
  it('refuses a dist it did not make and leaves it whole', async () => {
    const root = dir();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/mine.txt'), 'keep');
    expect(await swapIn(join(root, 'dist'), [{ path: 'index.html', content: 'x' }])).toBe('is a folder that teipress did not make (it has no .teipress-dist file) and is not empty');
    expect(readdirSync(join(root, 'dist'))).toEqual(['mine.txt']);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('replaces its own dist with the new files and leaves nothing beside it', async () => {
    const root = dir();
    const dist = join(root, 'dist');
    expect(await distState(dist)).toBe('absent');
    await swapIn(dist, [{ path: 'a/one.html', content: '1' }]);
    expect(await distState(dist)).toBe('ours');
    await swapIn(dist, [{ path: 'two.html', content: '2' }]);
    expect({ root: readdirSync(root), dist: readdirSync(dist).sort() }).toEqual({ root: ['dist'], dist: [DIST_MARKER, 'two.html'] });
  });
});

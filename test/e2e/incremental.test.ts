import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, snapshot, teipress } from './helpers.js';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
const args = ['build', '.', '--no-pdf', '--no-tei-all'];

/** A short dated letter; `version` changes its body only (not its title or date). */
const letter = (i: number, version: number) =>
  `Washington, March ${i + 1}, 1962\n\nDear Sir:\n\nItem ${i} of lot ${version} was received in good order.\n\nSincerely yours,\n\nA. Clerk\n`;

function edition(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-incr-'));
  mkdirSync(join(dir, 'transcripts'));
  for (let i = 1; i <= count; i++) writeFileSync(join(dir, `transcripts/note-${i}.txt`), letter(i, 1));
  return dir;
}

/** The inode of every file in dist: a file rewritten (atomically, by rename) gets a new one. */
function inodes(dir: string): Record<string, number> {
  return Object.fromEntries(Object.keys(snapshot(join(dir, 'dist'))).filter((p) => !p.endsWith('/')).map((p) => [p, statSync(join(dir, 'dist', p)).ino]));
}

const rewritten = (before: Record<string, number>, after: Record<string, number>) => Object.keys(after).filter((p) => before[p] !== after[p]).sort();

/** The dist a fresh build of the same transcripts and config gives (in a folder of its own). */
async function freshDist(dir: string): Promise<Record<string, string>> {
  const fresh = mkdtempSync(join(tmpdir(), 'teipress-fresh-'));
  cpSync(join(dir, 'transcripts'), join(fresh, 'transcripts'), { recursive: true });
  try {
    cpSync(join(dir, 'teipress.config.json'), join(fresh, 'teipress.config.json'));
  } catch {
    // no config: the defaults
  }
  expect((await teipress(args, fresh, env)).code).toBe(0);
  const dist = snapshot(join(fresh, 'dist'));
  rmSync(fresh, { recursive: true, force: true });
  return dist;
}

describe('an incremental build', () => {
  it('writes nothing when nothing changed, and after a change, a removal, a config change and --force gives the dist of a fresh build', async () => {
    const dir = edition(4);
    expect((await teipress(args, dir, env)).code).toBe(0);
    const first = inodes(dir);

    const noop = await teipress(args, dir, env);
    expect({ code: noop.code, line: /; (\d+) files? in dist/u.exec(noop.stderr)?.[1], rewritten: rewritten(first, inodes(dir)) }).toEqual({ code: 0, line: '0', rewritten: [] });

    writeFileSync(join(dir, 'transcripts/note-2.txt'), letter(2, 2));
    expect((await teipress(args, dir, env)).code).toBe(0);
    const afterChange = inodes(dir);
    expect(rewritten(first, afterChange)).toEqual(['assets/search-index.js', 'cmif.xml', 'dc/note-2.xml', 'html/note-2.html', 'index.html', 'print/note-2.html', 'tei/note-2.xml', 'text/note-2.diplomatic.txt', 'text/note-2.reading.txt']);
    expect(snapshot(join(dir, 'dist'))).toEqual(await freshDist(dir));

    rmSync(join(dir, 'transcripts/note-3.txt'));
    writeFileSync(join(dir, 'dist/stray.txt'), 'put there by hand\n');
    expect((await teipress(args, dir, env)).code).toBe(0);
    expect(Object.keys(inodes(dir)).filter((p) => p.includes('note-3') || p === 'stray.txt')).toEqual([]);
    expect(snapshot(join(dir, 'dist'))).toEqual(await freshDist(dir));

    writeFileSync(join(dir, 'teipress.config.json'), JSON.stringify({ title: 'Letters of a clerk' }));
    expect((await teipress(args, dir, env)).code).toBe(0);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('Letters of a clerk');
    expect(snapshot(join(dir, 'dist'))).toEqual(await freshDist(dir));

    const beforeForce = inodes(dir);
    expect((await teipress([...args, '--force'], dir, env)).code).toBe(0);
    const afterForce = inodes(dir);
    expect(rewritten(beforeForce, afterForce)).toEqual(Object.keys(afterForce).sort());
    expect(snapshot(join(dir, 'dist'))).toEqual(await freshDist(dir));
    expect(readFileSync(join(dir, '.teipress/cache/.gitignore'), 'utf8')).toContain('\n*\n');
  }, 300_000);
});

describe('a build on several worker threads', () => {
  it('writes the same TEI and dist with --jobs 1, 2 and 3 (the main thread rendering, one worker, two)', async () => {
    const one = edition(7);
    const two = edition(7);
    const three = edition(7);
    expect((await teipress([...args, '--jobs', '1'], one, env)).code).toBe(0);
    expect((await teipress([...args, '--jobs', '2'], two, env)).code).toBe(0);
    expect((await teipress([...args, '--jobs', '3'], three, env)).code).toBe(0);
    const outputs = (dir: string) => ({ tei: snapshot(join(dir, 'tei')), dist: snapshot(join(dir, 'dist')) });
    expect(outputs(two)).toEqual(outputs(one));
    expect(outputs(three)).toEqual(outputs(one));
    expect(Object.keys(outputs(one).dist).filter((p) => p.startsWith('html/'))).toEqual(['html/', ...Array.from({ length: 7 }, (_, i) => `html/note-${i + 1}.html`)]);
  }, 180_000);

  it('refuses a --jobs that is not a whole number from 1 with a usage error', async () => {
    const r = await teipress([...args, '--jobs', '0'], edition(1), env);
    expect({ code: r.code, stderr: r.stderr.trim() }).toEqual({ code: 2, stderr: expect.stringContaining('--jobs takes a whole number from 1, not "0".') as unknown as string });
  });
});

/** What a plain build said: its counts and the places and rules of its diagnostics. */
function said(stderr: string): { converted?: string; written?: string; diagnostics: string[] } {
  const counts = /(\d+) converted, \d+ kept as edited; (\d+) files? in /u.exec(stderr);
  const diagnostics = stderr.split('\n').filter((l) => /^[^ ]+:\d+:\d+: /u.test(l)).map((l) => l.replace(/: .*\[/u, ' ['));
  return { converted: counts?.[1], written: counts?.[2], diagnostics };
}

describe('a build run from another working folder', () => {
  it('converts, validates and renders nothing that the last build made from the same inputs, and names the kept diagnostics from where it runs', async () => {
    const dir = edition(2);
    writeFileSync(join(dir, 'transcripts/open.txt'), 'Dear Sir:\n\nThe parcel [came on Tuesday.\n\nSincerely yours,\n\nA. Clerk\n');
    const first = await teipress(args, dir, env);
    expect({ code: first.code, ...said(first.stderr) }).toEqual({ code: 0, converted: '3', written: expect.any(String), diagnostics: ['transcripts/open.txt:3:12 [convert/unbalanced-marker]'] });
    const before = inodes(dir);

    const name = basename(dir);
    const other = await teipress(['build', name, '--no-pdf', '--no-tei-all'], dirname(dir), env);
    expect({ code: other.code, ...said(other.stderr), rewritten: rewritten(before, inodes(dir)) }).toEqual({ code: 0, converted: '0', written: '0', diagnostics: [`${name}/transcripts/open.txt:3:12 [convert/unbalanced-marker]`], rewritten: [] });

    // A changed transcript is still converted (only it) from there.
    writeFileSync(join(dir, 'transcripts/note-1.txt'), letter(1, 2));
    const changed = await teipress(['build', name, '--no-pdf', '--no-tei-all'], dirname(dir), env);
    expect({ code: changed.code, converted: said(changed.stderr).converted }).toEqual({ code: 0, converted: '1' });
  });
});

describe('a build that validates a cached conversion again', () => {
  it('still points the problems it finds at the transcript: the source map is made again from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipress-incr-map-'));
    mkdirSync(join(dir, 'transcripts'));
    // The third page of a memorandum follows its first: a page-sequence warning on the TEI, placed in the transcript by the source map.
    writeFileSync(join(dir, 'transcripts/memo.txt'), 'MEMORANDUM FOR THE FILE\n\nMarch 3, 1951\n\n1. The office has reported the figures for the quarter.\n\nPage 3 of 4\n\n2. The group has circulated the terms of the agreement.\n');
    const from = (stderr: string) => stderr.split('\n').filter((l) => l.includes('[validate/page-sequence]') || l.startsWith('  from ')).map((l) => l.replace(/: warning: .*\[/u, ' ['));
    const first = await teipress(args, dir, env);
    expect({ code: first.code, converted: said(first.stderr).converted, lines: from(first.stderr) }).toEqual({ code: 0, converted: '1', lines: ['tei/memo.xml:47:73 [validate/page-sequence]', '  from transcripts/memo.txt:7:1'] });
    // With tei_all as well, the TEI is validated again; the conversion comes from the cache.
    const again = await teipress(['build', '.', '--no-pdf'], dir, env);
    expect({ code: again.code, converted: said(again.stderr).converted, lines: from(again.stderr) }).toEqual({ code: 0, converted: '0', lines: ['tei/memo.xml:47:73 [validate/page-sequence]', '  from transcripts/memo.txt:7:1'] });
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('an incremental build killed while it updates dist in place', () => {
  it('leaves every file complete, and the next build gives the dist of a fresh build', async () => {
    const dir = edition(40);
    expect((await teipress(args, dir, env)).code).toBe(0);
    for (let i = 1; i <= 40; i++) writeFileSync(join(dir, `transcripts/note-${i}.txt`), letter(i, 3));
    const record = join(dir, '.teipress/cache/dist.json');
    const child = spawn('node', [cli, ...args], { cwd: dir, env, stdio: 'ignore' });
    const timer = setInterval(() => {
      // Killed once the record names files as dirty: the in-place writes are under way.
      if (existsSync(record) && readFileSync(record, 'utf8').includes('"dirty"')) child.kill('SIGKILL');
    }, 2);
    const signal = await new Promise((resolve) => child.on('exit', (_c, s) => resolve(s)));
    clearInterval(timer);
    expect(signal).toBe('SIGKILL');
    const again = await teipress(args, dir, env);
    expect(again.code).toBe(0);
    expect(Object.keys(snapshot(join(dir, 'dist'))).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    expect(snapshot(join(dir, 'dist'))).toEqual(await freshDist(dir));
  }, 300_000);
});

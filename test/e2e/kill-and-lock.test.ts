import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKilledWhen as killedBuild, snapshot, teipress } from './helpers.js';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };

/** A tiny letter; `version` changes its text, so a rebuild has new TEI to write. */
const letter = (i: number, version: number) =>
  `Dear Sir:\n\nItem ${i} of lot ${version} was received in good order on the third of March.\n\nSincerely yours,\n\nA. Clerk\n`;

function edition(count: number, version: number, dir = mkdtempSync(join(tmpdir(), 'teipress-kill-'))): string {
  mkdirSync(join(dir, 'transcripts'), { recursive: true });
  for (let i = 1; i <= count; i++) writeFileSync(join(dir, `transcripts/note-${String(i).padStart(3, '0')}.txt`), letter(i, version));
  return dir;
}

/** What a build leaves that the comparison is about: the TEI (with its manifest) and dist. */
const outputs = (dir: string) => ({ tei: snapshot(join(dir, 'tei')), dist: snapshot(join(dir, 'dist')) });

const buildKilledWhen = (dir: string, when: (pid: number) => boolean) => killedBuild(dir, when, env);

const teiCount = (dir: string) => (existsSync(join(dir, 'tei')) ? readdirSync(join(dir, 'tei')).filter((n) => n.endsWith('.xml')).length : 0);
const manifestText = (dir: string) => readFileSync(join(dir, 'tei/.teipress-manifest.json'), 'utf8');

describe('a build killed at any moment, then built again', () => {
  it('leaves, after one ordinary build, the same TEI and dist as a clean build, and exits 0', async () => {
    const killed = edition(150, 1);
    const clean = edition(150, 2);
    const cleanRun = teipress(['build', '.', '--no-pdf', '--no-tei-all'], clean, env);
    // 1: during the first conversion, with some TEI written and the rest not.
    const first = await buildKilledWhen(killed, () => teiCount(killed) >= 60);
    expect({ signal: first.signal, partial: teiCount(killed) < 150 }).toEqual({ signal: 'SIGKILL', partial: true });
    // 2: the transcripts change; killed while the manifest announces files not yet written.
    edition(150, 2, killed);
    const second = await buildKilledWhen(killed, () => manifestText(killed).includes('"pending"'));
    expect(second.signal).toBe('SIGKILL');
    // 3: while its fresh dist folder is being written beside the old one (the build fills it
    // from its start; the folder the second build left is gone by then).
    const third = await buildKilledWhen(killed, (pid) => readdirSync(killed).includes(`dist.tmp-${pid}`));
    expect(third.signal).toBe('SIGKILL');
    expect(readdirSync(killed).filter((n) => n.startsWith('dist.tmp-') || n === '.teipress.lock')).toEqual([`dist.tmp-${third.pid}`, '.teipress.lock'].sort());

    const again = await teipress(['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'], killed, env);
    const rules = (JSON.parse(again.stderr) as { rule: string }[]).map((d) => d.rule);
    expect({ code: again.code, edited: rules.filter((r) => r === 'source/tei-edited') }).toEqual({ code: 0, edited: [] });
    expect((await cleanRun).code).toBe(0);
    // .teipress holds the build cache (teipress's own, like dist).
    expect(readdirSync(killed).sort()).toEqual(['.teipress', 'dist', 'tei', 'transcripts']);
    expect(outputs(killed)).toEqual(outputs(clean));
  }, 240_000);
});

describe('two builds of one edition at once', () => {
  it('lets the second refuse at once with the holder named, exit 1, and leaves the edition as a clean build would', async () => {
    const dir = edition(6, 1);
    const clean = edition(6, 1);
    const firstDone = teipress(['build', '.', '--no-pdf', '--no-tei-all'], dir, env);
    const lock = join(dir, '.teipress.lock');
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 5));
    const holder = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; started: string };
    const second = await teipress(['build', '.', '--no-pdf', '--no-tei-all'], dir, env);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`.teipress.lock:1:1: error: Another build of this edition is running (process ${holder.pid}, started ${holder.started}); nothing was written.`);
    expect((await firstDone).code).toBe(0);
    expect((await teipress(['build', '.', '--no-pdf', '--no-tei-all'], clean, env)).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect(outputs(dir)).toEqual(outputs(clean));
  }, 120_000);

  it('breaks a lock whose holder is gone and builds', async () => {
    const dir = edition(2, 1);
    const gone = spawnSync('node', ['-e', '']).pid;
    writeFileSync(join(dir, '.teipress.lock'), JSON.stringify({ pid: gone, started: '2026-01-01T00:00:00.000Z' }) + '\n');
    const r = await teipress(['build', '.', '--no-pdf', '--no-tei-all'], dir, env);
    expect({ code: r.code, lockLeft: existsSync(join(dir, '.teipress.lock')), html: existsSync(join(dir, 'dist/html/note-001.html')) }).toEqual({ code: 0, lockLeft: false, html: true });
  }, 60_000);
});

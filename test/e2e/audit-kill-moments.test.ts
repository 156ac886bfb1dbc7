// Issue 7, item 3 with an edition of 300 documents: SIGKILLs at moments the other kill tests do
// not reach (while the first build renders into its cache and its fresh dist folder, while that
// folder's pages are half written, while a later build converts changed transcripts, and while
// it updates dist in place); afterwards one ordinary build exits 0, calls nothing hand-edited,
// and leaves TEI and dist identical to a clean build's.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKilledWhen, snapshot, teipress } from './helpers.js';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
const COUNT = 300;
const BUILD = ['build', '.', '--no-pdf', '--no-tei-all'];
const letter = (i: number, version: number) =>
  `Dear Sir:\n\nCrate ${i} of shipment ${version} reached the depot on the ninth of June.\n\nSincerely yours,\n\nB. Porter\n`;

/** Writes transcripts 1..COUNT (those with `changed(i)` at `version`, the rest at version 1). */
function transcripts(dir: string, version: number, changed: (i: number) => boolean = () => true): string {
  mkdirSync(join(dir, 'transcripts'), { recursive: true });
  for (let i = 1; i <= COUNT; i++) writeFileSync(join(dir, `transcripts/crate-${String(i).padStart(3, '0')}.txt`), letter(i, changed(i) ? version : 1));
  return dir;
}

const count = (dir: string, suffix: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(suffix)).length : 0);
const freshDist = (dir: string) => readdirSync(dir).find((n) => n.startsWith('dist.tmp-'));

/** Runs a build and SIGKILLs it as soon as `when` holds; resolves with the signal that ended it. */
const killedWhen = async (dir: string, when: () => boolean): Promise<NodeJS.Signals | null> => (await buildKilledWhen(dir, when, env)).signal;

const outputs = (dir: string) => ({ tei: snapshot(join(dir, 'tei')), dist: snapshot(join(dir, 'dist')) });

describe('an edition of 300 documents killed at four more moments of its builds', () => {
  it('is, after one ordinary build, what a clean build gives, with nothing called hand-edited, exit 0', async () => {
    const dir = transcripts(mkdtempSync(join(tmpdir(), 'teipress-audit-kill-')), 1);
    const parts = join(dir, '.teipress/cache/parts');
    // 1: the first build renders into its cache and its fresh dist folder, and no page has been made.
    expect(await killedWhen(dir, () => {
      const fresh = freshDist(dir);
      return count(parts, '.render') >= 40 && fresh !== undefined && count(join(dir, fresh, 'print'), '.html') >= 20 && !existsSync(join(dir, fresh, 'html'));
    })).toBe('SIGKILL');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    // 2: the fresh dist folder is half written.
    expect(await killedWhen(dir, () => {
      const fresh = freshDist(dir);
      return fresh !== undefined && count(join(dir, fresh, 'html'), '.html') >= COUNT / 2;
    })).toBe('SIGKILL');
    expect((await teipress(BUILD, dir, env)).code).toBe(0);
    // 3: half of the transcripts change; killed while the manifest announces TEI not yet written.
    transcripts(dir, 2, (i) => i % 2 === 0);
    const manifest = join(dir, 'tei/.teipress-manifest.json');
    expect(await killedWhen(dir, () => readFileSync(manifest, 'utf8').includes('"pending"'))).toBe('SIGKILL');
    // 4: the next build updates dist in place: killed once its record names files as dirty.
    const record = join(dir, '.teipress/cache/dist.json');
    expect(await killedWhen(dir, () => readFileSync(record, 'utf8').includes('"dirty"'))).toBe('SIGKILL');

    const again = await teipress([...BUILD, '--format', 'json'], dir, env);
    const rules = (JSON.parse(again.stderr) as { rule: string }[]).map((d) => d.rule);
    expect({ code: again.code, edited: rules.filter((r) => r === 'source/tei-edited') }).toEqual({ code: 0, edited: [] });
    const clean = transcripts(mkdtempSync(join(tmpdir(), 'teipress-audit-kill-clean-')), 2, (i) => i % 2 === 0);
    expect((await teipress(BUILD, clean, env)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.teipress', 'dist', 'tei', 'transcripts']);
    expect(outputs(dir)).toEqual(outputs(clean));
  }, 900_000);
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, snapshot, teipress } from './helpers.js';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
const hasParallel = spawnSync('parallel', ['--version']).status === 0;

const letter = (i: number) => `Boston, May ${i}, 1964\n\nDear Madam:\n\nThe ${i}th box of papers was sorted.\n\nYours truly,\n\nC. Archivist\n`;

function edition(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-par-'));
  mkdirSync(join(dir, 'transcripts'));
  for (let i = 1; i <= count; i++) writeFileSync(join(dir, `transcripts/box-${i}.txt`), letter(i));
  return dir;
}

describe.skipIf(!hasParallel)('shards run by GNU parallel (needs `parallel`: apt-get install parallel)', () => {
  it('build with the README invocation, then merge, into the TEI and dist of one whole build', async () => {
    const sharded = edition(9);
    const whole = edition(9);
    // The README's invocation, with the built CLI for teipress.
    execFileSync('parallel', ['--halt', 'now,fail=1', 'node', cli, 'build', '.', '--no-pdf', '--jobs', '1', '--shard', '{}/4', ':::', '1', '2', '3', '4'], { cwd: sharded, env, stdio: 'pipe' });
    const merged = await teipress(['merge', '.', '--shards', '4'], sharded, env);
    expect({ code: merged.code, summary: merged.stderr.trim().split('\n').at(-1) }).toEqual({ code: 0, summary: expect.stringMatching(/^merged 9 documents from 4 shards; [0-9]+ files in dist\/; 0 errors, 0 warnings$/u) as unknown as string });
    expect((await teipress(['build', '.', '--no-pdf'], whole, env)).code).toBe(0);
    const outputs = (dir: string) => ({ tei: snapshot(join(dir, 'tei')), dist: snapshot(join(dir, 'dist')) });
    expect(outputs(sharded)).toEqual(outputs(whole));
  }, 240_000);
});

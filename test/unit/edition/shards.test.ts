import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../../src/edition/build.js';
import { merge } from '../../../src/edition/merge.js';
import { inShard, parseShard } from '../../../src/edition/shard.js';
import { snapshot } from '../../e2e/helpers.js';

const letter = (i: number) => `Washington, April ${i}, 1963\n\nDear Sir:\n\nThe crate numbered ${i} was delivered.\n\nSincerely yours,\n\nB. Porter\n`;

function edition(names: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-shard-'));
  mkdirSync(join(dir, 'transcripts'));
  names.forEach((n, i) => writeFileSync(join(dir, 'transcripts', `${n}.txt`), letter(i + 1)));
  return dir;
}

const NAMES = ['crate-a', 'crate-b', 'crate-c', 'crate-d', 'crate-e', 'crate-f', 'crate-g'];
const OPTS = { targets: ['html', 'text'] as const, teiAll: false, buildDate: '2024-02-02', jobs: 1 };

describe('shards', () => {
  it('split the documents by a hash of their ids: every id in exactly one shard, the same one whatever the other ids', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `doc-${i}`);
    const owners = ids.map((id) => [1, 2, 3].filter((k) => inShard(id, { index: k, count: 3 })));
    expect(owners.every((o) => o.length === 1)).toBe(true);
    const sizes = [1, 2, 3].map((k) => owners.filter((o) => o[0] === k).length);
    expect(sizes.every((n) => n > 40)).toBe(true);
    expect([parseShard('2/3'), parseShard('0/3'), parseShard('4/3'), parseShard('2-3')]).toEqual([{ index: 2, count: 3 }, undefined, undefined, undefined]);
  });

  it('built one by one and merged give the TEI and dist of one whole build', async () => {
    const sharded = edition(NAMES);
    const whole = edition(NAMES);
    for (const index of [1, 2, 3]) {
      const s = await build(sharded, { ...OPTS, shard: { index, count: 3 } });
      expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
    const m = await merge(sharded, { shards: 3 });
    expect({ errors: m.diagnostics.filter((d) => d.severity === 'error'), documents: m.documents }).toEqual({ errors: [], documents: 7 });
    await build(whole, OPTS);
    expect({ tei: snapshot(join(sharded, 'tei')), dist: snapshot(join(sharded, 'dist')) }).toEqual({ tei: snapshot(join(whole, 'tei')), dist: snapshot(join(whole, 'dist')) });
  }, 240_000);

  it('refuse to merge while a shard is missing, naming it, and write nothing', async () => {
    const dir = edition(NAMES.slice(0, 3));
    await build(dir, { ...OPTS, shard: { index: 1, count: 2 } });
    const m = await merge(dir, { shards: 2 });
    expect(m.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.message])).toEqual([['build/shard-missing', 'Nothing was merged: shard 2/2 has not been built. Run teipress build --shard K/2 for each, with the same options, then merge.']]);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 120_000);
});

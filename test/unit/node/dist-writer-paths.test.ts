import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateDist, type DistOutput, type DistRecord } from '../../../src/node/dist-writer.js';

const out = (path: string, text: string): DistOutput => ({ path, key: `k-${text}`, make: () => Promise.resolve(text) });

/** A dist folder the writer made, with the record of what it holds. */
async function madeDist(): Promise<{ dist: string; record: DistRecord }> {
  const dist = join(mkdtempSync(join(tmpdir(), 'teipress-dist-paths-')), 'dist');
  const first = await updateDist(dist, 'dist', [out('html/a.html', 'one')], undefined, () => Promise.resolve());
  if (!first.record) throw new Error('the first update made no record');
  return { dist, record: first.record };
}

describe('an in-place dist update', () => {
  it('refuses an output path that climbs out of dist, and writes nothing', async () => {
    const { dist, record } = await madeDist();
    // An absolute path, made where the test runs rather than written into the repository.
    for (const bad of ['../escape.html', 'html/../../escape.html', join(tmpdir(), 'escape.html')]) {
      await expect(updateDist(dist, 'dist', [out('html/a.html', 'two'), out(bad, 'x')], record, () => Promise.resolve())).rejects.toThrow(`output path ${bad} leaves the dist folder`);
    }
    expect(readFileSync(join(dist, 'html/a.html'), 'utf8')).toEqual('one');
  });

  it('writes a name that only contains two dots inside a segment', async () => {
    const { dist, record } = await madeDist();
    const r = await updateDist(dist, 'dist', [out('html/a.html', 'one'), out('html/a..b.html', 'dots')], record, () => Promise.resolve());
    expect({ written: r.written, removed: r.removed, text: readFileSync(join(dist, 'html/a..b.html'), 'utf8') }).toEqual({ written: 1, removed: 0, text: 'dots' });
  });

  it('writes nothing through a folder replaced by a link, however deep, and swaps in a fresh dist instead', async () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'teipress-dist-paths-')), 'dist');
    const outputs = [out('index.html', 'i'), out('assets/fonts/a.woff2', 'f'), out('assets/b.css', 'c'), out('html/a.html', 'one')];
    const first = await updateDist(dist, 'dist', outputs, undefined, () => Promise.resolve());
    // The deepest folder becomes a link to a folder outside dist.
    const outside = join(dist, '..', 'outside');
    mkdirSync(outside);
    renameSync(join(dist, 'assets/fonts'), join(outside, 'fonts'));
    symlinkSync(join(outside, 'fonts'), join(dist, 'assets/fonts'));
    const changed = outputs.map((o) => (o.path === 'assets/fonts/a.woff2' ? out(o.path, 'f2') : o));
    const r = await updateDist(dist, 'dist', changed, first.record, () => Promise.resolve());
    expect({ written: r.written, outside: readFileSync(join(outside, 'fonts/a.woff2'), 'utf8'), inside: readFileSync(join(dist, 'assets/fonts/a.woff2'), 'utf8'), index: existsSync(join(dist, 'index.html')) }).toEqual({ written: 4, outside: 'f', inside: 'f2', index: true });
  });
});

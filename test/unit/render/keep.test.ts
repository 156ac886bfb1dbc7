import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTeiRecord } from '../../../src/deposit/tei-record.js';
import { bundled } from '../../../src/node/cache-folder.js';
import type { RenderDoc } from '../../../src/render/index.js';
import type { KeepRequest } from '../../../src/render/keep.js';
import { outputPath } from '../../../src/render/links.js';
import { documentPool, poolAvailable, type PoolResult } from '../../../src/render/pool.js';
import { searchPart } from '../../../src/render/search.js';

const repo = join(import.meta.dirname, '../../..');
const names = ['1962-11-05-kennedy-to-khrushchev-draft-and-telegram', '1962-11-06-kennedy-to-khrushchev'];
const docs: RenderDoc[] = names.map((n) => ({ id: n, file: `tei/${n}.xml`, xml: readFileSync(join(repo, 'tei', `${n}.xml`), 'utf8') }));
const opts = { targets: ['html', 'print', 'text'] as const, chromium: null, siteTitle: 'Letters' };
const root = mkdtempSync(join(tmpdir(), 'teipress-keep-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const text = (v: string | Uint8Array | undefined): string => (v === undefined ? '' : typeof v === 'string' ? v : Buffer.from(v).toString('utf8'));

/** The documents rendered on the calling thread (which keeps nothing): what the main thread gets and writes. */
async function inThread(): Promise<PoolResult[]> {
  const single = documentPool(opts, 1);
  try {
    return await Promise.all(docs.map((d) => single.render(d, { bundle: join(root, 'never'), search: true })));
  } finally {
    await single.close();
  }
}

async function onWorkers(keep: (d: RenderDoc) => KeepRequest): Promise<PoolResult[]> {
  const pool = documentPool(opts, 2);
  try {
    return await Promise.all(docs.map((d) => pool.render(d, keep(d))));
  } finally {
    await pool.close();
  }
}

describe('a render worker asked to keep a document itself', () => {
  it('writes the bundle, the deposit record and the own outputs the main thread would write, and sends no part back', async () => {
    // The pool runs the compiled worker (npm test builds first).
    expect(poolAvailable()).toBe(true);
    const dir = mkdtempSync(join(root, 'kept-'));
    const kept = await onWorkers((d) => ({ bundle: join(dir, `${d.id}.render`), search: true, record: join(dir, `${d.id}.record`), dist: { dir: join(dir, 'dist'), tei: true } }));
    const expected = await inThread();
    // The calling thread keeps nothing: everything comes back.
    expect(expected.map((r) => r.kept)).toEqual([undefined, undefined]);
    expect(kept.map((r) => [r.kept, r.rendered?.parts, r.rendered?.summary, r.diagnostics])).toEqual(expected.map((r) => [{ record: true, wrote: ['print', 'reading', 'diplomatic', 'tei'] }, {}, r.rendered?.summary, r.diagnostics]));
    docs.forEach((d, i) => {
      const r = expected[i]!.rendered!;
      const { body, print, reading, diplomatic } = r.parts;
      expect(readFileSync(join(dir, `${d.id}.render`))).toEqual(bundled({ body, print, reading, diplomatic, search: searchPart({ id: d.id, summary: r.summary, reading: text(reading) }) }));
      // The record as the full parser reads it (the worker reads it with the quick tokenizer).
      expect(readFileSync(join(dir, `${d.id}.record`), 'utf8')).toBe(JSON.stringify(readTeiRecord(d.xml)));
      const files = ['print', 'reading', 'diplomatic', 'tei'].map((k) => readFileSync(join(dir, 'dist', outputPath(k as 'print', d.id)), 'utf8'));
      expect(files).toEqual([text(print), text(reading), text(diplomatic), d.xml]);
    });
  }, 60_000);

  it('writes no TEI copy when the XML is not the TEI file’s bytes, and no record when the build has one', async () => {
    const dir = mkdtempSync(join(root, 'no-tei-'));
    const kept = await onWorkers((d) => ({ bundle: join(dir, `${d.id}.render`), search: false, dist: { dir: join(dir, 'dist'), tei: false } }));
    expect(kept.map((r) => r.kept)).toEqual([{ wrote: ['print', 'reading', 'diplomatic'] }, { wrote: ['print', 'reading', 'diplomatic'] }]);
    expect(docs.map((d) => [existsSync(join(dir, 'dist', outputPath('tei', d.id))), existsSync(join(dir, `${d.id}.record`))])).toEqual([[false, false], [false, false]]);
    // Without the search part the bundle holds the four parts alone.
    const r = (await inThread())[0]!.rendered!;
    const { body, print, reading, diplomatic } = r.parts;
    expect(readFileSync(join(dir, `${docs[0]!.id}.render`))).toEqual(bundled({ body, print, reading, diplomatic }));
  }, 60_000);

  it('that cannot write keeps none of the document’s own outputs and sends every part back', async () => {
    const dir = mkdtempSync(join(root, 'fails-'));
    // A file where the dist folder's print folder must go: its folder cannot be made.
    writeFileSync(join(dir, 'blocked'), 'not a folder\n');
    const kept = await onWorkers((d) => ({ bundle: join(dir, `${d.id}.render`), search: true, dist: { dir: join(dir, 'blocked'), tei: true } }));
    expect(kept).toEqual(await inThread());
    expect(readFileSync(join(dir, 'blocked'), 'utf8')).toBe('not a folder\n');
  }, 60_000);
});

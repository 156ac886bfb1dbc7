import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTeiRecord } from '../../../src/deposit/tei-record.js';
import { crosswalk, oaiDcXml } from '../../../src/deposit/dublin-core.js';
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
    return await Promise.all(docs.map((d) => single.render(d, { bundle: join(root, 'never'), search: true, record: true })));
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
  it('writes the bundle with the deposit record, and the own outputs and Dublin Core record the main thread would write, and sends no part back', async () => {
    // The pool runs the compiled worker (npm test builds first).
    expect(poolAvailable()).toBe(true);
    const dir = mkdtempSync(join(root, 'kept-'));
    const dc = (d: RenderDoc) => ({ editionTitle: 'Letters', identifier: `letters/${d.id}` });
    const kept = await onWorkers((d) => ({ bundle: join(dir, `${d.id}.render`), search: true, record: true, dist: { dir: join(dir, 'dist'), tei: true, dc: dc(d) } }));
    const expected = await inThread();
    // The calling thread keeps nothing: everything comes back.
    expect(expected.map((r) => r.kept)).toEqual([undefined, undefined]);
    const paths = (id: string) => [`print/${id}.html`, `text/${id}.reading.txt`, `text/${id}.diplomatic.txt`, `tei/${id}.xml`, `dc/${id}.xml`];
    expect(kept.map((r) => [r.kept, r.rendered?.parts, r.rendered?.summary, r.diagnostics])).toEqual(expected.map((r, i) => [{ record: true, wrote: paths(docs[i]!.id) }, {}, r.rendered?.summary, r.diagnostics]));
    docs.forEach((d, i) => {
      const r = expected[i]!.rendered!;
      const { body, print, reading, diplomatic } = r.parts;
      // The record as the full parser reads it (the worker reads it with the quick tokenizer).
      const record = JSON.stringify(readTeiRecord(d.xml));
      expect(readFileSync(join(dir, `${d.id}.render`))).toEqual(bundled({ body, print, reading, diplomatic, search: searchPart({ id: d.id, summary: r.summary, reading: text(reading) }), record }));
      const files = paths(d.id).map((p) => readFileSync(join(dir, 'dist', p), 'utf8'));
      expect(files).toEqual([text(print), text(reading), text(diplomatic), d.xml, oaiDcXml(crosswalk(JSON.parse(record), dc(d)))]);
      expect(paths(d.id).slice(0, 4)).toEqual((['print', 'reading', 'diplomatic', 'tei'] as const).map((k) => outputPath(k, d.id)));
    });
  }, 60_000);

  it('writes no TEI copy when the XML is not the TEI file’s bytes, and no record when the build has one to use', async () => {
    const dir = mkdtempSync(join(root, 'no-tei-'));
    // Asked for no record, it writes no Dublin Core record either (it has none to make it from).
    const kept = await onWorkers((d) => ({ bundle: join(dir, `${d.id}.render`), search: false, record: false, dist: { dir: join(dir, 'dist'), tei: false, dc: { editionTitle: 'Letters', identifier: d.id } } }));
    expect(kept.map((r) => r.kept)).toEqual(docs.map((d) => ({ wrote: [`print/${d.id}.html`, `text/${d.id}.reading.txt`, `text/${d.id}.diplomatic.txt`] })));
    expect(docs.map((d) => [existsSync(join(dir, 'dist', outputPath('tei', d.id))), existsSync(join(dir, 'dist/dc'))])).toEqual([[false, false], [false, false]]);
    // Without the search part and the record the bundle holds the four parts alone.
    const r = (await inThread())[0]!.rendered!;
    const { body, print, reading, diplomatic } = r.parts;
    expect(readFileSync(join(dir, `${docs[0]!.id}.render`))).toEqual(bundled({ body, print, reading, diplomatic }));
  }, 60_000);

  it('that cannot write keeps none of the document’s own outputs and sends every part back', async () => {
    const dir = mkdtempSync(join(root, 'fails-'));
    // A file where the dist folder's print folder must go: its folder cannot be made.
    writeFileSync(join(dir, 'blocked'), 'not a folder\n');
    const kept = await onWorkers((d) => ({ bundle: join(dir, `${d.id}.render`), search: true, record: true, dist: { dir: join(dir, 'blocked'), tei: true } }));
    expect(kept).toEqual(await inThread());
    expect(readFileSync(join(dir, 'blocked'), 'utf8')).toBe('not a folder\n');
  }, 60_000);
});

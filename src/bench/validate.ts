/**
 * Validation bench: N generated TEI files (the shared example's shape, varied) validated with
 * the project schema and with tei_all through teipress (libxml2-wasm, schema compiled once),
 * with xmllint-wasm (one call for all files), and with Debian's jing (bench only; the product
 * never needs Java), in the same run. Returns files per second for each, compile included.
 * tei_all is measured twice through teipress: restricted to the batch's elements (the default,
 * src/validate/tei-all-subset.ts) and the full schema (`teiAllFull`), each compiled cold.
 *
 * Run alone: node lib/bench/validate.js [n] [--xmllint]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { validateDocuments } from '../validate/index.js';
import { clearSchemaCache, SCHEMAS } from '../validate/relaxng.js';
import { clearTeiAllSubsets } from '../validate/tei-all-subset.js';

/** One measured engine/schema pair. */
export interface ValidateBenchRow { readonly engine: string; readonly schema: string; readonly files: number; readonly seconds: number; readonly filesPerSecond: number }

const EXAMPLE = new URL('../../test/fixtures/validate/project-schema/valid/example-vocabulary.xml', import.meta.url);

function generate(n: number): string[] {
  const base = readFileSync(EXAMPLE, 'utf8');
  return Array.from({ length: n }, (_, i) => base.replace('<p>I ', `<p>Copy ${i}. I `));
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

const row = (engine: string, schema: string, files: number, seconds: number): ValidateBenchRow =>
  ({ engine, schema, files, seconds: Number(seconds.toFixed(2)), filesPerSecond: Math.round(files / seconds) });

/** Runs the bench on `n` files (default 1,000); `xmllint` adds the xmllint-wasm rows. */
export async function benchValidate(n = 1000, opts: { xmllint?: boolean; jing?: string } = {}): Promise<ValidateBenchRow[]> {
  const docs = generate(n);
  const inputs = docs.map((xml, i) => ({ file: `f${i}.xml`, xml }));
  const dir = mkdtempSync(join(tmpdir(), 'teipress-bench-'));
  const paths = docs.map((xml, i) => { const p = join(dir, `f${i}.xml`); writeFileSync(p, xml); return p; });
  const rows: ValidateBenchRow[] = [];
  const cold = (): void => { clearSchemaCache(); clearTeiAllSubsets(); };
  for (const [label, url, o] of [['teipress.rng', SCHEMAS.project, { teiAll: false }], ['tei_all', SCHEMAS.teiAll, { projectSchema: false }]] as const) {
    cold();
    const engine = label === 'tei_all' ? 'libxml2-wasm (teipress, restricted to the batch)' : 'libxml2-wasm (teipress)';
    rows.push(row(engine, label, n, await time(() => validateDocuments(inputs, { ...o, rules: false, teiAllFull: false }))));
    if (label === 'tei_all') {
      cold();
      rows.push(row('libxml2-wasm (teipress, full schema)', label, n, await time(() => validateDocuments(inputs, { ...o, rules: false, teiAllFull: true }))));
    }
    if (opts.xmllint) {
      const schema = { fileName: 'schema.rng', contents: readFileSync(url, 'utf8') };
      const xml = docs.map((contents, i) => ({ fileName: `f${i}.xml`, contents }));
      rows.push(row('xmllint-wasm', label, n, await time(() => validateXML({ xml, schema, extension: 'relaxng', initialMemoryPages: 4096, maxMemoryPages: 4096 }))));
    }
    const jing = opts.jing ?? '/usr/bin/jing';
    rows.push(row('jing (Java)', label, n, await time(() => spawnSync(jing, [fileURLToPath(url), ...paths]))));
  }
  cold();
  rows.push(row('libxml2-wasm (teipress)', 'all layers + rules', n, await time(() => validateDocuments(inputs, { teiAllFull: false }))));
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);
  console.table(await benchValidate(n, { xmllint: process.argv.includes('--xmllint') }));
}

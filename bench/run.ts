/**
 * `npm run bench`: the corpus-scale bench (bench/scale.ts): fresh, no-op and one-change builds
 * at 100 and 1,000 documents, the floor and Saxon-HE. `npm run bench -- --extra` runs the
 * per-stage bench below instead: it generates a corpus of transcripts (default 500, `--docs N`) and prints
 * documents per second for each stage, with baselines measured in the same run (a naive
 * decode/split/escape pass for convert, Debian's jing for validation), peak memory and a
 * linearity check of the converter on 0.5 MB and 5 MB transcripts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../lib/edition/build.js';
import { convertBytes, convertText } from '../lib/convert/index.js';
import { renderEditions, type RenderDoc, type RenderTarget } from '../lib/render/index.js';
import { validateDocuments, type ValidateInput } from '../lib/validate/index.js';
import { generateTranscript, materialFrom } from './generate.js';
import { benchAgainstJing, benchValidateScaling, median } from './validate.js';
import { renderLinearity, renderLinearityChild } from './render-linearity.js';
import { convertMemory } from './convert-memory.js';
import { loadavg } from 'node:os';
import { benchSize } from './scale.js';
import { benchJson, printReport } from './scale-report.js';

/**
 * The TEI files of a corpus whose HTML render is timed against Saxon-HE's (all of a corpus up to
 * this many): 1,000, the render the target names. With fewer, each side's fixed start-up (the
 * JVM's and the stylesheet compile, about 1.5 s; our workers', about 0.7 s) weighs more and
 * flatters the ratio (200 files: 1.31 where 1,000 files gave 2.14 the same hour).
 */
const SCALE_RENDER_DOCS = 1000;

interface Row { stage: string; docs: number; seconds: number; note?: string }

const CHROMIUM = process.env.TEIPRESS_CHROMIUM ?? '/usr/bin/chromium';
const JING = '/usr/bin/jing';
const LINEARITY_LIMIT_S = 60;

/** `--name N` from the command line, or `fallback`. */
function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} takes a whole number, got ${process.argv[i + 1]}`);
  return n;
}

async function timed<T>(f: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const t = performance.now();
  const value = await f();
  return { value, seconds: (performance.now() - t) / 1000 };
}

/** The floor of any converter: decode, split into lines, escape, join. */
function naivePass(bytes: Uint8Array): string {
  const dec = new TextDecoder('utf-8');
  return dec.decode(bytes).split('\n').map((l) => `<l>${l.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')}</l>`).join('\n');
}

function material(): string[] {
  const dir = fileURLToPath(new URL('../transcripts/', import.meta.url));
  const texts = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8')) : [];
  return materialFrom(texts);
}

function makeCorpus(dir: string, n: number, mat: string[]): { name: string; bytes: Uint8Array }[] {
  mkdirSync(join(dir, 'transcripts'), { recursive: true });
  writeFileSync(join(dir, 'teipress.config.json'), JSON.stringify({ title: 'Bench edition', publisher: 'teipress bench' }));
  return Array.from({ length: n }, (_, i) => {
    const name = `gen-${String(i).padStart(5, '0')}`;
    const text = generateTranscript(i + 1, { material: mat });
    writeFileSync(join(dir, 'transcripts', `${name}.txt`), text);
    return { name, bytes: new TextEncoder().encode(text) };
  });
}

async function validateRows(inputs: ValidateInput[]): Promise<{ rows: Row[]; errors: number }> {
  const rows: Row[] = [];
  let errors = 0;
  for (const [label, opts] of [['project schema', { teiAll: false }], ['tei_all', { projectSchema: false }]] as const) {
    const compile = await timed(() => validateDocuments(inputs.slice(0, 1), { ...opts, rules: false }));
    rows.push({ stage: `validate ${label}: schema compile + 1 doc`, docs: 1, seconds: compile.seconds });
    const all = await timed(() => validateDocuments(inputs, { ...opts, rules: false }));
    errors += all.value.filter((d) => d.severity === 'error').length;
    rows.push({ stage: `validate ${label} (compiled)`, docs: inputs.length, seconds: all.seconds, note: `${all.value.filter((d) => d.severity === 'error').length} errors` });
  }
  const rules = await timed(() => validateDocuments(inputs, { projectSchema: false, teiAll: false }));
  rows.push({ stage: 'validate rule checks only', docs: inputs.length, seconds: rules.seconds });
  return { rows, errors };
}

async function renderRows(docs: RenderDoc[], pdfDocs: number): Promise<Row[]> {
  const rows: Row[] = [];
  const warm = await timed(() => renderEditions(docs.slice(0, 1), { targets: ['html', 'print', 'text'], chromium: null }));
  rows.push({ stage: 'render start-up (load SEFs, 1 doc, all 3)', docs: 1, seconds: warm.seconds });
  for (const t of ['html', 'text', 'print'] as RenderTarget[]) {
    const r = await timed(() => renderEditions(docs, { targets: [t], chromium: null }));
    rows.push({ stage: `render ${t}`, docs: docs.length, seconds: r.seconds, note: `${r.value.files.length} files` });
  }
  if (!existsSync(CHROMIUM)) {
    rows.push({ stage: 'render pdf', docs: 0, seconds: 0, note: `skipped: no Chromium at ${CHROMIUM}` });
    return rows;
  }
  const sub = docs.slice(0, pdfDocs);
  const r = await timed(() => renderEditions(sub, { targets: ['pdf'], chromium: CHROMIUM }));
  const pdfs = r.value.files.filter((f) => f.path.endsWith('.pdf')).length;
  rows.push({ stage: 'render pdf (incl. print HTML, browser start)', docs: sub.length, seconds: r.seconds, note: `${pdfs} PDFs` });
  return rows;
}

function concatTo(bytes: number, mat: string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let s = 100_000; size < bytes; s++) { const t = generateTranscript(s, { material: mat, paragraphs: 12 }); parts.push(t); size += Buffer.byteLength(t); }
  return parts.join('\n\n');
}

/** Converts one concatenated transcript of `mb` MB in a child process (so a slow one can be stopped). */
function convertSized(mb: number, limitS: number): { seconds?: number; mb: number } {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [script, '--linearity-child', String(mb)], { timeout: limitS * 1000, encoding: 'utf8' });
  const m = /^(\S+) (\S+)$/mu.exec(r.stdout ?? '');
  return m ? { seconds: Number(m[1]), mb: Number(m[2]) } : { mb };
}

/** The child side of `convertSized`: prints "seconds megabytes". */
function linearityChild(mb: number): void {
  const text = concatTo(mb * 1024 * 1024, material());
  const t = performance.now();
  convertText(text, { file: `${mb}MB.txt` });
  console.log(`${(performance.now() - t) / 1000} ${Buffer.byteLength(text) / 1024 / 1024}`);
}

function linearity(): Row[] {
  const rows: Row[] = [];
  const runs = [0.5, 5].map((target) => ({ target, ...convertSized(target, LINEARITY_LIMIT_S) }));
  for (const r of runs) {
    rows.push(r.seconds === undefined
      ? { stage: `convert one ${r.target} MB transcript`, docs: 1, seconds: 0, note: `did not finish in ${LINEARITY_LIMIT_S} s (stopped)` }
      : { stage: `convert one ${r.target} MB transcript`, docs: 1, seconds: r.seconds, note: `${(r.mb / r.seconds).toFixed(2)} MB/s` });
  }
  const [small, big] = runs as [typeof runs[0], typeof runs[0]];
  const ratio = small.seconds === undefined ? 'n/a' : big.seconds === undefined ? `> ${(LINEARITY_LIMIT_S / small.seconds).toFixed(0)}` : (big.seconds / small.seconds).toFixed(1);
  rows.push({ stage: '  time ratio 5 MB / 0.5 MB', docs: 0, seconds: 0, note: `${ratio} (size ratio ${(big.mb / small.mb).toFixed(1)}; linear ≈ ${(big.mb / small.mb).toFixed(1)})` });
  return rows;
}

function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log(`${'stage'.padEnd(50)} ${'docs'.padStart(6)} ${'seconds'.padStart(9)} ${'docs/s'.padStart(9)}  note`);
  for (const r of rows) {
    const rate = r.docs && r.seconds ? (r.docs / r.seconds).toFixed(r.docs / r.seconds < 10 ? 2 : 0) : '';
    console.log(`${r.stage.padEnd(50)} ${(r.docs || '').toString().padStart(6)} ${(r.seconds ? r.seconds.toFixed(3) : '').padStart(9)} ${rate.padStart(9)}  ${r.note ?? ''}`);
  }
}

const mib = (kb: number): string => `${(kb / 1024).toFixed(0)} MiB`;

async function convertRows(corpus: { name: string; bytes: Uint8Array }[], totalMb: number): Promise<{ rows: Row[]; inputs: ValidateInput[] }> {
  const naive = await timed(() => corpus.map((c) => naivePass(c.bytes)));
  // The row 0.1's bench printed (122 docs/s on an idle machine): the same transcripts (the
  // generator and its material are unchanged), the same call, timed from the first conversion.
  // Its CPU time is printed too: on a loaded machine the wall time is the load's.
  const cpu0 = process.cpuUsage();
  const conv = await timed(() => corpus.map((c) => ({ c, r: convertBytes(c.bytes, { file: `transcripts/${c.name}.txt` }) })));
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const failed = conv.value.filter((x) => !x.r.xml).length;
  const rows: Row[] = [
    { stage: 'convert (convertBytes)', docs: corpus.length, seconds: conv.seconds, note: `${(totalMb / conv.seconds).toFixed(2)} MB/s; CPU ${cpuSeconds.toFixed(2)} s (${(corpus.length / cpuSeconds).toFixed(0)} docs/s of CPU); ${failed} without XML` },
    { stage: '  baseline: decode + split + escape', docs: corpus.length, seconds: naive.seconds, note: `convert takes ${(conv.seconds / naive.seconds).toFixed(0)}× the floor` },
  ];
  const inputs = conv.value.filter((x) => x.r.xml).map(({ c, r }) => ({ file: `tei/${c.name}.xml`, xml: r.xml!, ...(r.sourceMap ? { sourceMap: r.sourceMap } : {}) }));
  return { rows, inputs };
}

const range = (xs: readonly number[]): string => `${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;

/** teipress and jing as fresh processes on the corpus's own TEI, paired, median of 3 (bench/validate.ts). */
function jingRows(inputs: readonly ValidateInput[]): Row[] {
  const docs = inputs.map((x) => ({ name: x.file.slice(4, -4), xml: x.xml as string }));
  return benchAgainstJing(docs, { jing: JING }).flatMap((r) => [
    { stage: `teipress validate (CLI) / ${r.schema}`, docs: r.files, seconds: median(r.teipress), note: `median of ${r.teipress.length}: ${range(r.teipress)}` },
    { stage: `  baseline: jing / ${r.schema}`, docs: r.files, seconds: median(r.jing), note: `${range(r.jing)}; teipress takes ${(median(r.teipress) / median(r.jing)).toFixed(2)}× jing's time${r.jingCpu.length ? ` (CPU: ${median(r.teipressCpu).toFixed(2)} s vs ${median(r.jingCpu).toFixed(2)} s, ${(median(r.teipressCpu) / median(r.jingCpu)).toFixed(2)}×)` : ''}` },
  ]);
}

/** One document at 1× and 4× its size (CPU seconds; linear ≈ 4). */
function scalingRows(large: boolean): Row[] {
  return benchValidateScaling(large).map((r) => {
    const ratio = r.baseRun && r.bigRun ? (r.bigRun.cpu / r.baseRun.cpu).toFixed(2) : 'n/a (a run was stopped at 60 s)';
    const t = (x?: { cpu: number; wall: number }): string => (x ? `${x.cpu.toFixed(2)} s CPU, ${x.wall.toFixed(2)} s wall` : 'stopped');
    return { stage: `${r.what}: ${r.base} → ${r.big}`, docs: 0, seconds: r.bigRun?.cpu ?? 0, note: `${t(r.baseRun)} → ${t(r.bigRun)}; CPU ratio ${ratio} (linear ≈ 4, limit 5)` };
  });
}

async function extraMain(): Promise<void> {
  const n = argNumber('--docs', 500);
  const renderDocs = Math.min(n, argNumber('--render-docs', 100));
  const pdfDocs = Math.min(n, argNumber('--pdf-docs', 20));
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'teipress-bench-'));
  try {
    const mat = material();
    const corpus = makeCorpus(dir, n, mat);
    const totalMb = corpus.reduce((s, c) => s + c.bytes.length, 0) / 1024 / 1024;
    console.log(`teipress bench: ${n} generated transcripts (${totalMb.toFixed(2)} MB; text varied from ${mat.length} sentences of transcripts/), ${process.version}`);
    const { rows, inputs } = await convertRows(corpus, totalMb);
    const v = await validateRows(inputs);
    rows.push(...v.rows);
    rows.push(...(await renderRows(inputs.slice(0, renderDocs).map((x) => ({ id: x.file.slice(4, -4), file: x.file, xml: x.xml as string })), pdfDocs)));
    const b = await timed(() => build(dir, { targets: ['html', 'print', 'text'] }));
    const byRule = new Map<string, number>();
    for (const d of b.value.diagnostics) if (d.severity === 'error') byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    const errs = [...byRule].map(([k, c]) => `${c} ${k}`).join(', ') || 'no';
    rows.push({ stage: 'build end to end (html, print, text)', docs: b.value.documents, seconds: b.seconds, note: `${b.value.written} files; errors: ${errs}; ms ${JSON.stringify(b.value.timings)}` });
    rows.push(...linearity());
    rows.push(...convertMemory(mat));
    rows.push(...renderLinearity(fileURLToPath(import.meta.url)));
    printTable('Stages (generated corpus)', rows);
    printTable('Validation against jing (the corpus\'s converted TEI, same files, fresh processes)', jingRows(inputs));
    printTable('Validation size scaling (one document, all layers, schemas compiled)', scalingRows(process.argv.includes('--large')));
    const mem = process.memoryUsage();
    console.log(`\nPeak RSS ${mib(process.resourceUsage().maxRSS)} (this process; the linearity children are separate); heap used now ${mib(mem.heapUsed / 1024)}`);
    console.log(`Schema errors in the corpus's TEI: ${v.errors}. Render stages ran on ${renderDocs} documents, PDF on ${pdfDocs}. Whole bench: ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const child = process.argv.indexOf('--linearity-child');
const renderChild = process.argv.indexOf('--render-linearity-child');
if (child !== -1) linearityChild(Number(process.argv[child + 1]));
else if (renderChild !== -1) renderLinearityChild(Number(process.argv[renderChild + 1]), material());
else if (process.argv.includes('--extra')) await extraMain();
else await scaleMain();

/** `--sizes 100,1000` (default; `--large` adds 10000), `--runs N`, `--fresh-runs N`, `--render-docs N` (default SCALE_RENDER_DOCS), `--json`. */
async function scaleMain(): Promise<void> {
  const i = process.argv.indexOf('--sizes');
  const sizes = i === -1 ? [100, 1000] : (process.argv[i + 1] ?? '').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers, e.g. --sizes 100,1000');
  if (process.argv.includes('--large')) sizes.push(10_000);
  const json = process.argv.includes('--json');
  const runs = argNumber('--runs', 3);
  const log = (s: string) => (json ? process.stderr.write(`${s}\n`) : console.log(s));
  const t0 = performance.now();
  log(`teipress scale bench: sizes ${sizes.join(', ')}; ${process.version}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const results = sizes.map((n) => benchSize(n, { runs, freshRuns: argNumber('--fresh-runs', n <= 1000 ? 3 : 1), renderDocs: Math.min(n, argNumber('--render-docs', SCALE_RENDER_DOCS)), log }));
  if (json) console.log(JSON.stringify(benchJson(results, sizes.includes(1000) ? 1000 : sizes.at(-1) ?? 0)));
  else printReport(results);
  log(`whole bench ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

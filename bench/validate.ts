/**
 * The validation bench. (1) Against Debian's jing on the same realistic TEI files (the bench
 * corpus's converted transcripts): each tool as a fresh process from the command line, so
 * both pay their start-up and schema compilation, paired (teipress then jing, each round),
 * median of `runs` rounds with min–max; for the project schema and for tei_all (restricted to
 * the batch's vocabulary, as teipress validates by default). (2) Size scaling: one document of
 * n sibling paragraphs and one of m MB, at 1× and 4×, each in a child process with a time
 * limit (so a quadratic step shows as a ratio far above 4, or as a stopped run, not a hang).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateDocuments } from '../lib/validate/index.js';
import { SCHEMAS } from '../lib/validate/relaxng.js';

/** One paired comparison: wall and CPU seconds per round for each tool, same files. */
export interface PairedRow {
  readonly schema: string;
  readonly files: number;
  readonly teipress: readonly number[];
  readonly jing: readonly number[];
  /** CPU seconds (user + system) of the same rounds; empty where /proc is not available. */
  readonly teipressCpu: readonly number[];
  readonly jingCpu: readonly number[];
}

/** CPU and wall-clock seconds of one run. */
export interface Timing { readonly cpu: number; readonly wall: number }

/** One scaling measurement at the base size and at 4× (a side is absent when stopped at the limit). */
export interface ScalingRow { readonly what: string; readonly base: string; readonly big: string; readonly baseRun?: Timing; readonly bigRun?: Timing }

const CLI = fileURLToPath(new URL('../lib/cli.js', import.meta.url));
const SCALING_LIMIT_S = 60;

/** CPU seconds used by this process's finished children (Linux /proc; NaN elsewhere). */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /su, '').split(' ');
    // Fields 16 and 17 of stat (cutime, cstime) in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Wall and CPU seconds of one command run to the end. */
function run(cmd: string, args: readonly string[]): { wall: number; cpu: number } {
  const cpu = childrenCpu();
  const t = performance.now();
  spawnSync(cmd, args, { stdio: 'ignore', maxBuffer: 1 << 30 });
  return { wall: (performance.now() - t) / 1000, cpu: childrenCpu() - cpu };
}

/** The median of `xs` (upper median for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Paired rounds of `teipress validate` and `jing` over `docs`, written to a temporary folder. */
export function benchAgainstJing(docs: readonly { name: string; xml: string }[], opts: { runs?: number; jing?: string; only?: 'teipress.rng' | 'tei_all' } = {}): PairedRow[] {
  const runs = opts.runs ?? 3;
  const jing = opts.jing ?? '/usr/bin/jing';
  const dir = mkdtempSync(join(tmpdir(), 'teipress-vbench-'));
  try {
    const paths = docs.map((d) => { const p = join(dir, `${d.name}.xml`); writeFileSync(p, d.xml); return p; });
    const layers = [
      ['teipress.rng', SCHEMAS.project, ['--no-tei-all', '--no-rules']],
      ['tei_all', SCHEMAS.teiAll, ['--no-project-schema', '--no-rules']],
    ] as const;
    return layers.filter(([schema]) => !opts.only || opts.only === schema).map(([schema, url, flags]) => {
      const ours: { wall: number; cpu: number }[] = [];
      const theirs: { wall: number; cpu: number }[] = [];
      for (let r = 0; r < runs; r++) {
        ours.push(run(process.execPath, [CLI, 'validate', dir, ...flags, '--format', 'json']));
        theirs.push(run(jing, [fileURLToPath(url), ...paths]));
      }
      const cpu = (xs: { cpu: number }[]): number[] => (xs.every((x) => Number.isFinite(x.cpu)) ? xs.map((x) => x.cpu) : []);
      return { schema, files: docs.length, teipress: ours.map((x) => x.wall), jing: theirs.map((x) => x.wall), teipressCpu: cpu(ours), jingCpu: cpu(theirs) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HEADER = '<teiHeader><fileDesc><titleStmt><title>Bench</title></titleStmt><publicationStmt><p>Generated.</p></publicationStmt><sourceDesc><p>Generated for the bench.</p></sourceDesc></fileDesc></teiHeader>';
const wrap = (body: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n${HEADER}\n<text><body>\n<div type="document" subtype="letter" n="1">\n${body}\n</div>\n</body></text>\n</TEI>\n`;

/** One document of `n` sibling paragraphs. */
function siblings(n: number): string {
  return wrap(Array.from({ length: n }, (_, i) => `<p>Paragraph ${i}.</p>`).join('\n'));
}

/** One valid document of about `mb` MB: paragraphs with inline markup and a page break every 40. */
function sized(mb: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const page = i % 40 === 0 ? `<pb n="${i / 40 + 1}"/>\n` : '';
    const p = `${page}<p>Item ${i}: the <hi rend="underline">report</hi> of <date when="1962-10-${String((i % 28) + 1).padStart(2, '0')}">October ${(i % 28) + 1}, 1962</date> from <persName>A. Writer</persName>,<lb/>continued on the next line.</p>`;
    parts.push(p);
    size += p.length + 1;
  }
  return wrap(parts.join('\n'));
}

const MAKERS: Record<string, (x: number) => string> = { siblings, sized };

/**
 * The child side: validates (all layers) after a warm-up of the same vocabulary; prints the
 * CPU seconds of the validation (user + system: on a shared machine the wall clock measures
 * the neighbours too) and the wall-clock seconds.
 */
async function scalingChild(kind: string, x: number): Promise<void> {
  const make = MAKERS[kind] ?? siblings;
  await validateDocuments([{ file: 'warm.xml', xml: make(kind === 'sized' ? 0.001 : 2) }]);
  const xml = make(x);
  const t = performance.now();
  const cpu = process.cpuUsage();
  await validateDocuments([{ file: 'big.xml', xml }]);
  const used = process.cpuUsage(cpu);
  console.log(`${(used.user + used.system) / 1e6} ${(performance.now() - t) / 1000}`);
}

/** CPU and wall seconds of one child run, or undefined when it was stopped at the limit. */
function child(kind: string, x: number): { cpu: number; wall: number } | undefined {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--scaling-child', kind, String(x)], { timeout: SCALING_LIMIT_S * 1000, encoding: 'utf8' });
  const m = /^([0-9.]+) ([0-9.]+)$/mu.exec(r.stdout ?? '');
  return m ? { cpu: Number(m[1]), wall: Number(m[2]) } : undefined;
}

/** Scaling rows: 5,000 vs 20,000 siblings; 2.5 vs 10 MB (and 12.5 vs 50 MB when `large`). */
export function benchValidateScaling(large = false): ScalingRow[] {
  const cases: [string, string, number][] = [['siblings', 'p', 5000], ['sized', 'MB', 2.5], ...(large ? [['sized', 'MB', 12.5] as [string, string, number]] : [])];
  return cases.map(([kind, unit, x]) => {
    const baseRun = child(kind, x);
    const bigRun = child(kind, 4 * x);
    return { what: kind === 'siblings' ? 'validate sibling <p>' : 'validate one document', base: `${x} ${unit}`, big: `${4 * x} ${unit}`, ...(baseRun ? { baseRun } : {}), ...(bigRun ? { bigRun } : {}) };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--scaling-child');
  if (at !== -1) await scalingChild(process.argv[at + 1] ?? 'siblings', Number(process.argv[at + 2]));
  else console.table(benchValidateScaling(process.argv.includes('--large')));
}

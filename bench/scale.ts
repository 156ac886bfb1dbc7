/**
 * The corpus-scale bench (`npm run bench`): per corpus size, a fresh build, no-op and one-change
 * rebuilds (each `teipress build` a process of its own under /usr/bin/time, for its wall time
 * and peak RSS), the parse+write floor on the build's TEI, and our HTML render against Saxon-HE
 * 9.9 in one JVM on the same TEI files (paired, alternating). Prints a table, or with `--json`
 * exactly one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { generateMixed } from './generate-mix.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'lib/cli.js');
const SAXON = '/usr/share/java/Saxon-HE.jar';
const ENV = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };

/** One process run: wall seconds, CPU seconds (user + system), peak RSS in MB, the stage times the build printed (ms). */
export interface Run { readonly seconds: number; readonly cpuSeconds: number; readonly rssMB: number; readonly stages: Record<string, number>; readonly written?: number }

/** Runs a command under /usr/bin/time; throws with its output when it fails. */
function timedProcess(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Run & { stderr: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M %U %S', cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const m = /TIME ([0-9.]+) ([0-9]+) ([0-9.]+) ([0-9.]+)\s*$/u.exec(r.stderr ?? '');
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  const stages: Record<string, number> = {};
  for (const s of (r.stderr ?? '').matchAll(/([a-z]+) ([0-9]+) ms/gu)) stages[s[1]!] = Number(s[2]);
  const written = /; ([0-9]+) files? in /u.exec(r.stderr ?? '');
  return { seconds: Number(m[1]), cpuSeconds: Number(m[3]) + Number(m[4]), rssMB: Number(m[2]) / 1024, stages, stderr: r.stderr ?? '', ...(written ? { written: Number(written[1]) } : {}) };
}

const build = (dir: string): Run => timedProcess(process.execPath, [CLI, 'build', '.', '--no-pdf', '--no-tei-all'], dir);

/** Writes an edition of `n` generated transcripts; returns their total size in MB. */
export function makeEdition(dir: string, n: number): number {
  mkdirSync(join(dir, 'transcripts'), { recursive: true });
  writeFileSync(join(dir, 'teipress.config.json'), JSON.stringify({ title: 'Bench edition', publisher: 'teipress bench' }));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = generateMixed(i + 1);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'transcripts', `gen-${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes / 1024 / 1024;
}

/** The floor: read, parse, re-serialise and write every TEI file (seconds). */
function floorRun(teiDir: string, out: string): number {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, processEntities: false, trimValues: false });
  const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, processEntities: false });
  mkdirSync(out, { recursive: true });
  const t = performance.now();
  for (const f of readdirSync(teiDir).filter((n) => n.endsWith('.xml'))) writeFileSync(join(out, f), builder.build(parser.parse(readFileSync(join(teiDir, f), 'utf8'))) as string);
  return (performance.now() - t) / 1000;
}

/**
 * Our HTML render and Saxon-HE's of the same files, each a fresh process, alternating: wall and
 * CPU seconds of each run; and ours with the stylesheets alone (TEIPRESS_RENDERER=xslt: every
 * document through saxon-js, as before the native renderer), in the same rounds.
 */
export interface RenderPair { readonly ours: number[]; readonly oursCpu: number[]; readonly xslt: number[]; readonly xsltCpu: number[]; readonly saxon: number[] | string; readonly saxonCpu: number[] }

function renderPaired(teiDir: string, files: readonly string[], runs: number, work: string): RenderPair {
  const src = join(work, 'render-src');
  mkdirSync(src, { recursive: true });
  for (const f of files) cpSync(join(teiDir, f), join(src, f));
  const javaOk = spawnSync('java', ['-version']).status === 0 && existsSync(SAXON);
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const xslt: number[] = [];
  const xsltCpu: number[] = [];
  const saxon: number[] = [];
  const saxonCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(join(work, 'ours'), { recursive: true, force: true });
    const run = timedProcess(process.execPath, [CLI, 'render', ...files.map((f) => join(src, f)), '--to', 'html', '--out-dir', join(work, 'ours')], work);
    ours.push(run.seconds);
    oursCpu.push(run.cpuSeconds);
    rmSync(join(work, 'ours'), { recursive: true, force: true });
    const viaXslt = timedProcess(process.execPath, [CLI, 'render', ...files.map((f) => join(src, f)), '--to', 'html', '--out-dir', join(work, 'ours')], work, { ...ENV, TEIPRESS_RENDERER: 'xslt' });
    xslt.push(viaXslt.seconds);
    xsltCpu.push(viaXslt.cpuSeconds);
    if (!javaOk) continue;
    rmSync(join(work, "saxon"), { recursive: true, force: true });
    mkdirSync(join(work, "saxon"));
    try {
      const sax = timedProcess('java', ['-cp', SAXON, 'net.sf.saxon.Transform', `-s:${src}`, `-xsl:${join(ROOT, 'xslt/tei-to-html.xsl')}`, `-o:${join(work, 'saxon')}`], work);
      saxon.push(sax.seconds);
      saxonCpu.push(sax.cpuSeconds);
    } catch (e) {
      return { ours, oursCpu, xslt, xsltCpu, saxon: `skipped: Saxon-HE failed (${(e as Error).message.slice(-300)})`, saxonCpu: [] };
    }
  }
  return { ours, oursCpu, xslt, xsltCpu, saxon: javaOk ? saxon : `skipped: no java or no ${SAXON}`, saxonCpu };
}

/** What the bench measured at one corpus size. */
export interface SizeResult {
  readonly documents: number;
  readonly mb: number;
  readonly fresh: Run[];
  readonly noop: Run[];
  readonly oneChange: Run[];
  readonly floor: number[];
  readonly renderFiles: number;
  readonly render: RenderPair;
}

/** Measures one corpus size (see the module comment). */
export function benchSize(n: number, opts: { runs: number; freshRuns: number; renderDocs: number; log: (s: string) => void }): SizeResult {
  const dir = mkdtempSync(join(tmpdir(), `teipress-scale-${n}-`));
  try {
    const mb = makeEdition(dir, n);
    const fresh: Run[] = [];
    for (let i = 0; i < opts.freshRuns; i++) {
      // The last run's outputs are moved aside, and deleted with the edition when this size is
      // done: each fresh build starts, as the first does, with no outputs and none just deleted
      // (ext4 takes longer to make files just after thousands were deleted: its inode allocator
      // passes over the recently freed ones; a build of 1,000 documents right after deleting the
      // last one's 10,000 files took 1.5–2 s more system time and 0.5–0.7 s more wall time).
      const aside = join(dir, `previous-${i}`);
      mkdirSync(aside);
      for (const sub of ['tei', 'dist', '.teipress']) if (existsSync(join(dir, sub))) renameSync(join(dir, sub), join(aside, sub));
      fresh.push(build(dir));
      opts.log(`  ${n}: fresh build ${fresh.at(-1)!.seconds.toFixed(1)} s`);
    }
    const noop = Array.from({ length: opts.runs }, () => build(dir));
    opts.log(`  ${n}: no-op ${noop.map((r) => r.seconds.toFixed(2)).join(', ')} s`);
    const oneChange = Array.from({ length: opts.runs }, (_, i) => {
      const name = join(dir, 'transcripts', `gen-${String((i * 37) % n).padStart(5, '0')}.txt`);
      writeFileSync(name, `${readFileSync(name, 'utf8')}\nThe file was reviewed again (${i + 1}).\n`);
      return build(dir);
    });
    opts.log(`  ${n}: one change ${oneChange.map((r) => r.seconds.toFixed(2)).join(', ')} s`);
    const floor = Array.from({ length: opts.runs }, (_, i) => floorRun(join(dir, 'tei'), join(dir, `floor-${i}`)));
    const files = readdirSync(join(dir, 'tei')).filter((f) => f.endsWith('.xml')).sort().slice(0, opts.renderDocs);
    const render = renderPaired(join(dir, 'tei'), files, opts.runs, dir);
    opts.log(`  ${n}: render ours ${render.ours.map((s) => s.toFixed(1)).join(', ')} s; ours via xslt ${render.xslt.map((s) => s.toFixed(1)).join(', ')} s; saxon ${Array.isArray(render.saxon) ? render.saxon.map((s) => s.toFixed(1)).join(', ') : render.saxon}`);
    return { documents: n, mb, fresh, noop, oneChange, floor, renderFiles: files.length, render };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

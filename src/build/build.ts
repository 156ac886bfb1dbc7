import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { append } from '../util/append.js';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { renderEditions, type RenderDoc, type RenderTarget } from '../render/index.js';
import { validateDocuments, type ValidateInput } from '../validate/index.js';
import { conversionReport } from '../convert/report.js';
import { loadConfig } from './config.js';
import { convertFile } from './convert-files.js';
import { readOptional, writeAtomic } from './fs.js';
import { sha256 } from '../util/sha256.js';
import { editedSince, readManifest, writeManifest } from './manifest.js';
import { harvestFiles } from '../deposit/harvest.js';

/** Options of `build`. */
export interface BuildOptions {
  /** Overwrite TEI files that editors changed since they were generated. */
  readonly force?: boolean;
  /** Outputs to render (default: all). */
  readonly targets?: readonly RenderTarget[];
  /** Validate against the full TEI too (default true). */
  readonly teiAll?: boolean;
  /** Called as each stage progresses. */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
  readonly buildDate?: string;
  /** Collect the conversion report of each converted transcript. */
  readonly report?: boolean;
}

/** What a build did. */
export interface BuildSummary {
  readonly documents: number;
  readonly converted: number;
  /** TEI files kept because an editor changed them. */
  readonly keptEdited: number;
  readonly written: number;
  readonly dist: string;
  readonly diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  readonly timings: Readonly<Record<string, number>>;
  /** Conversion reports (with `report`), one per converted transcript. */
  readonly reports: string[];
}

const REFUSED: ReadonlySet<string> = new Set(['validate/not-well-formed', 'validate/doctype', 'validate/not-tei', 'validate/too-large']);

const ALL: readonly RenderTarget[] = ['html', 'print', 'pdf', 'text'];

/**
 * The main job: transcripts → TEI (never overwriting edited TEI without `force`) → validation
 * (project schema, tei_all, rules; errors in generated TEI point at the transcript line) →
 * editions in `dist/` (written to a fresh folder, then swapped in).
 */
export async function build(dir: string, opts: BuildOptions = {}): Promise<BuildSummary> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try { return await f(); } finally { timings[stage] = Math.round(performance.now() - t0); }
  };
  const { config, diagnostics } = await loadConfig(dir);
  const tDir = join(dir, config.transcripts);
  const teiDir = join(dir, config.tei);
  const names = ((await readdir(tDir).catch(() => [])) as string[]).filter((n) => n.endsWith('.txt')).sort();
  if (!names.length) {
    diagnostics.push(diagnostic('build/no-input', { file: relative(process.cwd(), tDir) || '.', line: 1, column: 1 }, `No transcripts (*.txt) were found in ${tDir}.`));
    return { documents: 0, converted: 0, keptEdited: 0, written: 0, dist: join(dir, config.dist), diagnostics, timings, reports: [] };
  }
  const manifest = await readManifest(teiDir);
  const inputs: ValidateInput[] = [];
  const reports: string[] = [];
  let converted = 0;
  let kept = 0;
  await time('convert', async () => {
    for (const [i, name] of names.entries()) {
      opts.onProgress?.('convert', i, names.length);
      const src = join(tDir, name);
      const display = relative(process.cwd(), src);
      const r = await convertFile(src, { profile: config.profile, edition: config.edition, display, sourceName: `${config.transcripts}/${name}` });
      append(diagnostics, r.diagnostics);
      if (opts.report && r.transcript) reports.push(conversionReport(display, r.transcript));
      const teiName = `${r.id}.xml`;
      const teiPath = join(teiDir, teiName);
      const current = await readOptional(teiPath);
      if (current && editedSince(teiName, current, manifest) && !opts.force) {
        kept++;
        diagnostics.push(diagnostic('source/tei-edited', { file: relative(process.cwd(), teiPath), line: 1, column: 1 }, `${teiName} was edited after it was generated; it is kept, validated and rendered as it is (pass --force to regenerate it from ${display}).`));
        inputs.push({ file: relative(process.cwd(), teiPath), xml: current });
        continue;
      }
      if (!r.xml) continue;
      await writeAtomic(teiPath, r.xml);
      manifest.generated[teiName] = { sha256: sha256(r.xml), source: `${config.transcripts}/${name}` };
      converted++;
      inputs.push({ file: relative(process.cwd(), teiPath), xml: r.xml, ...(r.sourceMap ? { sourceMap: r.sourceMap } : {}) });
    }
    await writeManifest(teiDir, manifest);
  });
  opts.onProgress?.('validate', 0, inputs.length);
  append(diagnostics, (await time('validate', () => validateDocuments(inputs, { teiAll: opts.teiAll ?? true, schematron: config.schematron }))));
  opts.onProgress?.('render', 0, inputs.length);
  // A TEI file that an editor broke (not well-formed, DOCTYPE, not TEI) is reported by
  // validation and left out of the editions rather than handed to the XSLT engine.
  const refused = new Set(diagnostics.filter((d) => REFUSED.has(d.rule)).map((d) => d.file));
  const docs: RenderDoc[] = inputs.filter((x) => !refused.has(x.file)).map((x) => ({ id: x.file.replace(/^.*[\\/]/, '').replace(/\.xml$/, ''), file: x.file, xml: typeof x.xml === 'string' ? x.xml : Buffer.from(x.xml).toString('utf8') }));
  const rendered = await time('render', () => renderEditions(docs, { targets: opts.targets ?? ALL, siteTitle: config.title, ...(opts.buildDate ? { buildDate: opts.buildDate } : {}) }));
  append(diagnostics, rendered.diagnostics);
  rendered.files.push(...(await harvestFiles(dir, docs, config, opts.buildDate)));
  const dist = join(dir, config.dist);
  await time('write', () => swapIn(dist, rendered.files));
  return { documents: inputs.length, converted, keptEdited: kept, written: rendered.files.length, dist, diagnostics: sortDiagnostics(diagnostics), timings, reports };
}

/** Writes the outputs into a fresh folder beside `dist`, then replaces `dist` with it. */
async function swapIn(dist: string, files: readonly { path: string; content: string | Uint8Array }[]): Promise<void> {
  const fresh = `${dist}.tmp-${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  await mkdir(fresh, { recursive: true });
  for (const f of files) await writeAtomic(join(fresh, f.path), f.content);
  const old = `${dist}.old-${process.pid}`;
  await rename(dist, old).catch(() => undefined);
  await rename(fresh, dist);
  await rm(old, { recursive: true, force: true });
}

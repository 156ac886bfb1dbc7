import { readdir } from 'node:fs/promises';
import { append } from '../util/append.js';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
// The validator and the renderer load on demand: a build refused before it starts (a bad
// config, a held lock) should answer at once, not after loading the XSLT engine.
import type { RenderDoc, RenderTarget } from '../render/index.js';
import type { ValidateInput } from '../validate/index.js';
import { conversionReport } from '../convert/report.js';
import { RENDER_PAGE_SIZE, type EditionConfig, type PageSize } from './config.js';
import { convertFile } from './convert-files.js';
import { readOptional, writeFailure } from '../node/fs.js';
import { adoptedFor, MANIFEST_FILE, readManifest, writeManifest, writeTracked, type PlannedWrite } from './manifest.js';
import { backUpEdited, keptNotice, teiVerdict } from './edited-tei.js';
import { preflight } from './preflight.js';
import { lockEdition } from '../node/lock.js';
import { removeLeftovers } from '../node/leftovers.js';
import { swapIn } from '../node/dist-swap.js';
import type { FolderKey } from '../node/folders.js';
import { harvestFiles } from '../deposit/harvest.js';

/** Options of `build`. */
export interface BuildOptions {
  /** Regenerate TEI files that editors changed since they were generated (each kept under tei/.teipress/backup/ first). */
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
  /** The config file to use instead of the edition's own `teipress.config.json`. */
  readonly configPath?: string;
  /** Paper size of the print HTML and PDF (default: the config's `pageSize`, else a4). */
  readonly pageSize?: PageSize;
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
 * The main job: transcripts → TEI (an edited TEI file is kept, a warning; with a changed
 * transcript too, a conflict; `force` regenerates it after a backup) → validation
 * (project schema, tei_all, rules; errors in generated TEI point at the transcript line) →
 * editions in `dist/` (written to a fresh folder, then swapped in). Before anything is written
 * the config and folders are checked (`preflight`) and the edition is locked; a file-system
 * failure while writing is a `build/write-failed` diagnostic, never a throw.
 */
export async function build(dir: string, opts: BuildOptions = {}): Promise<BuildSummary> {
  const pre = await preflight(dir, opts.configPath);
  const empty = (diagnostics: Diagnostic[], dist = join(dir, 'dist')): BuildSummary => ({ documents: 0, converted: 0, keptEdited: 0, written: 0, dist, diagnostics: sortDiagnostics(diagnostics), timings: {}, reports: [] });
  if (!pre.config || !pre.folders) return empty(pre.diagnostics);
  const { config, folders } = pre;
  const lock = await lockEdition(dir).catch((e: unknown) => ({ failed: e }));
  if ('failed' in lock) return empty([...pre.diagnostics, writeFailed(lock.failed, dir)], folders.dist);
  if ('heldBy' in lock) {
    const h = lock.heldBy;
    return empty([...pre.diagnostics, diagnostic('build/locked', { file: relative(process.cwd(), join(dir, '.teipress.lock')), line: 1, column: 1 }, `Another build of this edition is running (process ${h.pid}, started ${h.started}); nothing was written. Wait for it to end; if that process is not a teipress build, delete .teipress.lock.`)], folders.dist);
  }
  try {
    await removeLeftovers(dir, folders.tei, folders.dist);
    return await buildLocked(config, folders, pre.diagnostics, opts);
  } catch (e) {
    return empty([...pre.diagnostics, writeFailed(e, dir)], folders.dist);
  } finally {
    await lock.release();
  }
}

function writeFailed(e: unknown, fallback: string): Diagnostic {
  return writeFailure(relative(process.cwd(), (e as NodeJS.ErrnoException).path ?? fallback) || '.', e);
}

/** How many TEI files are written between two manifest updates (each batch is tracked ahead). */
const BATCH = 32;

/** Longest transcript name (UTF-8 bytes, without `.txt`) whose derived file names all fit in 255 bytes. */
const MAX_NAME_BYTES = 200;

async function buildLocked(config: EditionConfig, folders: Readonly<Record<FolderKey, string>>, diagnostics: Diagnostic[], opts: BuildOptions): Promise<BuildSummary> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try { return await f(); } finally { timings[stage] = Math.round(performance.now() - t0); }
  };
  const { transcripts: tDir, tei: teiDir, dist } = folders;
  const names = ((await readdir(tDir).catch(() => [])) as string[]).filter((n) => n.endsWith('.txt')).sort();
  if (!names.length) {
    diagnostics.push(diagnostic('build/no-input', { file: relative(process.cwd(), tDir) || '.', line: 1, column: 1 }, `No transcripts (*.txt) were found in ${tDir}.`));
    return { documents: 0, converted: 0, keptEdited: 0, written: 0, dist, diagnostics, timings, reports: [] };
  }
  const { manifest, problems } = await readManifest(teiDir, relative(process.cwd(), join(teiDir, MANIFEST_FILE)));
  append(diagnostics, problems);
  const inputs: ValidateInput[] = [];
  const reports: string[] = [];
  let converted = 0;
  let kept = 0;
  await time('convert', async () => {
    let planned: PlannedWrite[] = [];
    for (const [i, name] of names.entries()) {
      opts.onProgress?.('convert', i, names.length);
      const src = join(tDir, name);
      const display = relative(process.cwd(), src);
      if (Buffer.byteLength(name) - 4 > MAX_NAME_BYTES) {
        diagnostics.push(diagnostic('source/name-too-long', { file: display, line: 1, column: 1 }, `The transcript's name is ${Buffer.byteLength(name) - 4} bytes long; the files made from it need it to be at most ${MAX_NAME_BYTES} bytes, so it was not converted.`));
        continue;
      }
      const adopted = await keptAdopted(teiDir, adoptedFor(`${config.transcripts}/${name}`, manifest), display);
      if (adopted) {
        kept++;
        diagnostics.push(adopted.notice);
        inputs.push(adopted.input);
        continue;
      }
      const r = await convertFile(src, { profile: config.profile, edition: config.edition, display, sourceName: `${config.transcripts}/${name}` });
      append(diagnostics, r.diagnostics);
      if (opts.report && r.transcript) reports.push(conversionReport(display, r.transcript));
      const teiName = `${r.id}.xml`;
      const teiPath = join(teiDir, teiName);
      const current = await readOptional(teiPath);
      const teiFile = relative(process.cwd(), teiPath);
      const verdict = teiVerdict(teiName, current, r.xml, manifest, r, opts.force === true);
      if (current && (verdict === 'edited' || verdict === 'conflict')) {
        kept++;
        diagnostics.push(keptNotice(verdict, teiFile, display));
        inputs.push({ file: teiFile, xml: current });
        continue;
      }
      if (!r.xml) continue;
      if (current && verdict === 'force') diagnostics.push(await backUpEdited(teiDir, teiName, current, teiFile, display));
      planned.push({ name: teiName, xml: r.xml, source: `${config.transcripts}/${name}`, ...(current ? { current } : {}), ...(r.sourceSha256 ? { transcript: r.sourceSha256 } : {}), ...(r.sidecarSha256 ? { sidecar: r.sidecarSha256 } : {}) });
      if (planned.length >= BATCH) {
        await writeTracked(teiDir, manifest, planned);
        planned = [];
      }
      converted++;
      inputs.push({ file: relative(process.cwd(), teiPath), xml: r.xml, ...(r.sourceMap ? { sourceMap: r.sourceMap } : {}) });
    }
    if (planned.length) await writeTracked(teiDir, manifest, planned);
    await writeManifest(teiDir, manifest);
  });
  opts.onProgress?.('validate', 0, inputs.length);
  const { validateDocuments } = await import('../validate/index.js');
  append(diagnostics, (await time('validate', () => validateDocuments(inputs, { teiAll: opts.teiAll ?? true, schematron: config.schematron }))));
  opts.onProgress?.('render', 0, inputs.length);
  // A TEI file that an editor broke (not well-formed, DOCTYPE, not TEI) is reported by
  // validation and left out of the editions rather than handed to the XSLT engine.
  const refused = new Set(diagnostics.filter((d) => REFUSED.has(d.rule)).map((d) => d.file));
  const docs: RenderDoc[] = inputs.filter((x) => !refused.has(x.file)).map((x) => ({ id: x.file.replace(/^.*[\\/]/u, '').replace(/\.xml$/u, ''), file: x.file, xml: typeof x.xml === 'string' ? x.xml : Buffer.from(x.xml).toString('utf8') }));
  const { renderEditions } = await import('../render/index.js');
  const rendered = await time('render', () => renderEditions(docs, { targets: opts.targets ?? ALL, siteTitle: config.title, pageSize: RENDER_PAGE_SIZE[opts.pageSize ?? config.pageSize], ...(opts.buildDate ? { buildDate: opts.buildDate } : {}) }));
  append(diagnostics, rendered.diagnostics);
  rendered.files.push(...harvestFiles(docs, config, opts.buildDate));
  const refusal = await time('write', () => swapIn(dist, rendered.files));
  if (refusal) diagnostics.push(diagnostic('build/dist-not-ours', { file: relative(process.cwd(), dist) || '.', line: 1, column: 1 }, `The dist folder ${refusal} (it changed during the build); nothing was written into it.`));
  return { documents: inputs.length, converted, keptEdited: kept, written: refusal ? 0 : rendered.files.length, dist, diagnostics: sortDiagnostics(diagnostics), timings, reports };
}

/** An adopted TEI file that still exists: kept as it is (an info), its transcript not converted. */
async function keptAdopted(teiDir: string, teiName: string | undefined, transcript: string): Promise<{ notice: Diagnostic; input: ValidateInput } | undefined> {
  if (!teiName) return undefined;
  const path = join(teiDir, teiName);
  const current = await readOptional(path);
  if (!current) return undefined;
  const file = relative(process.cwd(), path);
  return { notice: diagnostic('source/tei-adopted', { file, line: 1, column: 1 }, `${file} is adopted (teipress adopt): it is kept as it is and ${transcript} is not converted for it.`), input: { file, xml: current } };
}

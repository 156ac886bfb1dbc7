import { schemaChecks } from './schema-check.js';
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
// The validator and the renderer load on demand (in the stages): a build refused before it
// starts (a bad config, a held lock) should answer at once, not after loading the XSLT engine.
import type { RenderOptions, RenderTarget } from '../render/index.js';
import { availableParallelism } from 'node:os';
import type { PartSource, SiteEntry } from '../render/site-plan.js';
import { append } from '../util/append.js';
import { sha256 } from '../util/sha256.js';
import { RENDER_PAGE_SIZE, type EditionConfig } from './config.js';
import { readOptional, writeFailure } from '../node/fs.js';
import { MANIFEST_FILE, readManifest, writeManifest } from './manifest.js';
import { preflight } from './preflight.js';
import { lockForBuild } from './edition-lock.js';
import { inShard, mergeManifest, removeShardManifests, shardManifestFile, shardManifests, writeShardRecord, type ShardRecord } from './shard.js';
import { removeLeftovers } from '../node/leftovers.js';
import { swapsFresh, updateDist, type DistUpdate, type EarlyFolder } from '../node/dist-writer.js';
import { distState, prepareFresh } from '../node/dist-swap.js';
import { CACHE_DIR } from '../node/cache-folder.js';
import type { FolderKey } from '../node/folders.js';
import { once, timed, type BuildContext, type BuildOptions, type DocOutcome } from './build-context.js';
import { openDocCache } from './doc-cache.js';
import { keyOf, toolFingerprints } from './fingerprint.js';
import { convertChunk, finishChunk } from './stage-chunk.js';
import { harvestPlan } from './harvest-plan.js';
import { jobsFromEnv } from '../render/jobs.js';
import { lazyPool } from './lazy-pool.js';
import { PackedOutcomes } from './packed-outcome.js';
import { PackedList } from '../util/packed-list.js';

export type { BuildOptions } from './build-context.js';

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
  /** The build stopped at a file-system failure once it had begun: what it wrote before the failure stays. */
  readonly stopped?: boolean;
}

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
  const lock = await lockForBuild(dir, opts.shard).catch((e: unknown) => ({ failed: e }));
  if ('failed' in lock) return empty([...pre.diagnostics, writeFailed(lock.failed, dir)], folders.dist);
  if ('heldBy' in lock) return empty([...pre.diagnostics, lockedNotice(dir, lock)], folders.dist);
  try {
    // A shard leaves the clean-up to merge: other shards' temporary files may be in flight (on other machines too).
    if (!opts.shard) await removeLeftovers(dir, folders.tei, folders.dist);
    return await buildLocked(dir, config, folders, pre.diagnostics, opts);
  } catch (e) {
    return { ...empty([...pre.diagnostics, writeFailed(e, dir)], folders.dist), stopped: true };
  } finally {
    await lock.release();
  }
}

/** The `build/locked` error naming the holder and its lock file. */
export function lockedNotice(dir: string, lock: { heldBy: { pid: number; started: string }; file: string }): Diagnostic {
  const h = lock.heldBy;
  return diagnostic('build/locked', { file: relative(process.cwd(), join(dir, lock.file)), line: 1, column: 1 }, `Another build of this edition is running (process ${h.pid}, started ${h.started}); nothing was written. Wait for it to end; if that process is not a teipress build, delete ${lock.file}.`);
}

/** A file-system failure as a `build/write-failed` diagnostic. */
export function writeFailed(e: unknown, fallback: string): Diagnostic {
  return writeFailure(relative(process.cwd(), (e as NodeJS.ErrnoException).path ?? fallback) || '.', e);
}

/**
 * How many documents go through the stages together: large enough that the schemas are compiled for few vocabularies, small enough that
 * memory does not grow with the edition.
 */
const CHUNK = 128;

async function buildLocked(root: string, config: EditionConfig, folders: Readonly<Record<FolderKey, string>>, diagnostics: Diagnostic[], opts: BuildOptions): Promise<BuildSummary> {
  const { transcripts: tDir, tei: teiDir, dist } = folders;
  const shard = opts.shard;
  const listed = new Set((await readdir(tDir).catch(() => [])) as string[]);
  const names = [...listed].filter((n) => n.endsWith('.txt') && (!shard || inShard(n.slice(0, -4), shard))).sort();
  if (!names.length && !shard) {
    diagnostics.push(diagnostic('build/no-input', { file: relative(process.cwd(), tDir) || '.', line: 1, column: 1 }, `No transcripts (*.txt) were found in ${tDir}.`));
    return { documents: 0, converted: 0, keptEdited: 0, written: 0, dist, diagnostics, timings: {}, reports: [] };
  }
  const ctx = await context(root, config, folders, diagnostics, opts);
  if (!shard) ctx.early = await earlyFolder(ctx);
  // Each document's outcome, and the diagnostics of the chunks done, kept packed while the
  // chunks go on (packed-outcome.ts, util/packed-list.ts); the diagnostics are put back in
  // front of the later ones, in their order, however the build ends.
  const packed = new PackedOutcomes();
  const held = new PackedList<Diagnostic>();
  const hold = (): void => {
    for (const d of diagnostics.splice(0)) held.push(d);
  };
  const unhold = (): void => {
    const later = diagnostics.splice(0);
    append(append(diagnostics, held.take()), later);
  };
  let outcomes: DocOutcome[] = [];
  let update: DistUpdate;
  // The render workers go before the site's files are made: the search index of a large
  // edition is the main thread's largest heap, and it should not come on top of the workers'
  // (the build's peak RSS). The validation thread goes once its last verdicts are in.
  const release = once(async () => {
    await ctx.pool.close();
    await Promise.allSettled(ctx.validation.pending);
    await ctx.validation.worker?.close();
  });
  try {
    // A chunk converts on this thread while the one before it renders on the pool's (stage-chunk.ts).
    let last: Promise<DocOutcome[]> | undefined;
    for (let at = 0; at < names.length; at += CHUNK) {
      const chunk = await convertChunk(ctx, names.slice(at, at + CHUNK), listed, at, names.length);
      const done = finishChunk(ctx, chunk, at, names.length);
      // awaited below; a failure meanwhile must not be an unhandled rejection
      done.catch(() => undefined);
      if (last) {
        packed.add(await last);
        hold();
      }
      last = done;
    }
    if (last) packed.add(await last);
    await ctx.pool.close();
    // Started now, not when the build ends: the validation thread (its compiled schemas,
    // libxml2's memory) goes while the first of the site's files are written, before the
    // large ones. Awaited below (in `finally`); marked as handled until then.
    release().catch(() => undefined);
    outcomes = packed.take();
    if (shard) {
      await Promise.all(ctx.validation.pending);
      await release();
      await writeManifest(teiDir, ctx.manifest, shardManifestFile(shard));
      await writeShardRecord(root, { shard, render: ctx.render, docs: outcomes.map(shardDoc) });
      unhold();
      return { documents: outcomes.length, converted: ctx.counts.converted, keptEdited: ctx.counts.kept, written: 0, dist, diagnostics: sortDiagnostics(diagnostics), timings: ctx.timings, reports: ctx.reports };
    }
    await writeManifest(teiDir, ctx.manifest);
    await removeShardManifests(teiDir);
    opts.onProgress?.('write', 0, outcomes.length);
    update = await timed(ctx, 'write', () => writeOutputs(ctx, outcomes));
  } finally {
    unhold();
    await release();
    // Not swapped in (the build stopped before): nothing of it stays. (Once swapped in, nothing is at its name.)
    if (ctx.early) await rm(ctx.early.dir, { recursive: true, force: true });
  }
  if (update.refused) diagnostics.push(diagnostic('build/dist-not-ours', { file: relative(process.cwd(), dist) || '.', line: 1, column: 1 }, `The dist folder ${update.refused} (it changed during the build); nothing was written into it.`));
  return { documents: outcomes.length, converted: ctx.counts.converted, keptEdited: ctx.counts.kept, written: update.written, dist, diagnostics: sortDiagnostics(diagnostics), timings: ctx.timings, reports: ctx.reports };
}

/** An outcome as a shard record keeps it (JSON: the outputs made as a list). */
function shardDoc(o: DocOutcome): ShardRecord['docs'][number] {
  const { entry, ...rest } = o;
  return { ...rest, name: o.name, ...(entry ? { entry: { key: entry.key, summary: entry.summary, made: [...entry.made], searchable: entry.searchable } } : {}) };
}

/** The build's shared context: fingerprints, the cache, the manifest (with the shards' entries), the render options. */
export async function context(root: string, config: EditionConfig, folders: Readonly<Record<FolderKey, string>>, diagnostics: Diagnostic[], opts: BuildOptions): Promise<BuildContext> {
  const { manifest, problems } = await readManifest(folders.tei, relative(process.cwd(), join(folders.tei, MANIFEST_FILE)));
  append(diagnostics, problems);
  for (const { file, shard } of await shardManifests(folders.tei)) mergeManifest(manifest, shard, (await readManifest(folders.tei, relative(process.cwd(), join(folders.tei, file)), file)).manifest);
  const cache = await openDocCache(root, opts.force !== true);
  if (cache.problem) diagnostics.push(diagnostic('build/cache-unusable', { file: relative(process.cwd(), join(root, CACHE_DIR)) || '.', line: 1, column: 1 }, `The build cache cannot be used: ${cache.problem}; everything was rebuilt without it.`));
  const render: RenderOptions = { targets: opts.targets ?? ALL, siteTitle: config.title, pageSize: RENDER_PAGE_SIZE[opts.pageSize ?? config.pageSize], dateFormat: config.dateFormat, ...(opts.buildDate ? { buildDate: opts.buildDate } : {}) };
  const schematron = await Promise.all(config.schematron.map((f) => readOptional(f).then((b) => (b ? sha256(b) : 'absent'), () => 'unreadable')));
  return {
    root, config, folders, opts, manifest, diagnostics, cache,
    // adoptedFor's first match, looked up once per transcript instead of scanning the manifest each time.
    adopted: new Map(Object.entries(manifest.generated).filter(([, e]) => e.adopted === true).reverse().map(([name, e]) => [e.source, name])),
    teiListed: new Set((await readdir(folders.tei).catch(() => [])) as string[]),
    tool: opts.tool ?? (await toolFingerprints()),
    configKey: keyOf(config.profile, config.edition, config.transcripts),
    schematronKey: keyOf(config.schematron, schematron),
    render, pool: lazyPool(async () => {
      const { documentPool, WORKER_LIMITS } = await import('../render/pool.js');
      // N threads: this one converts, N − 1 workers render (one worker is worth it here: this thread is busy converting).
      return documentPool(render, (opts.jobs ?? jobsFromEnv() ?? availableParallelism()) - 1, WORKER_LIMITS, 1);
    }),
    reports: [], counts: { converted: 0, kept: 0 }, timings: {}, checks: schemaChecks(), validation: { pending: [] },
  };
}


/**
 * The fresh dist folder for the render workers to fill (`BuildContext.early`), made now when
 * the build's update of dist will swap one in anyway; none without a cache folder (the workers
 * then keep nothing) or when dist is not teipress's (the write stage says so).
 */
async function earlyFolder(ctx: BuildContext): Promise<BuildContext['early']> {
  if (!ctx.cache.files) return undefined;
  const dist = ctx.folders.dist;
  const state = await distState(dist);
  if (typeof state === 'object' || !swapsFresh(await ctx.cache.readDist(), ctx.config.dist, state)) return undefined;
  const made = await prepareFresh(dist);
  return 'dir' in made ? { dir: made.dir } : undefined;
}

/**
 * The files the render workers wrote into the fresh dist folder, each with the key of the
 * output it is ('' when no output has it: a document refused after its render started), worked
 * out when it is asked for from the document's outcome. Held as a map of every path to its key
 * while the chunks went on, they were the main thread's largest per-document heap; a map of
 * each path to its outcome holds no string of its own.
 */
async function earlyWritten(ctx: BuildContext, outcomes: readonly DocOutcome[]): Promise<EarlyFolder['written']> {
  const { earlyKey } = await import('./stage-render.js');
  const byPath = new Map<string, DocOutcome>();
  for (const o of outcomes) for (const path of o.early ?? []) byPath.set(path, o);
  return {
    get: (path) => {
      const o = byPath.get(path);
      return o && (earlyKey(ctx, o, path) ?? '');
    },
    keys: () => byPath.keys(),
  };
}

/** The site's files and the harvest files, brought up to date in dist; then the cache is pruned. */
export async function writeOutputs(ctx: BuildContext, outcomes: readonly DocOutcome[]): Promise<DistUpdate> {
  // Every document's entry and planned outputs are held at once: the heap is kept nearer what is live (heap-sizing.ts).
  const sized = ctx.opts.heap?.write.bind(ctx.opts.heap) ?? ((stage: () => Promise<DistUpdate>) => stage());
  return sized(async () => {
    const byId = new Map(outcomes.map((o) => [o.id, o]));
    const parts: PartSource = async (id, part) => {
      const o = byId.get(id);
      if (part === 'tei') return (await readOptional(o?.teiPath ?? '')) ?? '';
      return (await ctx.cache.getPart(o?.entry?.key ?? '', part)) ?? '';
    };
    const { sitePlan } = await import('../render/site-plan.js');
    const entries = outcomes.flatMap((o) => (o.entry ? [o.entry] : []));
    const searchParts = async (e: SiteEntry): Promise<string | undefined> => (await ctx.cache.getPart(e.key, 'search'))?.toString('utf8');
    const plan = [...sitePlan(entries, ctx.render, parts, searchParts), ...harvestPlan(ctx, outcomes)];
    const update = await updateDist(ctx.folders.dist, ctx.config.dist, plan, await ctx.cache.readDist(), (r) => ctx.cache.writeDist(r), ctx.early && { dir: ctx.early.dir, written: await earlyWritten(ctx, outcomes) });
    // The site's files need no verdict (a document validation refuses is known before its
    // schemas compile): the last chunks' validation went on meanwhile. Their cache records are
    // written before the prune, which must not meet a record being written.
    await Promise.all(ctx.validation.pending);
    await ctx.cache.prune(new Set(outcomes.map((o) => o.id)), new Set(outcomes.flatMap((o) => [o.recordKey, ...(o.entry ? [o.entry.key] : [])])));
    return update;
  });
}

/**
 * `teipress merge`: the site-wide pages (index, search, CMIF) and every file of dist, made from
 * the records that `build --shard K/N` left for K = 1…N, exactly as one build of the whole
 * edition would make them; the shards' manifest entries go into the TEI folder's manifest.
 */
import type { BuildHeap } from '../node/heap-sizing.js';
import { relative } from 'node:path';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { removeLeftovers } from '../node/leftovers.js';
import type { DocOutcome } from './build-context.js';
import { context, lockedNotice, writeFailed, writeOutputs, type BuildSummary } from './build.js';
import { lockForBuild } from './edition-lock.js';
import { writeManifest } from './manifest.js';
import { preflight } from './preflight.js';
import { readShardRecords, removeShardManifests, type ShardRecord } from './shard.js';

/** Options of `merge`. */
export interface MergeOptions {
  /** N: how many shards the documents were built in. */
  readonly shards: number;
  readonly configPath?: string;
  /** The heap sizing of the write stage when merge runs as the command (see BuildOptions). */
  readonly heap?: BuildHeap;
}

function outcomeOf(d: ShardRecord['docs'][number]): DocOutcome {
  const { entry, ...rest } = d;
  return { ...rest, ...(entry ? { entry: { id: d.id, key: entry.key, summary: entry.summary, made: new Set(entry.made), searchable: entry.searchable } } : {}) };
}

/** Merges the shards' records into dist (see the module comment); never throws. */
export async function merge(dir: string, opts: MergeOptions): Promise<BuildSummary> {
  const pre = await preflight(dir, opts.configPath);
  const done = (diagnostics: Diagnostic[], documents = 0, written = 0): BuildSummary => ({ documents, converted: 0, keptEdited: 0, written, dist: pre.folders?.dist ?? dir, diagnostics: sortDiagnostics(diagnostics), timings: {}, reports: [] });
  if (!pre.config || !pre.folders) return done(pre.diagnostics);
  const { config, folders } = pre;
  const lock = await lockForBuild(dir).catch((e: unknown) => ({ failed: e }));
  if ('failed' in lock) return done([...pre.diagnostics, writeFailed(lock.failed, dir)]);
  if ('heldBy' in lock) return done([...pre.diagnostics, lockedNotice(dir, lock)]);
  const diagnostics = [...pre.diagnostics];
  try {
    await removeLeftovers(dir, folders.tei, folders.dist);
    const { records, missing } = await readShardRecords(dir, opts.shards);
    const first = records[0];
    const mixed = records.some((r) => JSON.stringify(r.render) !== JSON.stringify(first?.render));
    if (missing.length || !first || mixed) {
      const why = missing.length ? `shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${opts.shards}`).join(', ')} ${missing.length > 1 ? 'have' : 'has'} not been built` : 'the shards were built with different options (outputs, paper size or build date)';
      diagnostics.push(diagnostic('build/shard-missing', { file: relative(process.cwd(), dir) || '.', line: 1, column: 1 }, `Nothing was merged: ${why}. Run teipress build --shard K/${opts.shards} for each, with the same options, then merge.`));
      return done(diagnostics);
    }
    const ctx = { ...(await context(dir, config, folders, diagnostics, { targets: first.render.targets, ...(first.render.buildDate ? { buildDate: first.render.buildDate } : {}), ...(opts.heap ? { heap: opts.heap } : {}) })), render: first.render };
    try {
      await writeManifest(folders.tei, ctx.manifest);
      await removeShardManifests(folders.tei);
      // The order a whole build goes in: transcript names by UTF-16 code unit (readdir + sort).
      const outcomes = records.flatMap((r) => r.docs.map(outcomeOf)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const update = await writeOutputs(ctx, outcomes);
      if (update.refused) diagnostics.push(diagnostic('build/dist-not-ours', { file: relative(process.cwd(), folders.dist) || '.', line: 1, column: 1 }, `The dist folder ${update.refused}; nothing was written into it.`));
      return done(diagnostics, outcomes.length, update.written);
    } finally {
      await ctx.pool.close();
    }
  } catch (e) {
    return done([...diagnostics, writeFailed(e, dir)]);
  } finally {
    await lock.release();
  }
}

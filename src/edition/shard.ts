/**
 * Shards: `build --shard K/N` builds the documents whose id falls in shard K of N (by a stable
 * hash of the id, never by position, so adding a transcript moves no other one), writes their
 * TEI (tracked in a manifest file of its own, `tei/.teipress-manifest.shard-K-of-N.json`) and
 * their parts into the cache, and leaves a record of what the site needs of each
 * (`.teipress/cache/shards/K-of-N.json`); `merge` builds dist from the N records.
 */
import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderOptions } from '../render/index.js';
import type { OutputKind } from '../render/links.js';
import type { DocSummary } from '../render/summary.js';
import { readCacheJson, writeCacheFile, CACHE_DIR } from '../node/cache-folder.js';
import type { DocOutcome } from './build-context.js';
import { MANIFEST_FILE, type Manifest, type ManifestEntry } from './manifest.js';

/** Shard K (1-based) of N. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** `K/N` with 1 ≤ K ≤ N, or undefined. */
export function parseShard(text: string): Shard | undefined {
  const m = /^([1-9][0-9]{0,5})\/([1-9][0-9]{0,5})$/u.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index <= count ? { index, count } : undefined;
}

/** Whether document `id` belongs to `shard`: the first 32 bits of its SHA-256, modulo N. */
export function inShard(id: string, shard: Shard): boolean {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}

const tag = (s: Shard) => `${s.index}-of-${s.count}`;

/** The shard's manifest file in the TEI folder. */
export const shardManifestFile = (s: Shard): string => MANIFEST_FILE.replace(/\.json$/u, `.shard-${tag(s)}.json`);

const SHARD_MANIFEST = /^\.teipress-manifest\.shard-([0-9]+)-of-([0-9]+)\.json$/u;

/** The shard manifests in the TEI folder, with their shards. */
export async function shardManifests(teiDir: string): Promise<{ file: string; shard: Shard }[]> {
  return (await readdir(teiDir).catch(() => [])).flatMap((name) => {
    const m = SHARD_MANIFEST.exec(name);
    return m ? [{ file: name, shard: { index: Number(m[1]), count: Number(m[2]) } }] : [];
  });
}

/** Adds to `into` the entries of each shard manifest for the documents of its shard (a shard's record is newer than the main one's). */
export function mergeManifest(into: Manifest, shard: Shard, m: Manifest): void {
  for (const [name, entry] of Object.entries(m.generated)) if (inShard(name.replace(/\.xml$/u, ''), shard)) into.generated[name] = entry as ManifestEntry;
}

/** Deletes the shard manifests once the main manifest holds their entries. */
export async function removeShardManifests(teiDir: string): Promise<void> {
  for (const { file } of await shardManifests(teiDir)) await rm(join(teiDir, file), { force: true });
}

/** What a shard leaves for `merge`: its render options and, per document, what the site needs. */
export interface ShardRecord {
  readonly shard: Shard;
  readonly render: RenderOptions;
  readonly docs: readonly (Omit<DocOutcome, 'entry'> & { readonly name: string; readonly entry?: { readonly key: string; readonly summary: DocSummary; readonly made: OutputKind[]; readonly searchable: boolean } })[];
}

const recordPath = (root: string, s: Shard) => join(root, CACHE_DIR, 'shards', `${tag(s)}.json`);

/** Writes a shard's record (atomically). */
export async function writeShardRecord(root: string, r: ShardRecord): Promise<void> {
  await writeCacheFile(recordPath(root, r.shard), JSON.stringify(r));
}

/** The records of shards 1…N; the missing ones by number. */
export async function readShardRecords(root: string, count: number): Promise<{ records: ShardRecord[]; missing: number[] }> {
  const records: ShardRecord[] = [];
  const missing: number[] = [];
  for (let index = 1; index <= count; index++) {
    const r = await readCacheJson<ShardRecord>(recordPath(root, { index, count }));
    if (r) records.push(r);
    else missing.push(index);
  }
  return { records, missing };
}

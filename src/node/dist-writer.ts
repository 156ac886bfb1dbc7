/**
 * Brings `dist/` up to date with a plan of output files, each with a key. The first build (no
 * record of what dist holds, or `--force`) writes a fresh marked folder and swaps it in
 * (dist-swap.ts). Later builds write only the files whose key changed, or whose file is not
 * the one they wrote (size, time or inode differ), and delete every other file in dist (the
 * ones the plan no longer has, and anything put there by hand, as the swap would): each file atomically (a temporary file, then a rename). Kill safety:
 * before any file is touched, the record names it as dirty and is saved, so after a kill every
 * file is old-or-new-complete and the next build rewrites (or deletes) each dirty one.
 */
import { lstatSync } from 'node:fs';
import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { writeAtomic } from './fs.js';
import { DIST_MARKER, distState, swapIn, type DistState, type FreshFolder } from './dist-swap.js';

/** What a build knows of one file it wrote into dist. */
export type DistEntry = { readonly key: string; readonly size: number; readonly mtimeMs: number; readonly ino: number } | { readonly dirty: true };

/** The record of the files a build wrote into dist (kept in the cache). */
export interface DistRecord {
  /** The dist folder it describes (relative to the edition's root). */
  readonly dist: string;
  readonly files: Record<string, DistEntry>;
  /** Set while a fresh folder is being swapped in: the record then says nothing of dist. */
  readonly swapping?: true;
}

/** About how long a piece of `distRecordJson` is (code units). */
const RECORD_PIECE = 1 << 16;

/**
 * The record as JSON text in pieces (what `JSON.parse` of them joined reads back as the
 * record): a large edition's record (60,000 files at 10,000 documents, 9 MB of JSON) is never
 * one string, nor one buffer, at once.
 */
export function* distRecordJson(record: DistRecord): Generator<string> {
  let piece = `{"dist":${JSON.stringify(record.dist)},${record.swapping ? '"swapping":true,' : ''}"files":{`;
  let first = true;
  for (const path in record.files) {
    piece += `${first ? '' : ','}${JSON.stringify(path)}:${JSON.stringify(record.files[path])}`;
    first = false;
    if (piece.length >= RECORD_PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}}}`;
}

/** A file's content: text, bytes, or text in pieces, perhaps made as they are read (written one by one, never joined). */
export type OutputContent = string | Uint8Array | Iterable<string> | AsyncIterable<string>;

/** One output file to bring up to date. */
export interface DistOutput {
  readonly path: string;
  readonly key: string;
  readonly make: () => Promise<OutputContent>;
}

/** What an update did: files written and deleted, or why dist was refused. */
export interface DistUpdate {
  readonly refused?: string;
  readonly written: number;
  readonly removed: number;
  readonly record?: DistRecord;
}

const within = (dist: string, path: string): string => {
  // An output path is a '/'-separated name the renderer made; one that could climb out (absolute,
  // or with a `..` step) is a bug, never written. Checked on the name itself: a no-op build
  // checks thousands, and path.relative costs more than the lstat beside it.
  if (isAbsolute(path) || path.split(/[/\\]/u).includes('..')) throw new Error(`output path ${path} leaves the dist folder`);
  return join(dist, path);
};

/** A written file's entry, from a direct lstat (a fresh build takes one for every file of dist). */
function entryOf(path: string, key: string): DistEntry {
  const st = lstatSync(path);
  return { key, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}

/**
 * Whether the file is the one the record describes. A direct lstat: a no-op build checks
 * thousands, and a promise lstat costs a thread-pool round trip each (about ten times the CPU).
 */
function unchanged(path: string, entry: DistEntry | undefined, key: string): boolean {
  if (!entry || 'dirty' in entry || entry.key !== key) return false;
  let st;
  try {
    st = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  return st !== undefined && st.isFile() && st.size === entry.size && st.mtimeMs === entry.mtimeMs && st.ino === entry.ino;
}

/** True when every folder the outputs go into is a real folder under dist (or absent): in-place writes then stay inside. */
async function foldersAreReal(dist: string, outputs: readonly DistOutput[]): Promise<boolean> {
  // Each output's folder and the folders above it, walked up only until one already seen (a
  // no-op build of a large edition checks thousands of outputs in a few folders).
  const dirs = new Set<string>();
  for (const o of outputs) {
    for (let d = o.path.slice(0, Math.max(0, o.path.lastIndexOf('/'))); d && !dirs.has(d); d = d.slice(0, Math.max(0, d.lastIndexOf('/')))) dirs.add(d);
  }
  for (const d of dirs) {
    const st = await lstat(join(dist, d)).catch(() => undefined);
    if (st && (!st.isDirectory() || st.isSymbolicLink())) return false;
  }
  return true;
}

/**
 * Whether the update will swap in a fresh folder whatever the outputs are (`record` is what the
 * last build wrote, `state` what stands at the dist path): a build that knows it early fills
 * the fresh folder as it goes (`EarlyFolder`).
 */
export function swapsFresh(record: DistRecord | undefined, distName: string, state: DistState): boolean {
  return !record || record.swapping === true || record.dist !== distName || state !== 'ours';
}

/**
 * A fresh folder made before the update (dist-swap.ts `prepareFresh`) and the files already
 * written into it: each path, with the key of the output it is (`get`: undefined for a path
 * not written there). A map of path → key is one.
 */
export interface EarlyFolder extends FreshFolder {
  readonly written: { get(path: string): string | undefined; keys(): Iterable<string> };
}

/**
 * Updates dist (see the module comment). `record` is what the last build wrote (undefined: swap
 * in a fresh folder); `save` keeps the record between steps; `early`, a fresh folder the build
 * filled as it went (it is swapped in with the rest of the files, or deleted when the update
 * goes in place after all). Returns counts and the new record.
 */
export async function updateDist(dist: string, distName: string, outputs: readonly DistOutput[], record: DistRecord | undefined, save: (r: DistRecord) => Promise<void>, early?: EarlyFolder): Promise<DistUpdate> {
  const unique = [...new Map(outputs.map((o) => [o.path, o])).values()];
  const state = await distState(dist);
  if (typeof state === 'object') {
    if (early) await rm(early.dir, { recursive: true, force: true });
    return { refused: state.refuse, written: 0, removed: 0 };
  }
  if (!record || swapsFresh(record, distName, state) || !(await foldersAreReal(dist, unique))) return swapFresh(dist, distName, unique, save, early);
  if (early) await rm(early.dir, { recursive: true, force: true });
  const files: Record<string, DistEntry> = { ...record.files };
  const same = unique.map((o) => unchanged(within(dist, o.path), files[o.path], o.key));
  const changed = unique.filter((_, i) => !same[i]);
  const planned = new Set(unique.map((o) => o.path));
  // dist is teipress's own (the marker says so): what a fresh build would not hold goes, as with the swap.
  const gone = [...new Set([...Object.keys(files), ...(await filesIn(dist))])].filter((p) => !planned.has(p) && p !== DIST_MARKER);
  if (!changed.length && !gone.length) return { written: 0, removed: 0, record };
  for (const o of changed) files[o.path] = { dirty: true };
  for (const p of gone) files[p] = { dirty: true };
  await save({ dist: distName, files });
  for (const o of changed) {
    const to = within(dist, o.path);
    await writeAtomic(to, await o.make());
    files[o.path] = entryOf(to, o.key);
  }
  for (const p of gone) {
    const at = within(dist, p);
    await rm(at, { force: true });
    await removeEmptyFolders(dist, dirname(at));
    delete files[p];
  }
  const next = { dist: distName, files };
  await save(next);
  return { written: changed.length, removed: gone.length, record: next };
}

/** Every file or link under dist, as '/'-paths (folders are walked, links are not followed). */
async function filesIn(dist: string, sub = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dist, sub), { withFileTypes: true }).catch(() => [])) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await filesIn(dist, rel)));
    else out.push(rel);
  }
  return out;
}

/** Deletes `dir` and the folders above it up to dist while they are empty (a fresh build would not have them). */
async function removeEmptyFolders(dist: string, dir: string): Promise<void> {
  for (let at = dir; relative(dist, at) !== '' && !relative(dist, at).startsWith('..'); at = dirname(at)) {
    if (!(await rmdir(at).then(() => true, () => false))) return;
  }
}

/**
 * The first build's way: every file into a fresh marked folder, swapped in; then the record.
 * With `early`, the files it holds under their output's key are kept, and those that are not
 * outputs (any more) deleted.
 */
async function swapFresh(dist: string, distName: string, outputs: readonly DistOutput[], save: (r: DistRecord) => Promise<void>, early?: EarlyFolder): Promise<DistUpdate> {
  // No record while the swap runs: a kill now leaves the next build to swap again.
  await save({ dist: distName, files: {}, swapping: true });
  if (early) {
    const planned = new Set(outputs.map((o) => o.path));
    // A file no output has (a document validation refused after its worker wrote it) goes, and
    // its folder if that leaves it empty; one of another key is written again below.
    for (const path of early.written.keys()) {
      if (planned.has(path)) continue;
      const at = within(early.dir, path);
      await rm(at, { force: true });
      await removeEmptyFolders(early.dir, dirname(at));
    }
  }
  // One file made at a time, written, and dropped: memory does not grow with the edition.
  async function* made(): AsyncGenerator<{ path: string; content: OutputContent }> {
    for (const o of outputs) if (early?.written.get(o.path) !== o.key) yield { path: o.path, content: await o.make() };
  }
  const refused = await swapIn(dist, made(), early);
  if (refused) return { refused, written: 0, removed: 0 };
  const entries: Record<string, DistEntry> = {};
  for (const o of outputs) entries[o.path] = entryOf(join(dist, o.path), o.key);
  const record = { dist: distName, files: entries };
  await save(record);
  return { written: outputs.length, removed: 0, record };
}

export { DIST_MARKER };

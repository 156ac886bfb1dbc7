import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic, writeAtomicNow } from './fs.js';

/** The build cache, relative to the edition's root. */
export const CACHE_DIR = '.teipress/cache';

const IGNORE = '# The build cache of teipress: made and deleted by teipress, never committed.\n*\n';

/**
 * Makes (or finds) the cache folder `.teipress/cache` at the edition's root. Both segments must
 * be real folders: a symbolic link or a file there (which could lead writes out of the edition)
 * gives a reason instead, and then the build runs without a cache. The folder holds a
 * `.gitignore` that ignores everything in it.
 */
export async function openCacheFolder(root: string): Promise<{ readonly dir: string } | { readonly problem: string }> {
  let at = root;
  for (const segment of CACHE_DIR.split('/')) {
    at = join(at, segment);
    let st = await lstat(at).catch(() => undefined);
    if (!st) {
      // another build of the edition (a shard beside this one) may make it at the same moment
      await mkdir(at).catch((e: unknown) => ((e as NodeJS.ErrnoException).code === 'EEXIST' ? undefined : Promise.reject(e)));
      st = await lstat(at);
    }
    if (!st.isDirectory() || st.isSymbolicLink()) return { problem: `${CACHE_DIR} is not a folder of its own (a ${st.isSymbolicLink() ? 'symbolic link' : 'file'} stands at ${segment})` };
  }
  const ignore = join(at, '.gitignore');
  if ((await readFile(ignore, 'utf8').catch(() => '')) !== IGNORE) await writeFile(ignore, IGNORE);
  return { dir: at };
}

/**
 * A JSON file of the cache, or undefined when it is missing or not JSON (a cache miss, never an
 * error). Read at once: a record is small, and a no-op build reads one per document, where a
 * promise read costs several thread-pool round trips (see `readOptionalNow`).
 */
export async function readCacheJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes a cache file atomically (a kill leaves the old file or the new one); text in pieces is written piece by piece. */
export async function writeCacheFile(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  await writeAtomic(path, content);
}

/** `writeCacheFile` at once (see `writeAtomicNow`): a document's records and parts. */
export function writeCacheFileNow(path: string, content: string | Uint8Array): void {
  writeAtomicNow(path, content);
}

/** Deletes the files of a cache subfolder that `keep` rejects (names only teipress made there). */
export async function pruneCacheFolder(dir: string, keep: (name: string) => boolean): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [])) {
    if (name.startsWith('.') || keep(name)) continue;
    await rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * The parts as one file: a first line naming each part with its length in bytes (JSON), then
 * their bytes one after another. Undefined when there is no part.
 */
export function bundled(parts: Readonly<Partial<Record<string, string | Uint8Array>>>): Buffer | undefined {
  const bytes = Object.entries(parts).flatMap(([name, c]) => (c === undefined ? [] : [[name, Buffer.from(c)] as const]));
  if (!bytes.length) return undefined;
  const head = Buffer.from(`${JSON.stringify(bytes.map(([name, b]) => [name, b.length]))}\n`, 'utf8');
  return Buffer.concat([head, ...bytes.map(([, b]) => b)]);
}

/**
 * One part of the bundle file at `path` (`bundled`), read alone: its head line, then the
 * part's bytes, never the whole file (the site's files of a large edition read one part of each
 * document's bundle, a fraction of its bytes). Undefined when the render did not make the part;
 * null when there is no such file.
 */
export function readBundledPart(path: string, part: string): Buffer | undefined | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    // The head names a few parts: one read holds it, or a few more for an unusually long one.
    let head = Buffer.allocUnsafe(512);
    let got = readAll(fd, head, 0);
    let end = head.subarray(0, got).indexOf(0x0a);
    while (end < 0 && got === head.length) {
      const longer = Buffer.allocUnsafe(head.length * 2);
      head.copy(longer);
      got += readAll(fd, longer.subarray(got), got);
      head = longer;
      end = head.subarray(0, got).indexOf(0x0a);
    }
    if (end < 0) end = got;
    let at = end + 1;
    for (const [name, length] of JSON.parse(head.toString('utf8', 0, end)) as [string, number][]) {
      if (name === part) {
        const bytes = Buffer.allocUnsafe(length);
        return bytes.subarray(0, readAll(fd, bytes, at));
      }
      at += length;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Reads into all of `into` from `position` on, or up to the end of the file; gives the bytes read. */
function readAll(fd: number, into: Uint8Array, position: number): number {
  let got = 0;
  while (got < into.length) {
    const n = readSync(fd, into, got, into.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

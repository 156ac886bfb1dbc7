import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, basename, resolve } from 'node:path';
import { randomInt } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

/**
 * The temporary name beside `path`: `.NAME.PID-N.tmp`, NAME cut to 40 characters so that a
 * target whose name is near the file system's limit still has a temporary name that fits. N is
 * random (48 bits), not a module counter: two writes of one process meet with odds of 2^-48, and no
 * state is kept between calls.
 * The next build removes such a file when its process is gone (see `removeLeftovers`).
 */
export function tempNameFor(path: string): string {
  return join(dirname(path), `.${[...basename(path)].slice(0, 40).join('')}.${process.pid}-${randomInt(2 ** 48 - 1)}.tmp`);
}

/**
 * The chunks with no surrogate pair split between two of them: each chunk is encoded to UTF-8
 * on its own, and half a pair would become U+FFFD.
 */
async function* wholeCharacters(chunks: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of chunks) {
    let s = carry + chunk;
    carry = '';
    const last = s.charCodeAt(s.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      carry = s.slice(-1);
      s = s.slice(0, -1);
    }
    if (s) yield s;
  }
  if (carry) yield carry;
}

/** Whether a file-system error has the code `code`. */
const hasCode = (e: unknown, code: string): boolean => (e as NodeJS.ErrnoException | undefined)?.code === code;

/** Whether `path` exists (as any kind of file); errors other than ENOENT are thrown. */
async function existsAt(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (e: unknown) => (hasCode(e, 'ENOENT') ? false : Promise.reject(e)),
  );
}

/** {@link existsAt} at once. */
function existsNow(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (e) {
    if (hasCode(e, 'ENOENT')) return false;
    throw e;
  }
}

/**
 * Makes the folder `dir` with its missing parents, like `mkdir -p`. Not Node's own recursive
 * `mkdir`: where a folder cannot be made although its parent exists (a path under `/proc`), that
 * one retries for ever; here the error (ENOENT, ENOTDIR, EACCES…) is thrown at once.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = resolve(dir); !(await existsAt(d)) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const d of missing) await mkdir(d).catch((e: unknown) => (hasCode(e, 'EEXIST') ? undefined : Promise.reject(e)));
}

/** {@link makeFolder} at once, on this thread. */
export function makeFolderNow(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsNow(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if (!hasCode(e, 'EEXIST')) throw e;
    }
  }
}

/** A failed write's error naming the file written (`path`), not its temporary name, which the user never sees. */
function targetNamed(e: unknown, path: string): unknown {
  if (e instanceof Error && typeof (e as NodeJS.ErrnoException).path === 'string') (e as NodeJS.ErrnoException).path = path;
  return e;
}

/**
 * Writes a file atomically: the content (a string, bytes, or string chunks written in order,
 * which may be made as they are read)
 * goes to a temporary file beside the target, which is then renamed over it, so a crash
 * never leaves a partial output file.
 */
export async function writeAtomic(path: string, content: string | Uint8Array | Iterable<string> | AsyncIterable<string>): Promise<void> {
  await makeFolder(dirname(path));
  const tmp = tempNameFor(path);
  try {
    // Chunks are written one by one (writeFile takes an iterable): never joined into one string.
    await writeFile(tmp, typeof content === 'string' || content instanceof Uint8Array ? content : wholeCharacters(content));
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw targetNamed(e, path);
  }
}

/**
 * `writeAtomic` at once, for a build's many small files in a few folders made once (the build
 * cache: 7,000 files for 1,000 documents): a promise write is a mkdir, an open, a write, a
 * close and a rename, each a thread-pool round trip; directly it is two calls on this thread.
 * The folder is made only when it is missing.
 */
export function writeAtomicNow(path: string, content: string | Uint8Array): void {
  const tmp = tempNameFor(path);
  try {
    try {
      writeFileSync(tmp, content);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      makeFolderNow(dirname(path));
      writeFileSync(tmp, content);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw targetNamed(e, path);
  }
}

/** Reads a file, or returns undefined when it does not exist. */
export async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Reads a small file at once, or returns undefined when it does not exist. For a build's batches
 * of small reads made while nothing else waits on this thread: each promise read costs several
 * thread-pool round trips (open, stat, read, close), about six times the CPU of a direct read
 * (3,000 cache records, transcripts and TEI files: 250-410 ms against 45 ms).
 */
export function readOptionalNow(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** An output file that could not be written, as a diagnostic naming it and the system's reason. */
export function writeFailure(path: string, e: unknown): Diagnostic {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) throw e;
  const why: Readonly<Record<string, string>> = { EEXIST: 'a file stands where its folder should be', ENOTDIR: 'a file stands where its folder should be', EACCES: 'permission denied', EPERM: 'permission denied', ENAMETOOLONG: 'the name is too long', ENOSPC: 'the disk is full', EROFS: 'the file system is read-only', ENOENT: 'its folder cannot be made there', EISDIR: 'a folder stands where the file should be' };
  return diagnostic('build/write-failed', { file: path, line: 1, column: 1 }, `${path} could not be written (${code}: ${why[code] ?? 'a file-system error'}).`);
}

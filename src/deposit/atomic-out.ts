/**
 * Atomic package output: a package is built in a temporary folder beside `--out` and renamed
 * into place only when complete (with `--zip`, the zip is written beside `--out` and renamed),
 * so an interrupted deposit never leaves a half-written package at `--out`.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeZip } from './zip.js';

/** The temporary folder (or file) for `out`: hidden, beside it, named for this process. */
export function tempFor(out: string, suffix = ''): string {
  return join(dirname(out), `.${basename(out)}.teipress-${process.pid}${suffix}.tmp`);
}

/** Every file under `root`, relative, `/`-separated, in code-point order (a stable zip order). */
export async function allFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(root, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await allFiles(root, path)));
    else out.push(path);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** True when something exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * Moves the finished folder `tmp` to `out`; with `zip`, writes its files into the zip `out`
 * (entries under `prefix/` when a prefix is given) instead and removes the folder.
 */
export async function publish(tmp: string, out: string, zip: { prefix: string; epochMs: number } | undefined): Promise<void> {
  if (!zip) return rename(tmp, out);
  const tmpZip = tempFor(out, '-zip');
  try {
    await writeZip(tmpZip, tmp, await allFiles(tmp), zip.prefix, zip.epochMs);
    await rename(tmpZip, out);
  } finally {
    await rm(tmpZip, { force: true });
    await rm(tmp, { recursive: true, force: true });
  }
}

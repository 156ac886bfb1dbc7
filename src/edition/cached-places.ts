/**
 * The files named by diagnostics kept in the build cache, made independent of the working
 * folder: a build shows paths relative to the folder it runs in, so the cache keeps them
 * relative to the edition and a reuse shows them relative to the folder of the build reusing
 * them. Without this a build run from another folder would see other diagnostics, and so
 * could not reuse anything whose key had to include the shown paths.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Place } from '../diagnostics/diagnostic.js';

type Move = (file: string) => string;

function moved<T extends Place>(p: T, move: Move): T {
  return { ...p, file: move(p.file) };
}

function moveAll(ds: readonly Diagnostic[], move: Move): Diagnostic[] {
  return ds.map((d) => (d.origin ? { ...moved(d, move), origin: moved(d.origin, move) } : moved(d, move)));
}

/** `ds` (files relative to the working folder, as shown) with files relative to the edition at `root`, to keep. */
export function keptPlaces(ds: readonly Diagnostic[], root: string): Diagnostic[] {
  // An empty file (no file at all) stays empty; an absolute one is where it was shown.
  return moveAll(ds, (f) => (f === '' || isAbsolute(f) ? f : relative(root, resolve(process.cwd(), f)).split(sep).join('/')));
}

/** Kept `ds` (files relative to the edition at `root`) as this build shows them: relative to the working folder. */
export function shownPlaces(ds: readonly Diagnostic[], root: string): Diagnostic[] {
  return moveAll(ds, (f) => (f === '' || isAbsolute(f) ? f : relative(process.cwd(), join(root, f)) || '.'));
}

/** Where `path` is in the edition at `root` ('/'-separated): what a cache key names a file by. */
export function editionPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

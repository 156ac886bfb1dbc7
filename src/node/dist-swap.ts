import { lstat, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { writeAtomic } from './fs.js';
import type { OutputContent } from './dist-writer.js';

/** The file by which teipress marks a dist folder as its own (and so replaceable). */
export const DIST_MARKER = '.teipress-dist';

const MARKER_TEXT = 'This folder was written by teipress; every build makes it what a fresh build gives, deleting anything else in it: do not keep files of your own here.\n';

/** What stands at the dist path: nothing, an empty folder, teipress's own folder, or something to leave alone. */
export type DistState = 'absent' | 'empty' | 'ours' | { readonly refuse: string };

/** Looks at the dist path without changing anything. */
export async function distState(dist: string): Promise<DistState> {
  const st = await lstat(dist).catch(() => undefined);
  if (!st) return 'absent';
  if (st.isSymbolicLink()) return { refuse: 'is a symbolic link' };
  if (!st.isDirectory()) return { refuse: 'is a file, not a folder' };
  if (await isMarked(dist)) return 'ours';
  if (!(await readdir(dist)).length) return 'empty';
  return { refuse: `is a folder that teipress did not make (it has no ${DIST_MARKER} file) and is not empty` };
}

async function isMarked(dir: string): Promise<boolean> {
  return lstat(join(dir, DIST_MARKER)).then((s) => s.isFile(), () => false);
}

/**
 * Writes the outputs into a fresh marked folder beside `dist` (`dist.tmp-PID`), then replaces
 * `dist` with it; the old folder (`dist.old-PID`) is deleted only when it carries the marker.
 * Returns a reason when `dist` is not teipress's own, and then writes nothing.
 */
export async function swapIn(dist: string, files: Iterable<{ path: string; content: OutputContent }> | AsyncIterable<{ path: string; content: OutputContent }>): Promise<string | undefined> {
  const state = await distState(dist);
  if (typeof state === 'object') return state.refuse;
  const fresh = `${dist}.tmp-${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  await mkdir(fresh, { recursive: true });
  await writeFile(join(fresh, DIST_MARKER), MARKER_TEXT);
  for await (const f of files) {
    const to = join(fresh, f.path);
    // An output path is a name the renderer made; one that would climb out is a bug, never written.
    if (relative(fresh, to).split(sep).includes('..')) throw new Error(`output path ${f.path} leaves the dist folder`);
    await writeAtomic(to, f.content);
  }
  const old = `${dist}.old-${process.pid}`;
  if (state === 'empty') await rmdir(dist);
  if (state === 'ours') await rename(dist, old);
  await rename(fresh, dist);
  if (state === 'ours' && (await isMarked(old))) await rm(old, { recursive: true, force: true });
  return undefined;
}

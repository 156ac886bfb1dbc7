/**
 * Finds the files of an edition to package, safely: only regular files inside the edition
 * folder; a symbolic link is followed only when its target is inside the edition too (a link
 * out is refused with a diagnostic); hidden files and folders (.git, caches, the build's
 * checksum file), temporary files and operating-system files are never packaged.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isSystemFile } from './bag-walk.js';

/** A file found in the edition: its absolute path and its path relative to the folder searched. */
export interface FoundFile {
  readonly source: string;
  readonly rel: string;
}

/** Names never packaged: hidden entries, editor backups and swap files, temp folders of teipress's atomic writes. */
const EXCLUDED = /^\.|~$|\.(?:tmp|swp|swo|bak|part|crdownload)$|\.(?:tmp|old)-[0-9]+$|^node_modules$/iu;

/** True when a file or folder name is never packaged. */
export function isExcluded(name: string): boolean {
  return EXCLUDED.test(name) || isSystemFile(name);
}

/** Whether `path` lies inside `root` (both real paths). */
function inside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && !/^[A-Za-z]:/u.test(r));
}

/**
 * Lists the files under `dir` (sorted, `/`-separated), within the edition `root`. Links out of
 * the edition become `deposit/symlink` errors in `ds`, shown relative to `display`.
 */
export async function findFiles(root: string, dir: string, ds: Diagnostic[]): Promise<FoundFile[]> {
  const realRoot = await realpath(root);
  const out: FoundFile[] = [];
  const seen = new Set<string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    const real = await realpath(abs).catch(() => undefined);
    if (!real || seen.has(real)) return;
    seen.add(real);
    const entries = (await readdir(abs, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries.filter((x) => !isExcluded(x.name))) {
      const path = join(abs, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) {
        const target = await realpath(path).catch(() => undefined);
        if (!target || !inside(realRoot, target)) {
          ds.push(diagnostic('deposit/symlink', { file: relative(process.cwd(), path) || path, line: 1, column: 1 }, `${relative(root, path)} is a symbolic link to ${target ?? 'a missing file'}, outside the edition; it is not packaged.`));
          continue;
        }
      }
      const kind = e.isSymbolicLink() ? await stat(path) : e;
      if (kind.isDirectory()) await walk(path, r);
      else if (kind.isFile()) out.push({ source: path, rel: r });
    }
  };
  if (await stat(dir).then((s) => s.isDirectory(), () => false)) await walk(dir, '');
  return out;
}

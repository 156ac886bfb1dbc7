/**
 * Lists the files of a bag without following links: every regular file by its `/`-separated
 * path relative to the bag, and every symbolic link apart (a bag holds files only).
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What a bag folder holds on disk. */
export interface BagListing {
  /** Regular files, relative, `/`-separated, sorted. */
  readonly files: string[];
  /** Symbolic links (never followed). */
  readonly links: string[];
}

/** Walks `root` depth first; entries that are neither files, folders nor links (sockets…) are ignored. */
export async function listBag(root: string): Promise<BagListing> {
  const files: string[] = [];
  const links: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const names = (await readdir(join(root, rel))).sort();
    for (const name of names) {
      const path = rel ? `${rel}/${name}` : name;
      const st = await lstat(join(root, path));
      if (st.isSymbolicLink()) links.push(path);
      else if (st.isDirectory()) await walk(path);
      else if (st.isFile()) files.push(path);
    }
  };
  await walk('');
  return { files: files.sort(), links: links.sort() };
}

/** Names operating systems leave in folders (Finder, Explorer, AppleDouble resource forks). */
const SYSTEM_FILE = /(?:^|\/)(?:\.DS_Store|Thumbs\.db|ehthumbs\.db|desktop\.ini|\._[^/]*|\.Spotlight-V100|\.Trashes|\.fseventsd)$/iu;

/** True for an operating-system file (.DS_Store, Thumbs.db, desktop.ini, ._name). */
export function isSystemFile(path: string): boolean {
  return SYSTEM_FILE.test(path);
}

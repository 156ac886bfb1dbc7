import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pidAlive } from './pid.js';
import { DIST_MARKER } from './dist-swap.js';
import { BACKUP_DIR } from '../edition/edited-tei.js';
import { CACHE_DIR } from './cache-folder.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Removes what a killed build of teipress left behind, and nothing else: only names of
 * teipress's own making (`dist.tmp-PID`, `dist.old-PID` beside dist and marked as teipress's
 * own or empty; `.NAME.PID.tmp` and `.NAME.PID-N.tmp` files in the TEI folder, its backup
 * folder, at the root, in the build cache and in a marked dist folder's folders) whose process is no
 * longer running. Returns the paths removed.
 */
export async function removeLeftovers(root: string, teiDir: string, dist: string): Promise<string[]> {
  const removed: string[] = [];
  const distRe = new RegExp(`^${escape(basename(dist))}\\.(?:tmp|old)-([0-9]+)$`, 'u');
  for (const name of await names(dirname(dist))) {
    const m = distRe.exec(name);
    const path = join(dirname(dist), name);
    if (m && !pidAlive(Number(m[1])) && (await removeOwnFolder(path))) removed.push(path);
  }
  const tmpRe = /^\..+\.([0-9]+)(?:-[0-9]+)?\.tmp$|^\.teipress\.lock\.(?:stale-)?([0-9]+)(?:\.tmp)?$/u;
  const cache = join(root, CACHE_DIR);
  const inPlace = (await isMarkedFolder(dist)) ? await foldersUnder(dist) : [];
  for (const dir of new Set([teiDir, root, join(teiDir, BACKUP_DIR), cache, join(cache, 'docs'), join(cache, 'parts'), ...inPlace])) {
    for (const name of await names(dir)) {
      const m = tmpRe.exec(name);
      const path = join(dir, name);
      if (!m || pidAlive(Number(m[1] ?? m[2]))) continue;
      const st = await lstat(path).catch(() => undefined);
      if (st?.isFile()) {
        await rm(path, { force: true });
        removed.push(path);
      }
    }
  }
  return removed;
}

async function isMarkedFolder(dir: string): Promise<boolean> {
  const st = await lstat(dir).catch(() => undefined);
  return st?.isDirectory() === true && (await lstat(join(dir, DIST_MARKER)).then((s) => s.isFile(), () => false));
}

/** `dir` and every real folder under it (links are not followed): where in-place writes of dist leave temporary files. */
async function foldersUnder(dir: string): Promise<string[]> {
  const out = [dir];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (e.isDirectory()) out.push(...(await foldersUnder(join(dir, e.name))));
  }
  return out;
}

async function names(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Deletes a real folder that holds teipress's marker, or an empty one; anything else stays. */
async function removeOwnFolder(path: string): Promise<boolean> {
  const st = await lstat(path).catch(() => undefined);
  if (!st?.isDirectory()) return false;
  if (await lstat(join(path, DIST_MARKER)).then((s) => s.isFile(), () => false)) {
    await rm(path, { recursive: true, force: true });
    return true;
  }
  return rmdir(path).then(() => true, () => false);
}

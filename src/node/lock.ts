import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pidAlive } from './pid.js';

/** The lock file at the edition's root while a build runs. */
export const LOCK_FILE = '.teipress.lock';

/** Who holds an edition's lock. */
export interface LockHolder {
  readonly pid: number;
  /** ISO time the holder started its build. */
  readonly started: string;
}

/** The outcome of trying to lock an edition: a release function, or the live holder. */
export type LockResult = { readonly release: () => Promise<void> } | { readonly heldBy: LockHolder };

function parseHolder(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    return typeof v.pid === 'number' && typeof v.started === 'string' ? { pid: v.pid, started: v.started } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the edition's lock: the file is made complete under a private name and then linked
 * into place, which fails when it exists, so two builds can never both hold it. A lock whose
 * holder is no longer running (or that is unreadable, or names this process but predates it)
 * is stale and is broken once.
 */
export async function lockEdition(root: string, file = LOCK_FILE): Promise<LockResult> {
  const path = join(root, file);
  const mine: LockHolder = { pid: process.pid, started: new Date().toISOString() };
  const tmp = join(root, `${file}.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(mine) + '\n');
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(tmp, path);
        return { release: () => release(path, mine) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''));
      if (holder && holderAlive(holder)) return { heldBy: holder };
      await breakStale(path, holder);
    }
    const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''));
    return { heldBy: holder ?? { pid: 0, started: 'unknown' } };
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Moves a stale lock aside and deletes it, unless what was moved is not the stale lock that
 * was read (another build broke it and locked in between): that one is put back.
 */
async function breakStale(path: string, seen: LockHolder | undefined): Promise<void> {
  const aside = `${path}.stale-${process.pid}`;
  if (!(await rename(path, aside).then(() => true, () => false))) return;
  const moved = parseHolder(await readFile(aside, 'utf8').catch(() => ''));
  if (moved && holderAlive(moved) && (moved.pid !== seen?.pid || moved.started !== seen.started)) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

/**
 * Whether the holder's process is running. A lock that names this very process but was taken
 * before it started is a killed build's (a fresh container often gives a build the process id
 * of the one that was killed), so it is not live.
 */
function holderAlive(holder: LockHolder): boolean {
  if (holder.pid === process.pid && Date.parse(holder.started) < Math.floor(performance.timeOrigin)) return false;
  return pidAlive(holder.pid);
}

async function release(path: string, mine: LockHolder): Promise<void> {
  const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''));
  if (holder?.pid === mine.pid && holder.started === mine.started) await rm(path, { force: true });
}

/** The live holder of the lock file `file` at `root`, if any (a stale or absent lock is none). */
export async function liveHolder(root: string, file: string): Promise<LockHolder | undefined> {
  const holder = parseHolder(await readFile(join(root, file), 'utf8').catch(() => ''));
  return holder && holderAlive(holder) ? holder : undefined;
}

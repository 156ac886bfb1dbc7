import { readdir } from 'node:fs/promises';
import { LOCK_FILE, liveHolder, lockEdition, type LockHolder } from '../node/lock.js';
import type { Shard } from './shard.js';

/** A shard's lock file at the edition's root (shards of one edition run at once; each holds its own). */
export const shardLockFile = (s: Shard): string => `.teipress.shard-${s.index}-of-${s.count}.lock`;

const SHARD_LOCK = /^\.teipress\.shard-[0-9]+-of-[0-9]+\.lock$/u;

/** The edition locked for a build (or a shard of one), or who holds it and in which file. */
export type EditionLock = { readonly release: () => Promise<void> } | { readonly heldBy: LockHolder; readonly file: string };

/**
 * Locks the edition for a whole build (`.teipress.lock`) or for one shard (its own lock file):
 * a whole build refuses while any shard build runs, and a shard build while a whole build runs,
 * since both write the TEI folder.
 */
export async function lockForBuild(root: string, shard?: Shard): Promise<EditionLock> {
  const file = shard ? shardLockFile(shard) : LOCK_FILE;
  const lock = await lockEdition(root, file);
  if ('heldBy' in lock) return { heldBy: lock.heldBy, file };
  const others = shard ? [LOCK_FILE] : (await readdir(root).catch(() => [])).filter((n) => SHARD_LOCK.test(n));
  for (const other of others) {
    const holder = await liveHolder(root, other);
    if (holder) {
      await lock.release();
      return { heldBy: holder, file: other };
    }
  }
  return lock;
}

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, liveHolder, lockEdition } from '../../../src/node/lock.js';

const dir = () => mkdtempSync(join(tmpdir(), 'teipress-audit-lock-'));
/** An ISO time `ms` milliseconds before this process started. */
const beforeStart = (ms: number) => new Date(Math.floor(performance.timeOrigin) - ms).toISOString();

describe('a lock that names this process id', () => {
  it('is stale when it was taken before this process started (a killed build in a container that reused its id)', async () => {
    const root = dir();
    const stale = { pid: process.pid, started: beforeStart(60_000) };
    writeFileSync(join(root, LOCK_FILE), `${JSON.stringify(stale)}\n`);
    expect(await liveHolder(root, LOCK_FILE)).toBeUndefined();
    const r = await lockEdition(root);
    expect('release' in r).toBe(true);
    const taken = JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')) as { pid: number; started: string };
    expect(taken.pid).toBe(process.pid);
    expect(Date.parse(taken.started)).toBeGreaterThanOrEqual(Math.floor(performance.timeOrigin));
    if ('release' in r) await r.release();
  });

  it('is live when it was taken since this process started, and names the holder', async () => {
    const root = dir();
    const held = { pid: process.pid, started: new Date().toISOString() };
    writeFileSync(join(root, LOCK_FILE), `${JSON.stringify(held)}\n`);
    expect(await liveHolder(root, LOCK_FILE)).toEqual(held);
    expect(await lockEdition(root)).toEqual({ heldBy: held });
    expect(readFileSync(join(root, LOCK_FILE), 'utf8')).toBe(`${JSON.stringify(held)}\n`);
  });

  it('is live when its start time cannot be read, as a lock with another live id is', async () => {
    const root = dir();
    const odd = { pid: process.pid, started: 'unknown' };
    writeFileSync(join(root, LOCK_FILE), `${JSON.stringify(odd)}\n`);
    expect(await lockEdition(root)).toEqual({ heldBy: odd });
    const other = { pid: process.ppid, started: beforeStart(60_000) };
    writeFileSync(join(root, LOCK_FILE), `${JSON.stringify(other)}\n`);
    expect(await lockEdition(root)).toEqual({ heldBy: other });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority, WORKER_NICE } from '../../../src/node/thread-priority.js';
import { documentPool, poolAvailable, WORKER_LIMITS } from '../../../src/render/pool.js';

const repo = join(import.meta.dirname, '../../..');
const linux = process.platform === 'linux';

/** Every thread of this process → its nice value (field 19 of /proc/self/task/TID/stat). */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // the fields after the command name, which is in parentheses and may hold spaces
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), Number(fields[16]));
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/** Runs the compiled lowerThreadPriority in a thread of its own (first set to `start`), and gives what it returned and the thread's nice value after. */
function inFreshThread(start: number, nice: number): Promise<{ returned: number | undefined; after: number }> {
  const url = pathToFileURL(join(repo, 'lib/node/thread-priority.js')).href;
  const code = `const { parentPort, workerData } = require('node:worker_threads'); const os = require('node:os');
    import(workerData.url).then((m) => { os.setPriority(0, workerData.start); const returned = m.lowerThreadPriority(workerData.nice); parentPort.postMessage({ returned, after: os.getPriority(0) }); });`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { url, start, nice } });
    w.once('message', (m: { returned: number | undefined; after: number }) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

describe('lowering a thread’s priority', () => {
  it('does nothing outside Linux, where a nice value is the whole process’s', () => {
    const before = getPriority(0);
    expect(lowerThreadPriority(WORKER_NICE, 'darwin')).toBeUndefined();
    expect(lowerThreadPriority(WORKER_NICE, 'win32')).toBeUndefined();
    expect(getPriority(0)).toBe(before);
  });

  it.runIf(linux)('lowers the calling thread only, and never raises one already lower', async () => {
    const before = getPriority(0);
    expect(await inFreshThread(before, 12)).toEqual({ returned: Math.max(before, 12), after: Math.max(before, 12) });
    // a thread already at 15 (nice -n 15 teipress build) stays there
    expect(await inFreshThread(Math.max(before, 15), 12)).toEqual({ returned: Math.max(before, 15), after: Math.max(before, 15) });
    expect(getPriority(0)).toBe(before);
  });

  it.runIf(linux)('is where a render worker runs: its thread at WORKER_NICE, the caller’s thread as it was', async () => {
    // the pool runs the compiled worker (npm test builds first)
    expect(poolAvailable()).toBe(true);
    const callerNice = getPriority(0);
    const before = threadNices();
    const pool = documentPool({ targets: ['html'], site: false, chromium: null }, 2, WORKER_LIMITS);
    try {
      const xml = readFileSync(join(repo, 'tei', '1962-11-06-kennedy-to-khrushchev.xml'), 'utf8');
      const r = await pool.render({ id: 'a', file: 'tei/a.xml', xml });
      expect(r.rendered?.made.has('html')).toBe(true);
      const after = threadNices();
      const lowered = [...after].filter(([tid, nice]) => !before.has(tid) && nice === Math.max(callerNice, WORKER_NICE));
      expect(lowered.length).toBeGreaterThanOrEqual(1);
      expect(getPriority(0)).toBe(callerNice);
      // no thread that was there before the pool changed
      for (const [tid, nice] of before) if (after.has(tid)) expect([tid, after.get(tid)]).toEqual([tid, nice]);
    } finally {
      await pool.close();
    }
  });
});

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StylesheetName, StylesheetParams } from './saxon.js';

/** One stylesheet run to make. */
export interface TransformJob {
  readonly name: StylesheetName;
  readonly xml: string;
  readonly params: StylesheetParams;
}

/** The output of a job, or the message of its error. */
export type TransformOutcome = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly value: string };

/** The compiled worker, through the package root: the same file from lib/render and from src/render (tests). */
const WORKER = new URL('../../lib/render/transform-worker.js', import.meta.url);
/** Below this many jobs a pool costs more (each worker loads saxon-js and the SEFs) than it saves. */
export const MIN_POOL_JOBS = 24;

/** True when the compiled worker script is there (after `npm run build`). */
export function poolAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

/**
 * Runs the jobs on a pool of worker threads, one per core (at most), and returns their
 * outcomes in job order. The workers end when the batch is done.
 */
export async function runPooled(jobs: readonly TransformJob[], size = availableParallelism()): Promise<TransformOutcome[]> {
  const out = new Array<TransformOutcome>(jobs.length);
  const workers = Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, () => new Worker(WORKER));
  let next = 0;
  const drive = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= jobs.length) return resolve();
        const id = next++;
        w.postMessage({ id, ...jobs[id] });
      };
      w.on('message', (m: { id: number; ok: boolean; value: string }) => {
        out[m.id] = m.ok ? { ok: true, value: m.value } : { ok: false, value: m.value };
        send();
      });
      w.on('error', reject);
      send();
    });
  try {
    await Promise.all(workers.map(drive));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

/**
 * The parts of the render pool (pool.ts) that do not need a worker: a waiting document, the
 * collector that gathers the documents asked for in one turn, and the pool of size 1, which
 * renders on the calling thread.
 */
import type { DocumentPool, PoolResult } from './pool.js';
import type { RenderDoc, RenderOptions } from './index.js';
import type { Stylesheets } from './saxon.js';
import type { KeepRequest } from './keep.js';

/** A document waiting for its result. */
export interface Job {
  readonly doc: RenderDoc;
  /** What a worker is to keep of it itself (render/keep.ts); the calling thread keeps nothing. */
  readonly keep?: KeepRequest;
  readonly resolve: (r: PoolResult) => void;
  readonly reject: (e: Error) => void;
}

/**
 * Collects the documents asked for in one turn of the event loop (a build asks for a chunk's, a
 * render for all of its files), so that they can be rendered in batches.
 */
export function collector(flush: (jobs: Job[]) => void): (job: Job) => void {
  const queue: Job[] = [];
  return (job) => {
    queue.push(job);
    if (queue.length === 1) setImmediate(() => flush(queue.splice(0)));
  };
}

/**
 * Renders on the calling thread. The XSLT engine and its stylesheets are loaded with the first
 * documents, so that making a pool that a build never uses (a no-op) costs nothing.
 */
export function inThread(opts: RenderOptions): DocumentPool {
  let sheets: Stylesheets | undefined;
  const add = collector((jobs) => {
    void Promise.all([import('./transforms-batch.js'), import('./saxon.js')]).then(([{ renderDocuments }, saxon]) => {
      sheets ??= saxon.stylesheets();
      const results = renderDocuments(jobs.map((j) => j.doc), opts, sheets);
      jobs.forEach((job, i) => {
        const r = results[i];
        if (r?.error !== undefined || !r) job.reject(new Error(r?.error ?? 'no result'));
        else job.resolve(r.rendered ? { rendered: r.rendered, diagnostics: r.diagnostics } : { diagnostics: r.diagnostics });
      });
      // a job already settled ignores this: only those the failure stopped are rejected
    }).catch((e: unknown) => jobs.forEach((job) => job.reject(e instanceof Error ? e : new Error(String(e)))));
  });
  return {
    render: (doc) => new Promise<PoolResult>((resolve, reject) => add({ doc, resolve, reject })),
    warm: () => undefined,
    close: () => Promise.resolve(),
  };
}


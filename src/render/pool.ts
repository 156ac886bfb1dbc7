/**
 * A pool of worker threads that render whole documents (render/document.ts): each worker loads
 * the compiled stylesheets once and renders a batch of documents at a time (each stylesheet
 * once for the batch: render/transforms-batch.ts), so a build spreads over the cores and every
 * document's outputs are made exactly as in one thread (they depend on the document and the
 * options only, never on the batch it fell in). A pool of size 1, or one without the compiled worker (before
 * `npm run build`), renders on the calling thread. The pool is an object its caller owns and
 * closes; nothing is kept in module state.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RenderedDocument } from './document.js';
import type { RenderDoc, RenderOptions } from './index.js';
import type { OutputKind } from './links.js';
import type { Stylesheets } from './saxon.js';
import { MAX_BATCH } from './batch-limit.js';

/** A document rendered, or undefined when its summary failed, with what was found on the way. */
export interface PoolResult {
  readonly rendered?: RenderedDocument;
  readonly diagnostics: Diagnostic[];
}

/** Renders documents, on worker threads or in this one. */
export interface DocumentPool {
  render(doc: RenderDoc): Promise<PoolResult>;
  /** Ends the workers (the pool cannot be used afterwards). */
  close(): Promise<void>;
}

/** The compiled worker, through the package root: the same file from lib/render and from src/render (tests). */
const WORKER = new URL('../../lib/render/document-worker.js', import.meta.url);
/**
 * A render worker's young generation, capped: saxon-js makes many short-lived objects, and
 * V8's default lets each worker hold a large young generation that the build's peak RSS pays
 * for once per worker.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** True when the compiled worker script is there (after `npm run build`). */
export function poolAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

/** What a worker is asked: a batch of documents to render with `opts`. */
export interface WorkerRequest {
  readonly id: number;
  readonly docs: RenderDoc[];
  readonly opts: RenderOptions;
}

/** A document's part of a worker's reply: its parts (its `made` as a list), or the error that stopped it. */
export interface WorkerResult {
  readonly rendered?: { summary: RenderedDocument['summary']; made: OutputKind[]; parts: RenderedDocument['parts'] };
  readonly diagnostics: Diagnostic[];
  readonly error?: string;
}

/** The reply of a worker: one result per document of the request, in order, or the error that stopped the batch. */
export interface WorkerReply {
  readonly id: number;
  readonly results: WorkerResult[];
  readonly error?: string;
}

/** A document waiting for its result. */
interface Job {
  readonly doc: RenderDoc;
  readonly resolve: (r: PoolResult) => void;
  readonly reject: (e: Error) => void;
}

/** Settles a job with its document's result (the rendered document named by the job's own id and file). */
function settle(job: Job, r: WorkerResult | undefined, batchError?: string): void {
  const error = batchError ?? r?.error ?? (r ? undefined : 'the render worker gave no result');
  if (error !== undefined || !r) return job.reject(new Error(error));
  const { doc } = job;
  job.resolve(r.rendered ? { rendered: { id: doc.id, file: doc.file, ...r.rendered, made: new Set(r.rendered.made) }, diagnostics: r.diagnostics } : { diagnostics: r.diagnostics });
}

/**
 * Collects the documents asked for in one turn of the event loop (a build asks for a chunk's, a
 * render for all of its files), so that they can be rendered in batches.
 */
function collector(flush: (jobs: Job[]) => void): (job: Job) => void {
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
function inThread(opts: RenderOptions): DocumentPool {
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
    close: () => Promise.resolve(),
  };
}

/** How many of the waiting documents an idle worker takes: a fair share, at most MAX_BATCH. */
function batchSize(waiting: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(waiting / workers)));
}

/** A pool of `size` workers (started as the first documents come) rendering with `opts`. */
export function documentPool(opts: RenderOptions, size: number): DocumentPool {
  if (size <= 1 || !poolAvailable()) return inThread(opts);
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Job[] = [];
  const waiting = new Map<number, Job[]>();
  let next = 0;
  const clonable = { ...opts, chromium: null };
  const start = (): Worker => {
    const w = new Worker(WORKER, { resourceLimits: WORKER_LIMITS });
    w.on('message', (m: WorkerReply) => {
      const jobs = waiting.get(m.id) ?? [];
      waiting.delete(m.id);
      jobs.forEach((job, i) => settle(job, m.results[i], m.error));
      idle.push(w);
      dispatch();
    });
    w.on('error', (e) => {
      for (const jobs of waiting.values()) for (const job of jobs) job.reject(e);
      waiting.clear();
    });
    workers.push(w);
    return w;
  };
  const dispatch = (): void => {
    while (queue.length) {
      if (!idle.length && workers.length < size) idle.push(start());
      const w = idle.pop();
      if (!w) return;
      const jobs = queue.splice(0, batchSize(queue.length, size));
      const id = next++;
      waiting.set(id, jobs);
      const req: WorkerRequest = { id, docs: jobs.map((j) => j.doc), opts: clonable };
      w.postMessage(req);
    }
  };
  const add = collector((jobs) => {
    queue.push(...jobs);
    dispatch();
  });
  return {
    render: (doc) => new Promise<PoolResult>((resolve, reject) => add({ doc, resolve, reject })),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

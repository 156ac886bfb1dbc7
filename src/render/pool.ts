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
import { MAX_BATCH } from './batch-limit.js';
import { collector, inThread, type Job } from './pool-in-thread.js';
import type { Kept, KeepRequest } from './keep.js';

/**
 * A document rendered, or undefined when its summary failed, with what was found on the way;
 * `kept`: what the worker kept itself, as asked (render/keep.ts): its parts are then in the
 * cache, not in `rendered.parts`.
 */
export interface PoolResult {
  readonly rendered?: RenderedDocument;
  readonly diagnostics: Diagnostic[];
  readonly kept?: Kept;
}

/** Renders documents, on worker threads or in this one. */
export interface DocumentPool {
  /** Renders `doc`; a worker keeps its parts as `keep` asks, when given (a pool on the calling thread never does). */
  render(doc: RenderDoc, keep?: KeepRequest): Promise<PoolResult>;
  /**
   * Starts a worker (it loads the XSLT engine and the stylesheets) before the first document
   * comes, when the caller knows one will: a build does while it converts the first transcript
   * that changed. Does nothing on a pool that renders on the calling thread.
   */
  warm(): void;
  /** Ends the workers (the pool cannot be used afterwards). */
  close(): Promise<void>;
}

/** The compiled worker, through the package root: the same file from lib/render and from src/render (tests). */
const WORKER = new URL('../../lib/render/document-worker.js', import.meta.url);
/**
 * A render worker's heap, capped: V8's defaults let each worker hold a young generation and an
 * old generation that the build's peak RSS pays for once per worker. An old generation capped
 * at 1 GB or less makes V8 grow it in smaller steps (collecting more often): in a pool run of
 * 300 generated documents on two workers (with saxon-js), 271–277 MB peak RSS against 412–422
 * MB uncapped, for 1.08–1.26× the CPU time; with 2 GB, nothing changed; 128–512 MB cost more
 * time and saved no more. The young generation is 16 MB: since the native renderer (and the
 * workers' own cache and dist writes) a fresh build of the bench's 1,000 documents took
 * 0.4–0.7 s less with 32 MB than with 8 MB (three pairs, alternating) for 40 MB more peak RSS
 * (285 against 245 MB), and 16 MB took as long as 32 MB (two pairs) at 260–266 MB. A batch
 * that needs more than the cap (a very large document) is rendered again on a worker of its
 * own without it (see `documentPool`).
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 } as const;

/**
 * The heap limits of the workers of a render that keeps every output until it ends
 * (`renderEditions`: the `render` command and the API), whose peak RSS grows with its
 * documents anyway: the young generation capped as in `WORKER_LIMITS`, the old generation at
 * V8's own default (about 4 GB here). From 2 GB up V8 grows an old generation by its largest
 * factor (4, against 1.6 at 1 GB) and collects it less often: one worker rendering 300
 * generated TEI to html, batches of 16, took 0.79× the CPU time (0.67–0.88; 4 rounds,
 * alternating, load average 14–18) of one capped at 1 GB (at 2047 MB, factor 2: 0.83×), for
 * about 100 MB more peak RSS in a `render` of 1,000 files on two workers (340–370 MB against
 * 270 MB; one thread without a pool: 480–505 MB).
 */
export const RENDER_WORKER_LIMITS = { maxYoungGenerationSizeMb: WORKER_LIMITS.maxYoungGenerationSizeMb, maxOldGenerationSizeMb: 4096 } as const;

/** The heap limits of a pool's workers (`WORKER_LIMITS` unless a caller, such as a test, sets others). */
export interface WorkerLimits {
  readonly maxYoungGenerationSizeMb: number;
  readonly maxOldGenerationSizeMb: number;
}

/** True when the compiled worker script is there (after `npm run build`). */
export function poolAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

/** What a worker is asked: a batch of documents to render with `opts`, and what to keep of each (null: send back everything). */
export interface WorkerRequest {
  readonly id: number;
  readonly docs: RenderDoc[];
  readonly keep: (KeepRequest | null)[];
  readonly opts: RenderOptions;
}

/** A document's part of a worker's reply: its parts (its `made` as a list), or the error that stopped it. */
export interface WorkerResult {
  readonly rendered?: { summary: RenderedDocument['summary']; made: OutputKind[]; parts: RenderedDocument['parts'] };
  readonly diagnostics: Diagnostic[];
  readonly kept?: Kept;
  readonly error?: string;
}

/** The reply of a worker: one result per document of the request, in order, or the error that stopped the batch. */
export interface WorkerReply {
  readonly id: number;
  readonly results: WorkerResult[];
  readonly error?: string;
}

/** Settles a job with its document's result (the rendered document named by the job's own id and file). */
function settle(job: Job, r: WorkerResult | undefined, batchError?: string): void {
  const error = batchError ?? r?.error ?? (r ? undefined : 'the render worker gave no result');
  if (error !== undefined || !r) return job.reject(new Error(error));
  const { doc } = job;
  const kept = r.kept ? { kept: r.kept } : {};
  job.resolve(r.rendered ? { rendered: { id: doc.id, file: doc.file, ...r.rendered, made: new Set(r.rendered.made) }, diagnostics: r.diagnostics, ...kept } : { diagnostics: r.diagnostics, ...kept });
}

/** How many of the waiting documents an idle worker takes: a fair share, at most MAX_BATCH. */
function batchSize(waiting: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(waiting / workers)));
}

/** True when a worker ended because its heap reached its cap (Node's ERR_WORKER_OUT_OF_MEMORY). */
function outOfMemory(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * A pool of `size` workers (started as the first documents come) rendering with `opts`, each
 * with the heap limits `limits`; fewer than `least` (default 2: one worker would only take the
 * calling thread's place) render on the calling thread. A worker that runs out of heap ends; its batch is rendered
 * again on a worker of its own with only the young generation capped, which ends with that
 * batch (so the uncapped heap does not stay), and a capped worker takes its place for the
 * rest. The documents' outputs are the same either way: they depend on the document and the
 * options only.
 */
export function documentPool(opts: RenderOptions, size: number, limits: WorkerLimits = WORKER_LIMITS, least = 2): DocumentPool {
  if (size < Math.max(1, least) || !poolAvailable()) return inThread(opts);
  /** The capped workers (at most `size`) and the uncapped ones rendering a batch again. */
  const workers = new Set<Worker>();
  const lone = new Set<Worker>();
  const idle: Worker[] = [];
  const queue: Job[] = [];
  /** The batch each busy worker renders. */
  const busy = new Map<Worker, Job[]>();
  let next = 0;
  const clonable = { ...opts, chromium: null };
  const post = (w: Worker, jobs: Job[]): void => {
    busy.set(w, jobs);
    const req: WorkerRequest = { id: next++, docs: jobs.map((j) => j.doc), keep: jobs.map((j) => j.keep ?? null), opts: clonable };
    w.postMessage(req);
  };
  const spawn = (resourceLimits: object, onReply: (w: Worker, m: WorkerReply) => void, onError: (w: Worker, e: Error) => void): Worker => {
    const w = new Worker(WORKER, { resourceLimits });
    w.on('message', (m: WorkerReply) => onReply(w, m));
    w.on('error', (e) => onError(w, e));
    return w;
  };
  const answered = (w: Worker, m: WorkerReply): Job[] => {
    const jobs = busy.get(w) ?? [];
    busy.delete(w);
    jobs.forEach((job, i) => settle(job, m.results[i], m.error));
    return jobs;
  };
  /** The batch of a worker that ran out of heap, on a worker without the old-generation cap. */
  const retry = (jobs: Job[]): void => {
    const w = spawn({ maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb }, (w, m) => {
      answered(w, m);
      lone.delete(w);
      void w.terminate();
    }, (w, e) => {
      for (const job of busy.get(w) ?? []) job.reject(e);
      busy.delete(w);
      lone.delete(w);
    });
    lone.add(w);
    post(w, jobs);
  };
  const start = (): Worker => {
    const w = spawn(limits, (w, m) => {
      answered(w, m);
      idle.push(w);
      dispatch();
    }, (w, e) => {
      const jobs = busy.get(w) ?? [];
      busy.delete(w);
      workers.delete(w);
      // a worker that fails while idle (or while starting) must never be handed a batch
      const at = idle.indexOf(w);
      if (at >= 0) idle.splice(at, 1);
      if (outOfMemory(e) && jobs.length) retry(jobs);
      else for (const job of jobs) job.reject(e);
      dispatch();
    });
    workers.add(w);
    return w;
  };
  const dispatch = (): void => {
    while (queue.length) {
      if (!idle.length && workers.size < size) idle.push(start());
      const w = idle.pop();
      if (!w) return;
      post(w, queue.splice(0, batchSize(queue.length, size)));
    }
  };
  const add = collector((jobs) => {
    queue.push(...jobs);
    dispatch();
  });
  return {
    render: (doc, keep) => new Promise<PoolResult>((resolve, reject) => add({ doc, ...(keep ? { keep } : {}), resolve, reject })),
    warm: () => {
      if (!workers.size) idle.push(start());
    },
    close: async () => {
      await Promise.all([...workers, ...lone].map((w) => w.terminate()));
    },
  };
}

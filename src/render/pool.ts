/**
 * A pool of worker threads that render whole documents (render/document.ts): each worker loads
 * the compiled stylesheets once and renders one document at a time, so a batch spreads over the
 * cores and every document's outputs are made exactly as in one thread (they depend on the
 * document and the options only). A pool of size 1, or one without the compiled worker (before
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
import { stylesheets } from './saxon.js';

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

/** The reply of a worker: the parts of a rendered document (its `made` as a list), or the error. */
export interface WorkerReply {
  readonly id: number;
  readonly rendered?: { summary: RenderedDocument['summary']; made: OutputKind[]; parts: RenderedDocument['parts'] };
  readonly diagnostics: Diagnostic[];
  readonly error?: string;
}

function inThread(opts: RenderOptions): DocumentPool {
  const sheets = stylesheets();
  return {
    render: async (doc) => {
      const { renderDocument } = await import('./document.js');
      const diagnostics: Diagnostic[] = [];
      const rendered = renderDocument(doc, opts, diagnostics, sheets);
      return rendered ? { rendered, diagnostics } : { diagnostics };
    },
    close: () => Promise.resolve(),
  };
}

/** A pool of `size` workers (started as the first documents come) rendering with `opts`. */
export function documentPool(opts: RenderOptions, size: number): DocumentPool {
  if (size <= 1 || !poolAvailable()) return inThread(opts);
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: { id: number; doc: RenderDoc }[] = [];
  const waiting = new Map<number, { resolve: (r: PoolResult) => void; reject: (e: Error) => void }>();
  let next = 0;
  const clonable = { ...opts, chromium: null };
  const dispatch = (): void => {
    while (queue.length) {
      if (!idle.length && workers.length < size) {
        const w = new Worker(WORKER, { resourceLimits: WORKER_LIMITS });
        w.on('message', (m: WorkerReply) => {
          const job = waiting.get(m.id);
          waiting.delete(m.id);
          if (m.error !== undefined) job?.reject(new Error(m.error));
          else job?.resolve(m.rendered ? { rendered: { id: '', file: '', ...m.rendered, made: new Set(m.rendered.made) }, diagnostics: m.diagnostics } : { diagnostics: m.diagnostics });
          idle.push(w);
          dispatch();
        });
        w.on('error', (e) => {
          for (const job of waiting.values()) job.reject(e);
          waiting.clear();
        });
        workers.push(w);
        idle.push(w);
      }
      const w = idle.pop();
      if (!w) return;
      const job = queue.shift()!;
      w.postMessage({ id: job.id, doc: job.doc, opts: clonable });
    }
  };
  return {
    render: (doc) =>
      new Promise<PoolResult>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve: (r) => resolve(r.rendered ? { ...r, rendered: { ...r.rendered, id: doc.id, file: doc.file } } : r), reject });
        queue.push({ id, doc });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

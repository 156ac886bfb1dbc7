/**
 * A worker thread of the document pool (pool.ts): it receives `{ id, docs, opts }`, renders the
 * documents (render/transforms-batch.ts: each stylesheet once for the batch; the compiled
 * stylesheets load once per worker) and answers with a `WorkerReply`, one result per document.
 */
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../node/thread-priority.js';
import type { RenderDoc, RenderOptions } from './index.js';
import type { WorkerReply, WorkerRequest } from './pool.js';
import { stylesheets, type Stylesheets } from './saxon.js';
import { renderDocuments } from './transforms-batch.js';

/** Answers one request with the worker's stylesheets. */
function answer(req: { id: number; docs: RenderDoc[]; opts: RenderOptions }, sheets: Stylesheets): void {
  let reply: WorkerReply;
  try {
    const results = renderDocuments(req.docs, req.opts, sheets).map((r) => ({
      diagnostics: r.diagnostics,
      ...(r.rendered ? { rendered: { summary: r.rendered.summary, made: [...r.rendered.made], parts: r.rendered.parts } } : {}),
      ...(r.error !== undefined ? { error: r.error } : {}),
    }));
    reply = { id: req.id, results };
  } catch (e) {
    reply = { id: req.id, results: [], error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
}

/** The worker's one set of stylesheets lives as long as its listener: the worker is the run. */
function serve(): void {
  // the main thread (conversion, dispatch, every write) runs first when it has work: node/thread-priority.ts
  lowerThreadPriority();
  const sheets = stylesheets();
  parentPort?.on('message', (req: WorkerRequest) => answer(req, sheets));
}

serve();

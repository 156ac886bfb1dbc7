/**
 * A worker thread of the document pool (pool.ts): it receives `{ id, docs, keep, opts }`,
 * renders the documents (render/transforms-batch.ts: each stylesheet once for the batch; the
 * compiled stylesheets load once per worker), keeps the parts of those it is asked to
 * (render/keep.ts) and answers with a `WorkerReply`, one result per document.
 */
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../node/thread-priority.js';
import type { WorkerReply, WorkerRequest, WorkerResult } from './pool.js';
import { keepRendered, type Kept } from './keep.js';
import { stylesheets, type Stylesheets } from './saxon.js';
import { renderDocuments } from './transforms-batch.js';

/** Answers one request with the worker's stylesheets; `folders` are the dist folders it made. */
function answer(req: WorkerRequest, sheets: Stylesheets, folders: Set<string>): void {
  let reply: WorkerReply;
  try {
    const rendered = renderDocuments(req.docs, req.opts, sheets);
    const results: WorkerResult[] = [];
    for (const [i, r] of rendered.entries()) {
      const keep = req.keep[i];
      const doc = req.docs[i];
      let kept: Kept | undefined;
      try {
        if (r.rendered && keep && doc) kept = keepRendered(r.rendered, doc.xml, keep, folders);
      } catch {
        // What cannot be kept here goes back whole: the main thread writes it, and reports a failure.
      }
      results.push({
        diagnostics: r.diagnostics,
        ...(r.rendered ? { rendered: { summary: r.rendered.summary, made: [...r.rendered.made], parts: kept ? {} : r.rendered.parts } } : {}),
        ...(kept ? { kept } : {}),
        ...(r.error !== undefined ? { error: r.error } : {}),
      });
    }
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
  const folders = new Set<string>();
  parentPort?.on('message', (req: WorkerRequest) => answer(req, sheets, folders));
}

serve();

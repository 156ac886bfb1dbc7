/**
 * A worker thread of the document pool (pool.ts): it receives `{ id, doc, opts }`, renders the
 * document (render/document.ts; the compiled stylesheets load once per worker) and answers with
 * a `WorkerReply`.
 */
import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDocument } from './document.js';
import type { RenderDoc, RenderOptions } from './index.js';
import type { WorkerReply } from './pool.js';
import { stylesheets, type Stylesheets } from './saxon.js';

/** Answers one request with the worker's stylesheets. */
function answer(req: { id: number; doc: RenderDoc; opts: RenderOptions }, sheets: Stylesheets): void {
  const diagnostics: Diagnostic[] = [];
  let reply: WorkerReply;
  try {
    const r = renderDocument(req.doc, req.opts, diagnostics, sheets);
    reply = r ? { id: req.id, rendered: { summary: r.summary, made: [...r.made], parts: r.parts }, diagnostics } : { id: req.id, diagnostics };
  } catch (e) {
    reply = { id: req.id, diagnostics, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
}

/** The worker's one set of stylesheets lives as long as its listener: the worker is the run. */
function serve(): void {
  const sheets = stylesheets();
  parentPort?.on('message', (req: { id: number; doc: RenderDoc; opts: RenderOptions }) => answer(req, sheets));
}

serve();

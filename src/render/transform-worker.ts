/**
 * A worker thread that runs compiled stylesheets for the render pool: it receives
 * `{ id, name, xml, params }` and answers `{ id, ok, value }` (the output or the error message).
 */
import { parentPort } from 'node:worker_threads';
import { transform, type StylesheetName, type StylesheetParams } from './saxon.js';

interface Request { id: number; name: StylesheetName; xml: string; params: StylesheetParams }

parentPort?.on('message', (req: Request) => {
  try {
    parentPort?.postMessage({ id: req.id, ok: true, value: transform(req.name, req.xml, req.params) });
  } catch (err) {
    parentPort?.postMessage({ id: req.id, ok: false, value: err instanceof Error ? err.message : String(err) });
  }
});

/**
 * The build's validation thread (validation-worker.ts): it keeps one validation context (the
 * compiled schemas) for its life and answers each `ValidateRequest` twice: once every document
 * is parsed (`parsed`, with the files that go no further), then with the diagnostics (`done`),
 * so that the build can render and write while the schemas compile and the documents validate.
 */
import { parentPort } from 'node:worker_threads';
import { validateContext, validateDocuments } from '../validate/index.js';
import type { ValidateReply, ValidateRequest } from './validation-worker.js';

const context = validateContext();

async function answer(req: ValidateRequest): Promise<void> {
  const post = (m: ValidateReply): void => parentPort?.postMessage(m);
  try {
    const diagnostics = await validateDocuments(req.inputs, { ...req.opts, context, onParsed: (refused) => post({ id: req.id, kind: 'parsed', refused: [...refused] }) });
    post({ id: req.id, kind: 'done', diagnostics });
  } catch (e) {
    post({ id: req.id, kind: 'failed', error: e instanceof Error ? e.message : String(e) });
  }
}

/** Answers requests one at a time, in order: each compiles what it needs with the same context. */
function serve(): void {
  let queue = Promise.resolve();
  parentPort?.on('message', (req: ValidateRequest) => {
    queue = queue.then(() => answer(req));
  });
}

serve();

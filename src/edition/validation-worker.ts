/**
 * Validation on a thread of its own, so that a build renders and writes while the schemas
 * compile (libxml2 compiles a schema in one synchronous call of a second or more). Each call
 * answers twice: `refused` once the documents are parsed (what the site needs to know), `done`
 * with the diagnostics. The thread starts on the first call and keeps its compiled schemas
 * until `close`. Without the compiled thread script (before `npm run build`), or when the thread
 * fails, the documents are validated on the calling thread, with the same results.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ValidateContext, ValidateInput } from '../validate/index.js';

/** The options a build validates with (plain data: they cross to the thread). */
export interface ThreadOptions { readonly teiAll: boolean; readonly schematron: readonly string[] }

export interface ValidateRequest { readonly id: number; readonly inputs: readonly ValidateInput[]; readonly opts: ThreadOptions }

export type ValidateReply =
  | { readonly id: number; readonly kind: 'parsed'; readonly refused: string[] }
  | { readonly id: number; readonly kind: 'done'; readonly diagnostics: Diagnostic[] }
  | { readonly id: number; readonly kind: 'failed'; readonly error: string };

/** One validation under way: the files that go no further, then every diagnostic. */
export interface Validation {
  readonly refused: Promise<ReadonlySet<string>>;
  readonly done: Promise<Diagnostic[]>;
}

export interface ValidationWorker {
  validate(inputs: readonly ValidateInput[], opts: ThreadOptions): Validation;
  close(): Promise<void>;
}

const THREAD = new URL('../../lib/edition/validate-thread.js', import.meta.url);

/**
 * The thread's heap, capped as the render workers' are (render/pool.ts, `WORKER_LIMITS`): with
 * V8's defaults its young generation and an old generation grown up to four times what is
 * live stay for the whole build, on top of the render workers' and the main thread's. A cap of
 * 1 GB makes V8 grow the old generation in smaller steps. Should a chunk need more (documents
 * near the size limit), the thread ends and its requests are validated on the calling thread
 * (see `validationWorker`), with the same results.
 */
export const VALIDATION_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 } as const;

interface Pending { readonly inputs: readonly ValidateInput[]; readonly opts: ThreadOptions; parsed: (s: ReadonlySet<string>) => void; done: (d: Diagnostic[]) => void; fail: (e: Error) => void }

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/** A new validation worker (see the module comment); `threaded: false` validates on the calling thread. */
export function validationWorker(threaded = existsSync(fileURLToPath(THREAD))): ValidationWorker {
  let worker: Worker | undefined;
  let context: ValidateContext | undefined;
  const pending = new Map<number, Pending>();
  let next = 0;
  /** Validates here (no thread, or the thread failed). */
  const inThread = async (p: Pending): Promise<void> => {
    const { validateContext, validateDocuments } = await import('../validate/index.js');
    context ??= validateContext();
    try {
      p.done(await validateDocuments(p.inputs, { ...p.opts, context, onParsed: (r) => p.parsed(new Set(r)) }));
    } catch (e) {
      p.fail(e instanceof Error ? e : new Error(String(e)));
    }
  };
  let chain = Promise.resolve();
  const here = (p: Pending): void => {
    chain = chain.then(() => inThread(p));
  };
  const start = (): Worker => {
    const w = new Worker(THREAD, { resourceLimits: VALIDATION_LIMITS });
    w.on('message', (m: ValidateReply) => {
      const p = pending.get(m.id);
      if (!p) return;
      if (m.kind === 'parsed') return p.parsed(new Set(m.refused));
      pending.delete(m.id);
      if (m.kind === 'done') p.done(m.diagnostics);
      else p.fail(new Error(m.error));
    });
    // A thread that fails leaves its requests to this thread (a parsed answer already given stands).
    w.on('error', () => {
      worker = undefined;
      threaded = false;
      const left = [...pending.values()];
      pending.clear();
      for (const p of left) here(p);
    });
    return w;
  };
  return {
    validate(inputs, opts) {
      const refused = deferred<ReadonlySet<string>>();
      const done = deferred<Diagnostic[]>();
      let parsed = false;
      const p: Pending = {
        inputs, opts, done: done.resolve,
        parsed: (s) => { if (!parsed) { parsed = true; refused.resolve(s); } },
        fail: (e) => { refused.reject(e); done.reject(e); },
      };
      if (!threaded) here(p);
      else {
        const id = next++;
        pending.set(id, p);
        const req: ValidateRequest = { id, inputs, opts };
        (worker ??= start()).postMessage(req);
      }
      // Marked as handled: a build that stops early (a failed write) never waits for them.
      refused.promise.catch(() => undefined);
      done.promise.catch(() => undefined);
      return { refused: refused.promise, done: done.promise };
    },
    async close() {
      await chain;
      context?.dispose();
      context = undefined;
      await worker?.terminate();
      worker = undefined;
    },
  };
}

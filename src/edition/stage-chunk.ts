/**
 * A chunk of transcripts through the stages, in two steps, so that a build overlaps them: the
 * main thread converts a chunk (`convertChunk`) while the render workers render the one before
 * it (`finishChunk`). Within a chunk, the converted documents go to the render pool every
 * RENDER_GROUP documents instead of when the chunk's last transcript is converted, so the
 * workers start on the first chunk at once. What each document becomes does not depend on
 * when it is rendered or with which others (render/pool.ts).
 */
import type { PlannedWrite } from './manifest.js';
import { writeTracked } from './manifest.js';
import type { PoolResult } from '../render/pool.js';
import { MAX_BATCH } from '../render/batch-limit.js';
import { timed, type BuildContext, type DocInput, type DocOutcome } from './build-context.js';
import { convertOne, placeOf } from './stage-convert.js';
import { prefetch } from './prefetch.js';
import { startValidation } from './stage-validate.js';

/** Converted documents handed to the render pool at a time: a full batch for each of two workers. */
const RENDER_GROUP = 2 * MAX_BATCH;

/** A converted chunk: its documents, and the renders already started for them (by id). */
export interface ConvertedChunk {
  readonly docs: DocInput[];
  readonly started: Map<string, Promise<PoolResult>>;
}

/**
 * Converts one chunk of transcripts (`offset` is its first one's place among `total`), and
 * starts rendering its documents on the pool as they come (see the module comment).
 */
export function convertChunk(ctx: BuildContext, names: readonly string[], listed: ReadonlySet<string>, offset: number, total: number): Promise<ConvertedChunk> {
  return timed(ctx, 'convert', async () => {
    const { startRenders } = await import('./stage-render.js');
    const planned: PlannedWrite[] = [];
    const docs: DocInput[] = [];
    const started = new Map<string, Promise<PoolResult>>();
    let handed = 0;
    const hand = async (): Promise<void> => {
      const group = docs.slice(handed);
      handed = docs.length;
      for (const [id, render] of await startRenders(ctx, group)) {
        // awaited in finishChunk; a failure before then must not be an unhandled rejection
        render.catch(() => undefined);
        started.set(id, render);
      }
    };
    const places = names.map((n) => placeOf(ctx, n, listed));
    // Every read the reuse checks need, side by side, before any document is looked at.
    const pre = await prefetch(ctx, places);
    for (const [i, place] of places.entries()) {
      ctx.opts.onProgress?.('convert', offset + i, total);
      const doc = await convertOne(ctx, place, pre[i] ?? {}, planned);
      // A turn of the event loop between transcripts: a render worker that has finished its
      // batch gets the next one now, not when the chunk's conversions end (they read their
      // files at once, so they would otherwise keep this thread to themselves).
      await new Promise(setImmediate);
      if (doc) docs.push(doc);
      if (docs.length - handed >= RENDER_GROUP) await hand();
    }
    await hand();
    // The chunk's TEI files as one batch, tracked ahead by one manifest update: the manifest is
    // the edition's whole list, and written every 32 files a build of 10,000 wrote it 313 times.
    if (planned.length) await writeTracked(ctx.folders.tei, ctx.manifest, planned);
    return { docs, started };
  });
}

/**
 * Validates a converted chunk (on the validation thread, started at once), waits for its
 * renders, and returns what the site needs of each document; each document's cache record is
 * written when the chunk's verdicts are in (`ctx.validation.pending`).
 */
export async function finishChunk(ctx: BuildContext, chunk: ConvertedChunk, offset: number, total: number): Promise<DocOutcome[]> {
  const { docs, started } = chunk;
  ctx.opts.onProgress?.('validate', offset, total);
  // The documents validation refuses are known once they are parsed; its diagnostics come when it ends.
  const validation = startValidation(ctx, docs);
  const { renderChunk, writeRecords } = await import('./stage-render.js');
  const refused = await timed(ctx, 'validate', () => validation.refused);
  ctx.opts.onProgress?.('render', offset, total);
  const outcomes = await timed(ctx, 'render', () => renderChunk(ctx, docs, refused, started));
  await Promise.allSettled(started.values());
  ctx.validation.pending.push(validation.done.then(() => writeRecords(ctx, docs)));
  return outcomes;
}

/**
 * The reads a chunk's reuse checks need, made for the whole chunk before any document is looked
 * at: per transcript its cache record, its bytes, its sidecar's (only when the transcript folder
 * lists one, so a missing sidecar costs no failed read) and the TEI file's. A no-op build of a
 * large edition otherwise waits on thousands of small promise reads one after another; these
 * are small files read at once (`readOptionalNow`) while nothing else waits on this thread.
 */
import { readOptionalNow } from '../node/fs.js';
import type { BuildContext } from './build-context.js';
import type { DocRecord } from './doc-cache.js';

/** What was read for one transcript before its chunk ran (`unreadable`: some read failed; the full path reports it). */
export interface Prefetched {
  readonly cached?: DocRecord;
  readonly transcript?: Buffer;
  readonly sidecar?: Buffer;
  readonly tei?: Buffer;
  readonly unreadable?: true;
}

/** Where one transcript's files are. */
export interface PrefetchPlace {
  readonly id: string;
  readonly src: string;
  readonly teiPath: string;
  /** Whether the transcript folder lists its sidecar (`NAME.meta.json`). */
  readonly hasSidecar: boolean;
  /** An adopted TEI file stands for it: only its cache record is needed. */
  readonly adopted: boolean;
}

async function readAll(ctx: BuildContext, p: PrefetchPlace): Promise<Prefetched> {
  const cached = await ctx.cache.read(p.id);
  const base = cached ? { cached } : {};
  // Without a conversion record the document is converted anyway: its files are read there.
  if (p.adopted || !cached?.convert || ctx.opts.force || ctx.opts.report) return base;
  try {
    const transcript = readOptionalNow(p.src);
    const sidecar = p.hasSidecar ? readOptionalNow(`${p.src.slice(0, -4)}.meta.json`) : undefined;
    const tei = readOptionalNow(p.teiPath);
    return { ...base, ...(transcript ? { transcript } : {}), ...(sidecar ? { sidecar } : {}), ...(tei ? { tei } : {}) };
  } catch {
    return { ...base, unreadable: true };
  }
}

/** The reads of every place, in the order given (see the module comment). */
export async function prefetch(ctx: BuildContext, places: readonly PrefetchPlace[]): Promise<Prefetched[]> {
  const out: Prefetched[] = [];
  for (const p of places) out.push(await readAll(ctx, p));
  return out;
}

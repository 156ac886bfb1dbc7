/**
 * How many documents one stylesheet run renders (their trees and outputs are held until it
 * ends). A module of its own so that the pool can size its batches without loading the XSLT
 * engine on the main thread.
 *
 * saxon-js prepares the whole compiled stylesheet for every run, about 40–50 ms of CPU for the
 * html, print and text runs of one batch together (200 generated documents, batches of 1
 * against 64), so a batch of 64 pays a quarter of what 16 did per document. The characters
 * bound keeps a batch of large documents as small as their trees need: at 64 documents of
 * about 13 KB (the generated corpus) a batch holds under 1 MiB of XML.
 */
export const MAX_BATCH = 64;

/** The most XML characters (UTF-16 code units) one run takes, unless a single document has more. */
export const MAX_BATCH_CHARS = 1 << 20;

/**
 * `items` in order, cut into runs of at most MAX_BATCH whose sizes (`size` of each) add up to at
 * most MAX_BATCH_CHARS; an item larger than that is a run of its own.
 */
export function batches<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let chars = 0;
  for (const item of items) {
    const n = size(item);
    if (run.length > 0 && (run.length === MAX_BATCH || chars + n > MAX_BATCH_CHARS)) {
      out.push(run);
      run = [];
      chars = 0;
    }
    run.push(item);
    chars += n;
  }
  if (run.length > 0) out.push(run);
  return out;
}

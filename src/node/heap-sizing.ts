/**
 * How V8 sizes its heap while `teipress convert` converts one large transcript. By default V8
 * sets the next limit of its old generation at several times what a full GC found live, and
 * doubles its young generation (up to two semi-spaces of 16 MiB) whenever many objects survive
 * a scavenge; a converter that holds a large text and its items while it builds pays for both
 * in peak memory (the young generation alone was some 35 MB of a 5 MB conversion's 175 MB).
 * For the conversion of an input from {@link LARGE_INPUT_BYTES} on, the old generation grows
 * by a fixed {@link GROWING_PERCENT} % over what is live and the young generation keeps the
 * size it has (a growth factor of 1), for more, smaller collections (see README, Performance);
 * both are set back after it, so ordinary transcripts and a build's workers run as before.
 * V8 reads both flags each time it sets a limit or grows its young generation, so they take
 * effect at once.
 */
import { setFlagsFromString } from 'node:v8';

/** Inputs from this size on are converted with V8's heap sized for memory rather than speed. */
export const LARGE_INPUT_BYTES = 4 * 1024 * 1024;

/** How much V8 lets its old generation grow over what is live while a large input is converted. */
export const GROWING_PERCENT = 10;

/** V8's own factor by which its young generation grows (`--semi-space-growth-factor`'s default). */
export const YOUNG_GROWTH_DEFAULT = 2;

/** How V8 sizes its heap for the conversion of an input of `bytes`. */
export function heapModeFor(bytes: number): 'memory' | 'speed' {
  return bytes >= LARGE_INPUT_BYTES ? 'memory' : 'speed';
}

/** The V8 flags of a heap mode: `memory` fixes the old generation's growth and stops the young generation's. */
export function heapFlagsFor(mode: 'memory' | 'speed'): readonly string[] {
  // 0 is V8's default growing factor: it follows its measured GC and mutator speeds.
  return mode === 'memory' ? [`--heap-growing-percent=${GROWING_PERCENT}`, '--semi-space-growth-factor=1'] : ['--heap-growing-percent=0', `--semi-space-growth-factor=${YOUNG_GROWTH_DEFAULT}`];
}

/** Runs `run` with V8's heap sized for `mode`, and V8's own sizing again after it. */
export async function withHeapMode<T>(mode: 'memory' | 'speed', run: () => Promise<T>): Promise<T> {
  if (mode === 'speed') return run();
  for (const f of heapFlagsFor('memory')) setFlagsFromString(f);
  try {
    return await run();
  } finally {
    for (const f of heapFlagsFor('speed')) setFlagsFromString(f);
  }
}

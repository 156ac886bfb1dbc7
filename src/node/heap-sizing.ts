/**
 * How V8 sizes its heap while `teipress convert` converts one large transcript. By default V8
 * sets the next limit of its old generation at several times what a full GC found live,
 * and a converter that holds a large text and its items while it builds pays for that slack
 * in peak memory. With a fixed growing factor of {@link GROWING_PERCENT} % the heap stays
 * closer to what is live, for more full GCs (a few per cent of CPU time on the largest
 * inputs; see README, Performance). The factor is set for the conversion of an input from
 * {@link LARGE_INPUT_BYTES} on and cleared after it, so ordinary transcripts and a build's
 * workers run as before. V8 reads it each time it sets a limit, so it takes effect at once.
 */
import { setFlagsFromString } from 'node:v8';

/** Inputs from this size on are converted with V8's heap sized for memory rather than speed. */
export const LARGE_INPUT_BYTES = 4 * 1024 * 1024;

/** How much V8 lets its old generation grow over what is live while a large input is converted. */
export const GROWING_PERCENT = 25;

/** How V8 sizes its heap for the conversion of an input of `bytes`. */
export function heapModeFor(bytes: number): 'memory' | 'speed' {
  return bytes >= LARGE_INPUT_BYTES ? 'memory' : 'speed';
}

/** Runs `run` with V8's heap sized for `mode` (`memory`: a fixed growing factor), and V8's own sizing again after it. */
export async function withHeapMode<T>(mode: 'memory' | 'speed', run: () => Promise<T>): Promise<T> {
  if (mode === 'speed') return run();
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
  try {
    return await run();
  } finally {
    // 0 is V8's default: the factor follows its measured GC and mutator speeds.
    setFlagsFromString('--heap-growing-percent=0');
  }
}

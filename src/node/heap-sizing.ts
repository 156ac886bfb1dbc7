/**
 * How V8 sizes its heap while `teipress convert` converts one large transcript. By default V8
 * sets the next limit of its old generation at several times what a full GC found live,
 * and a converter that holds a large text and its items while it builds pays for that slack
 * in peak memory. With a fixed growing factor of {@link GROWING_PERCENT} % the heap stays
 * closer to what is live, for more full GCs (a few per cent of CPU time on the largest
 * inputs; see README, Performance). The factor is set for the conversion of an input from
 * {@link LARGE_INPUT_BYTES} on and cleared after it, so ordinary transcripts and a build's
 * workers run as before. V8 reads it each time it sets a limit, so it takes effect at once.
 *
 * A build run as the process's command (`teipress build`, `teipress merge`) keeps its main
 * thread's heap near what is live the same way, at {@link BUILD_GROWING_PERCENT} %: that heap
 * lives beside the render workers' and the validation thread's (capped by their own limits),
 * and with V8's default factor (up to four times what is live, for a process of V8's default
 * heap limit) its highs grew with what the main thread keeps of each document, so that the
 * peak of a large edition's build grew with the edition. (V8's flag is the process's: the
 * render workers and the validation thread follow it too, near the factor their own heap caps
 * gave them already.)
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
  return mode === 'speed' ? run() : withGrowingPercent(GROWING_PERCENT, run);
}

/** How much V8 lets the main thread's old generation grow over what is live while a build runs as the command. */
export const BUILD_GROWING_PERCENT = 50;

/** Runs a build command's `run` with the main thread's heap growth bounded (see the module comment), and V8's own sizing again after it. */
export function withBuildHeap<T>(run: () => Promise<T>): Promise<T> {
  return withGrowingPercent(BUILD_GROWING_PERCENT, run);
}

async function withGrowingPercent<T>(percent: number, run: () => Promise<T>): Promise<T> {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  try {
    return await run();
  } finally {
    // 0 is V8's default: the factor follows its measured GC and mutator speeds.
    setFlagsFromString('--heap-growing-percent=0');
  }
}

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
import { runInNewContext } from 'node:vm';

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

/**
 * The V8 flags of a heap mode: `memory` fixes the old generation's growth, stops the young
 * generation's and turns on V8's `--optimize-for-size` ("optimizations which favor memory
 * size over execution speed"; a 5 MB conversion peaked some 6 MB lower with it, see README,
 * Performance); `speed` is V8's own sizing.
 */
export function heapFlagsFor(mode: 'memory' | 'speed'): readonly string[] {
  // 0 is V8's default growing factor: it follows its measured GC and mutator speeds.
  return mode === 'memory'
    ? [`--heap-growing-percent=${GROWING_PERCENT}`, '--semi-space-growth-factor=1', '--optimize-for-size']
    : ['--heap-growing-percent=0', `--semi-space-growth-factor=${YOUNG_GROWTH_DEFAULT}`, '--no-optimize-for-size'];
}

/** Runs `run` with V8's heap sized for `mode`, and V8's own sizing again after it. */
export async function withHeapMode<T>(mode: 'memory' | 'speed', run: () => Promise<T>): Promise<T> {
  return mode === 'speed' ? run() : withFlags(heapFlagsFor('memory'), run);
}

/**
 * How much V8 lets the main thread's old generation grow over what is live while a build runs
 * as the command. 100 rather than the 25 of round 8: with the native renderer and the workers
 * keeping what they render, the heaps are smaller and collecting them a quarter over what is
 * live cost the build's threads more than it saved. Fresh builds of the bench's 1,000
 * documents, five pairs alternating (4 December 2026): 7.18–7.92 s (median 7.37) against
 * 7.64–8.26 s (8.00), peak RSS 267–274 MB against 256–261 MB; one 10,000-document build each:
 * 49.6 s against 54.5 s, 394 MB against 386 MB.
 */
export const BUILD_GROWING_PERCENT = 100;

/**
 * How much V8 lets the old generation grow over what is live while a build command writes the
 * site's files (`BuildHeap.write`). That stage holds every document's site entry and planned
 * outputs at once, so what is live then grows with the edition, and at 100 % its heap was the
 * build's peak at 10,000 documents (293–297 MB against 277–280 MB while the chunks went on);
 * it runs after the render workers have gone, on a core of its own, where collecting more
 * often cost nothing measurable. Fresh builds, 4 December 2026: 10,000 documents peaked at
 * 277–282 MB with 30 % (write stage 4.8–6.3 s, against 5.0–5.8 s); 1,000 documents' write
 * stage took 0.89–0.99 s against 0.90–1.04 s, peaks 233–235 MB both.
 */
export const WRITE_GROWING_PERCENT = 30;

/** What a build command's heap sizing gives its stages (`withBuildHeap`). */
export interface BuildHeap {
  /** Runs the write stage's `run` with the heap grown by {@link WRITE_GROWING_PERCENT} % over what is live, and the build's own sizing again after it. */
  write<T>(run: () => Promise<T>): Promise<T>;
}

/**
 * Runs a build command's `run` with the main thread's heap growth bounded (see the module
 * comment), and V8's own sizing again after it; `run` gets the sizing of its write stage (a
 * build called as a library has none, and leaves V8's flags alone).
 */
export async function withBuildHeap<T>(run: (heap: BuildHeap) => Promise<T>): Promise<T> {
  const build = `--heap-growing-percent=${BUILD_GROWING_PERCENT}`;
  // Once the build's sizing has ended, a write stage runs as it is: V8's own sizing stays.
  let on = true;
  const heap: BuildHeap = {
    write: async (stage) => {
      if (!on) return stage();
      setFlagsFromString(`--heap-growing-percent=${WRITE_GROWING_PERCENT}`);
      try {
        return await stage();
      } finally {
        if (on) setFlagsFromString(build);
      }
    },
  };
  try {
    return await withFlags([build], () => run(heap));
  } finally {
    on = false;
  }
}

async function withFlags<T>(flags: readonly string[], run: () => Promise<T>): Promise<T> {
  for (const f of flags) setFlagsFromString(f);
  try {
    return await run();
  } finally {
    for (const f of heapFlagsFor('speed')) setFlagsFromString(f);
  }
}

/**
 * V8's full garbage collection, to run on demand (its `gc`, exposed for the contexts made from
 * now on: `--expose-gc` read when a context is made, and one made for it). For a caller that
 * has just let go of much of what it held while it goes on allocating: V8 collects its old
 * generation only once it has grown by a step over what it found live, so memory let go is
 * held until then beside what is made after it.
 */
export function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

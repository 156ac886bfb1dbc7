/**
 * Lowers the scheduling priority of the calling thread, on Linux, where a nice value belongs to
 * a thread (setpriority(2) with PRIO_PROCESS and 0 names the calling thread there; elsewhere it
 * names the whole process, so nothing is done). A render worker calls it when it starts.
 *
 * Why: on a machine with as many cores as busy threads, the build's main thread (it converts,
 * hands documents to the workers and writes every file) is woken after every system call only
 * when a render worker's time slice ends, and creating a file under that load took about 1 ms
 * instead of 0.06 (4,000 create-and-rename writes beside two busy processes: 4.45 s against
 * 0.25 s alone). The render workers always have work queued, so giving way to the main thread
 * costs them nothing; the main thread then runs ahead and keeps them fed. Paired fresh builds
 * of 1,000 generated documents (`--no-pdf`) on the 2-core machine: 40.0 and 43.4 s with the
 * workers at nice 10 against 44.6 and 47.5 s at nice 0 (alternating, same run).
 */
import { getPriority, setPriority } from 'node:os';

/** The nice value of a render worker: below the main thread's (0), above nothing else the user runs. */
export const WORKER_NICE = 10;

/**
 * Sets the calling thread's nice value to `nice` unless it is higher already; gives the thread's
 * nice value afterwards, or undefined when it was left alone (not Linux, or the system refused).
 */
export function lowerThreadPriority(nice: number = WORKER_NICE, platform: NodeJS.Platform = process.platform): number | undefined {
  if (platform !== 'linux') return undefined;
  try {
    // never raise it: a thread started under `nice -n 15` keeps 15
    if (getPriority(0) < nice) setPriority(0, nice);
    return getPriority(0);
  } catch {
    return undefined;
  }
}

/**
 * Levenshtein distance, fast: it runs for every word of every furniture line and for every
 * pair of copies of a recurring line. When the shorter string has at most 32 code units the
 * distance is computed bit-parallel (Myers' algorithm: one machine word holds a column of
 * the table), otherwise by the table, two rows of the call's own, with an early exit. Either gives the
 * distance exactly when it is within `max`, and a number above `max` otherwise.
 */
import type { ConvertMemo } from './memo.js';

/**
 * The bit-parallel distance's pattern masks by code unit: set for one pattern's characters and
 * cleared after, so it is all zeros between calls and carries nothing from one to the next. A
 * conversion keeps one in its memo (`distanceScratch`) and passes it to every call: a table
 * made per call makes the distance 3-5 times slower (paired micro-benchmark), and a scan of the
 * pattern per text unit instead of the table 7 times.
 */
export type DistanceScratch = Int32Array;

/** A new, all-zero scratch table (one per conversion; see `distanceScratch`). */
export function newDistanceScratch(): DistanceScratch {
  return new Int32Array(65536);
}

/** The scratch table of a conversion, made on its first ask of `memo`. */
export function distanceScratch(memo: ConvertMemo): DistanceScratch {
  return memo.once(memo, 'edit-distance/scratch', newDistanceScratch);
}

/** Distance by Myers' bit-vector algorithm; `p` is the shorter, 1 to 32 code units. */
function bitParallel(p: string, t: string, peq: DistanceScratch): number {
  const m = p.length;
  for (let j = 0; j < m; j++) peq[p.charCodeAt(j)]! |= 1 << j;
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let i = 0; i < t.length; i++) {
    const eq = peq[t.charCodeAt(i)]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let j = 0; j < m; j++) peq[p.charCodeAt(j)] = 0;
  return score;
}

/** Distance by the table, row by row, giving up (`max + 1`) once a row's least value exceeds `max`. */
function byTable(a: string, b: string, max: number): number {
  const m = b.length;
  // Strings this long (over 32 units) are rare: two rows per call cost little beside the table's work.
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    let left = i;
    let diag = i - 1;
    let best = i;
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const up = prev[j]!;
      let v = ca === b.charCodeAt(j - 1) ? diag : diag + 1;
      if (up + 1 < v) v = up + 1;
      if (left + 1 < v) v = left + 1;
      cur[j] = v;
      diag = up;
      left = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[m]!;
}

/**
 * Levenshtein distance: exact when it is at most `max`; above `max` (often `max + 1`) otherwise.
 * `scratch` is the conversion's (`distanceScratch`): without one, the distance is computed by the table.
 */
export function editDistance(a: string, b: string, max = Infinity, scratch?: DistanceScratch): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // With no edit allowed, unequal strings are out at once.
  if (max <= 0) return max + 1;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length === 0) return longer.length;
  // Without the conversion's scratch table, the row-by-row table (small rows, an early exit) costs less than making one.
  return shorter.length <= 32 && scratch ? bitParallel(shorter, longer, scratch) : byTable(a, b, max);
}

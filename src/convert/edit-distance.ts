/**
 * Levenshtein distance, fast: it runs for every word of every furniture line and for every
 * pair of copies of a recurring line. What the two strings share at their start and end is
 * set aside first (it costs no edit). When the shorter rest has at most 32 code units the
 * distance is computed bit-parallel (Myers' algorithm: one machine word holds a column of
 * the table), otherwise by the table, two rows (the conversion's, or the call's own), with an early exit. Either gives the
 * distance exactly when it is within `max`, and a number above `max` otherwise.
 */
import type { ConvertMemo } from './memo.js';

/**
 * A conversion's working tables for the distance, kept in its memo (`distanceScratch`) and
 * passed to every call. `peq` holds the bit-parallel distance's pattern masks by code unit:
 * set for one pattern's characters and cleared after, so it is all zeros between calls and
 * carries nothing from one to the next (a table made per call makes the distance 3-5 times
 * slower, paired micro-benchmark; a scan of the pattern per text unit instead, 7 times).
 * It covers Latin-1; `wide`, for the rest of the code units, is made only when a pattern has
 * one (a full table for every conversion was 256 KB to allocate and collect each time).
 * `rows` are the table distance's two rows, grown to the longest string it has met.
 */
export interface DistanceScratch {
  readonly peq: Int32Array;
  wide?: Int32Array;
  rows: readonly [Int32Array, Int32Array];
}

/** Code units below this have their masks in `peq`. */
const NARROW = 256;

/** A new, all-zero scratch table (one per conversion; see `distanceScratch`). */
export function newDistanceScratch(): DistanceScratch {
  return { peq: new Int32Array(NARROW), rows: [new Int32Array(64), new Int32Array(64)] };
}

/** The scratch table of a conversion, made on its first ask of `memo`. */
export function distanceScratch(memo: ConvertMemo): DistanceScratch {
  return memo.once(memo, 'edit-distance/scratch', newDistanceScratch);
}

/** The mask table holding code unit `c`: the narrow one, or the wide one (made on the first pattern that needs it). */
function masksFor(c: number, s: DistanceScratch): Int32Array {
  return c < NARROW ? s.peq : (s.wide ??= new Int32Array(65536));
}

/** Distance by Myers' bit-vector algorithm; `p` is the shorter, 1 to 32 code units. */
function bitParallel(p: string, t: string, s: DistanceScratch): number {
  const m = p.length;
  for (let j = 0; j < m; j++) {
    const c = p.charCodeAt(j);
    masksFor(c, s)[c]! |= 1 << j;
  }
  const { peq, wide } = s;
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // A text unit outside Latin-1 matches nothing when no pattern has needed the wide table.
    const eq = c < NARROW ? peq[c]! : wide ? wide[c]! : 0;
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
  for (let j = 0; j < m; j++) {
    const c = p.charCodeAt(j);
    masksFor(c, s)[c] = 0;
  }
  return score;
}

/** Distance by the table, row by row, giving up (`max + 1`) once a row's least value exceeds `max`; its rows are `scratch`'s when given. */
function byTable(a: string, b: string, max: number, scratch?: DistanceScratch): number {
  const m = b.length;
  if (scratch && scratch.rows[0].length <= m) scratch.rows = [new Int32Array(2 * (m + 1)), new Int32Array(2 * (m + 1))];
  let prev = scratch ? scratch.rows[0] : new Int32Array(m + 1);
  let cur = scratch ? scratch.rows[1] : new Int32Array(m + 1);
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
  // What the two share at their start and end costs no edit (the distance of the rest is the
  // distance): copies of a recurring line differ in a few places, words in an OCR slip or two.
  let start = 0;
  const least = Math.min(a.length, b.length);
  while (start < least && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (start > 0 || endA < a.length) return differing(a.slice(start, endA), b.slice(start, endB), max, scratch);
  return differing(a, b, max, scratch);
}

/** `editDistance` of two strings whose first and last code units differ (or one is empty). */
function differing(a: string, b: string, max: number, scratch: DistanceScratch | undefined): number {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length === 0) return longer.length;
  // Without the conversion's scratch table, the row-by-row table (small rows, an early exit) costs less than making one.
  return shorter.length <= 32 && scratch ? bitParallel(shorter, longer, scratch) : byTable(a, b, max, scratch);
}

import { similarity, type DistanceScratch } from '../fuzzy.js';

/** How alike two strings are (see `similarity`). */
type Similarity = (a: string, b: string) => number;

/**
 * `similarity` remembered for the pairs of one consensus: it is symmetric, copies of a line
 * repeat, and the medoid, the alignment and the vote ask for the same pairs again.
 */
function rememberedSimilarity(scratch: DistanceScratch | undefined): Similarity {
  const known = new Map<string, Map<string, number>>();
  return (a, b) => {
    // A string is wholly like itself (similarity gives exactly 1).
    if (a === b) return 1;
    const [x, y] = a < b ? [a, b] : [b, a];
    let row = known.get(x);
    if (!row) known.set(x, (row = new Map()));
    let v = row.get(y);
    if (v === undefined) row.set(y, (v = similarity(x, y, scratch)));
    return v;
  };
}

/** The copy nearest to all others (the medoid): what scattered damage outvotes. */
export function medoid(copies: readonly string[], sim: Similarity = similarity): string {
  let best = copies[0] ?? '';
  let bestScore = -1;
  for (const c of copies) {
    const score = copies.reduce((s, o) => s + sim(c, o), 0);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/**
 * Aligns the tokens of `other` to those of `ref` (edit distance over tokens, a substitution
 * costing what the two tokens differ). Returns, for each token of `ref`, the token of `other`
 * aligned with it, or undefined.
 */
function align(ref: readonly string[], other: readonly string[], sim: Similarity): (string | undefined)[] {
  const n = ref.length;
  const m = other.length;
  const cost: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = cost[i - 1]![j - 1]! + (1 - sim(ref[i - 1]!, other[j - 1]!));
      cost[i]![j] = Math.min(sub, cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1);
    }
  }
  const out: (string | undefined)[] = new Array(n).fill(undefined);
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = cost[i]![j]!;
    if (Math.abs(here - (cost[i - 1]![j - 1]! + (1 - sim(ref[i - 1]!, other[j - 1]!)))) < 1e-9) {
      out[i - 1] = other[j - 1];
      i--;
      j--;
    } else if (Math.abs(here - (cost[i - 1]![j]! + 1)) < 1e-9) i--;
    else j--;
  }
  return out;
}

/**
 * One reading from several damaged copies of the same line: the copies are aligned token by
 * token to their medoid, and each position takes the reading most copies agree on (ties go to
 * the reading nearest the others). Bounded: at most `max` copies are compared.
 */
export function consensus(copies: readonly string[], max = 16, scratch?: DistanceScratch): string {
  const step = Math.max(1, Math.ceil(copies.length / max));
  const sample = copies.filter((_, i) => i % step === 0);
  const sim = rememberedSimilarity(scratch);
  const ref = medoid(sample, sim);
  const refTokens = ref.split(/\s+/u).filter(Boolean);
  const columns: string[][] = refTokens.map((t) => [t]);
  for (const c of sample) {
    if (c === ref) continue;
    align(refTokens, c.split(/\s+/u).filter(Boolean), sim).forEach((t, i) => t !== undefined && columns[i]!.push(t));
  }
  return columns.map((column) => vote(column, sim)).join(' ');
}

function vote(column: readonly string[], sim: Similarity): string {
  const counts = new Map<string, number>();
  for (const t of column) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const tied = [...counts.keys()].filter((t) => counts.get(t) === top);
  return tied.length === 1 ? tied[0]! : medoid(tied.length === column.length ? column : tied, sim);
}

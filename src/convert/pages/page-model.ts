import type { Profile } from '../../profiles/profile.js';
import type { Item } from '../structure/items.js';
import * as C from './page-cues.js';
import { gapsOf, type Gaps } from './page-gaps.js';

/** A page turn the model decided, with the cues that made it. */
export interface PageTurn {
  readonly score: number;
  /**
   * The cues, joined by `; ` (as the decisions give them): one string for each turn of the
   * file, held until the last document is built, where each cue was a string of pieces.
   */
  readonly cues: string;
  /** Only text cues made it (no furniture in the gap). */
  readonly textOnly: boolean;
}

/**
 * The page model's result: the content items a page turn precedes (their furniture run
 * included), asked of one item at a time. Held weakly: the plan lives while a transcript's
 * documents are built, and a map of the items would keep every item and its lines until the
 * last is built, which the assembly otherwise lets go as it goes (a 5 MB letter: 3 MB).
 */
export interface PagePlan {
  readonly turns: { get(item: Item): PageTurn | undefined; has(item: Item): boolean };
}

/** The usual length of a page in content characters: the median distance between explicit turns. */
function usualLength(gaps: Gaps): number | undefined {
  const at: number[] = [];
  for (let k = 0; k < gaps.length; k++) if (gaps.explicit(k)) at.push(gaps.line[k]!);
  if (at.length < 2) return undefined;
  const d = at.slice(1).map((x, i) => x - at[i]!).sort((a, b) => a - b);
  return d[Math.floor(d.length / 2)]! || undefined;
}

function lengthCost(len: number, usual: number | undefined): number {
  if (usual === undefined) return 0;
  const excess = Math.max(0, Math.abs(len - usual) / usual - C.LENGTH_TOLERANCE);
  return C.LENGTH_COST * excess * excess;
}

/**
 * Segments the content into pages by dynamic programming over the gaps: a turn at a gap
 * costs `TURN_COST` less the gap's cues, and a page that strays from the file's usual length
 * costs more. One weak cue never outweighs a turn's cost; strong furniture always does.
 * Linear: each gap looks back over at most `WINDOW` earlier gaps. Pure.
 */
export function pageModel(items: readonly Item[], profile: Profile): PagePlan {
  const gaps = gapsOf(items, profile);
  const usual = usualLength(gaps);
  const turns = new WeakMap<Item, PageTurn>();
  const take = (k: number) => turns.set(gaps.item(k), { score: gaps.score[k]!, cues: gaps.cuesOf(k), textOnly: gaps.textOnly(k) });
  // Without a usual length pages are independent: a turn is taken where its cues pay for it.
  if (usual === undefined) {
    const paying: number[] = [];
    for (let k = 0; k < gaps.length; k++) if (gaps.score[k]! > C.TURN_COST) paying.push(k);
    agree(paying, gaps).forEach(take);
    return { turns };
  }
  const n = gaps.length;
  // best[k]: the cost of the pages up to a turn at gap k-1 (k = 0: the start; k = n+1: the end).
  const best = new Float64Array(n + 2).fill(Infinity);
  const from = new Int32Array(n + 2).fill(-1);
  best[0] = 0;
  const lineAt = (k: number) => (k === 0 ? 0 : k === n + 1 ? (gaps.line[n - 1] ?? 0) + 1 : gaps.line[k - 1]!);
  for (let k = 1; k <= n + 1; k++) {
    const turn = k === n + 1 ? 0 : C.TURN_COST - gaps.score[k - 1]!;
    // The last page may be short (it ends where the text does), not long.
    const last = k === n + 1;
    for (let j = Math.max(0, k - C.WINDOW); j < k; j++) {
      const len = lineAt(k) - lineAt(j);
      const cost = best[j]! + (last && len < usual ? 0 : lengthCost(len, usual)) + turn;
      if (cost < best[k]!) {
        best[k] = cost;
        from[k] = j;
      }
    }
  }
  const chosen: number[] = [];
  for (let k = from[n + 1]!; k > 0; k = from[k]!) chosen.push(k - 1);
  agree(chosen.reverse(), gaps).forEach(take);
  return { turns };
}

/**
 * Inferred turns must agree with printed numbers: between a page printed `a` and the next
 * printed `b` there is room for `b - a - 1` unprinted turns; the weakest extra ones go.
 * Before a first printed number that a record footer's counter gives, the record's page 1 is
 * the file's first page at the earliest, so there is room for `b - 2`; a bare page number may
 * restart with a later document, and bounds nothing before it. The bound drops only turns
 * inferred without furniture strong enough to be explicit.
 */
function agree(chosen: readonly number[], gaps: Gaps): number[] {
  const drop = new Set<number>();
  let last = { at: -1, n: 1 };
  chosen.forEach((g, i) => {
    const printed = gaps.printed(g);
    if (printed === undefined) return;
    if (printed > last.n && (last.at >= 0 || gaps.counted(g))) {
      const first = last.at < 0;
      const between = chosen.slice(last.at + 1, i).filter((x) => gaps.printed(x) === undefined);
      const droppable = first ? between.filter((x) => !gaps.explicit(x)) : between;
      const room = Math.max(0, printed - last.n - 1 - (between.length - droppable.length));
      [...droppable].sort((a, b) => gaps.score[a]! - gaps.score[b]!).slice(0, Math.max(0, droppable.length - room)).forEach((x) => drop.add(x));
    }
    last = { at: i, n: printed };
  });
  return chosen.filter((g) => !drop.has(g));
}

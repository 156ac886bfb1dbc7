import type { Profile } from '../../profiles/profile.js';
import { FURNITURE_KINDS } from '../recognizers/index.js';
import type { Item } from '../structure/items.js';
import { IN_BLOCK } from '../structure/items.js';
import { continues } from '../structure/joins.js';
import * as C from './page-cues.js';
import { formKeys } from '../structure/form-key.js';
import { printedOf, recurrence, runScore, withKey } from './run-cues.js';

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

/** The page model's result: the content items a page turn precedes (their furniture run included). */
export interface PagePlan {
  readonly turns: ReadonlyMap<Item, PageTurn>;
}

interface Gap {
  readonly item: Item;
  /** Content lines from the start of the file to this gap. */
  readonly line: number;
  readonly score: number;
  readonly cues: string[];
  readonly textOnly: boolean;
  readonly explicit: boolean;
  /** The page number the gap's furniture prints for the next page. */
  readonly printed?: number;
  /** The printed number comes from a record footer's counter (it counts the pages of its record). */
  readonly counted?: boolean;
}

const isFurniture = (it: Item) => FURNITURE_KINDS.has(it.kind);

/**
 * The gaps between pieces of content: each with the furniture run it holds and the cues
 * for a page turn there. Paragraphs that follow one another inside a block have no gap.
 */
function gapsOf(items: readonly Item[], profile: Profile): { gaps: Gap[]; spaced: boolean } {
  const recurs = recurrence(items);
  const keys = formKeys(items);
  const raw: { item: Item; run: Item[]; prev: Item; line: number; text?: string }[] = [];
  let prev: Item | undefined;
  let run: Item[] = [];
  let line = 0;
  let inSentence = 0;
  let textGaps = 0;
  for (const it of items) {
    if (isFurniture(it)) {
      run.push(it);
      continue;
    }
    if (prev && it.match.rule !== IN_BLOCK) {
      const why = prev.kind === 'text' && it.kind === 'text' ? continues(prev.lines, it.lines, profile) : undefined;
      if (!run.length && prev.kind === 'text' && it.kind === 'text') {
        textGaps++;
        if (why) inSentence++;
      }
      raw.push({ item: it, run, prev, line, ...(why ? { text: why } : {}) });
    }
    line += it.lines.reduce((a, l) => a + l.text.length + 1, 0);
    prev = it;
    run = [];
  }
  const spaced = textGaps >= 4 && inSentence / textGaps > C.SPACED_SHARE;
  const gaps = raw.map((g) => {
    const r = withKey(runScore(g.run, recurs), keys.has(g.item));
    const printed = printedOf(g.run);
    const counted = printed !== undefined && !g.run.some((it) => it.kind === 'pageNum');
    return { item: g.item, line: g.line, score: r.score, cues: r.cues, textOnly: g.run.length === 0, explicit: r.score >= C.TURN_COST * 2, text: g.text, ...(printed !== undefined ? { printed, counted } : {}) };
  });
  const out = gaps.map((g) => {
    if (!g.text) return g as Gap;
    const weight = (g.text === 'resumes in lower case' ? C.TEXT_CUES.lowerCase : C.TEXT_CUES.brokenOff)[spaced ? 'spaced' : 'clean'];
    return { ...g, score: g.score + weight, cues: [...g.cues, `text ${g.text} (${weight.toFixed(2)})`] } as Gap;
  });
  return { gaps: out, spaced };
}

/** The usual length of a page in content characters: the median distance between explicit turns. */
function usualLength(gaps: readonly Gap[]): number | undefined {
  const at = gaps.filter((g) => g.explicit).map((g) => g.line);
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
  const { gaps } = gapsOf(items, profile);
  const usual = usualLength(gaps);
  const turns = new Map<Item, PageTurn>();
  const take = (g: Gap) => turns.set(g.item, { score: g.score, cues: g.cues.join('; '), textOnly: g.textOnly });
  // Without a usual length pages are independent: a turn is taken where its cues pay for it.
  if (usual === undefined) {
    agree(gaps.filter((g) => g.score > C.TURN_COST)).forEach(take);
    return { turns };
  }
  const n = gaps.length;
  // best[k]: the cost of the pages up to a turn at gap k-1 (k = 0: the start; k = n+1: the end).
  const best = new Float64Array(n + 2).fill(Infinity);
  const from = new Int32Array(n + 2).fill(-1);
  best[0] = 0;
  const lineAt = (k: number) => (k === 0 ? 0 : k === n + 1 ? (gaps[n - 1]?.line ?? 0) + 1 : gaps[k - 1]!.line);
  for (let k = 1; k <= n + 1; k++) {
    const turn = k === n + 1 ? 0 : C.TURN_COST - gaps[k - 1]!.score;
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
  const chosen: Gap[] = [];
  for (let k = from[n + 1]!; k > 0; k = from[k]!) chosen.unshift(gaps[k - 1]!);
  agree(chosen).forEach(take);
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
function agree(chosen: readonly Gap[]): Gap[] {
  const drop = new Set<Gap>();
  let last = { at: -1, n: 1 };
  chosen.forEach((g, i) => {
    if (g.printed === undefined) return;
    if (g.printed > last.n && (last.at >= 0 || g.counted)) {
      const first = last.at < 0;
      const between = chosen.slice(last.at + 1, i).filter((x) => x.printed === undefined);
      const droppable = first ? between.filter((x) => !x.explicit) : between;
      const room = Math.max(0, g.printed - last.n - 1 - (between.length - droppable.length));
      [...droppable].sort((a, b) => a.score - b.score).slice(0, Math.max(0, droppable.length - room)).forEach((x) => drop.add(x));
    }
    last = { at: i, n: g.printed };
  });
  return chosen.filter((g) => !drop.has(g));
}

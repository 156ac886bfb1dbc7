import { FURNITURE_KINDS } from '../recognizers/index.js';
import { shapeKey } from '../structure/clusters.js';
import type { Item } from '../structure/items.js';
import * as C from './page-cues.js';

/* The page cues of a gap's run of furniture: what it prints, what recurs, how much it weighs. */

const isFurniture = (it: Item) => FURNITURE_KINDS.has(it.kind);

/** The furniture lines whose shape recurs in the file (each shape folded once): furniture that recurs marks pages. */
export function recurrence(items: readonly Item[]): Set<Item> {
  const shapes = new Map<Item, string>();
  const counts = new Map<string, number>();
  for (const it of items) {
    if (!isFurniture(it)) continue;
    const key = shapeKey(it.lines[0]!.text);
    shapes.set(it, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...shapes].filter(([, key]) => counts.get(key)! >= 2).map(([it]) => it));
}

/** The number a run prints for the page it opens: a page number, or a foot counter plus one. */
export function printedOf(run: readonly Item[]): number | undefined {
  const num = run.find((it) => it.kind === 'pageNum' && /^\d+$/u.test(it.match.value ?? ''));
  if (num) return Number(num.match.value);
  const counter = [...run].reverse().find((it) => it.match.rule === 'record-footer/counter');
  return counter ? Number(counter.match.value) + 1 : undefined;
}

/** Each furniture item of a run with its weight as a page cue, and what makes it one. */
function* runWeights(run: readonly Item[], recurs: ReadonlySet<Item>): Generator<{ it: Item; w: number; counter: boolean; again: boolean; recurring: boolean }> {
  const seen = new Set<string>();
  for (const it of run) {
    const counter = it.match.rule === 'record-footer/counter';
    const recurring = recurs.has(it);
    const w = Math.max(counter ? C.COUNTER_CUE : C.FURNITURE_CUES[it.kind] ?? 0, recurring ? C.RECURRING_CUE : 0);
    const key = `${it.kind}:${it.lines[0]!.text.toLowerCase()}`;
    const again = seen.has(key) || (it.kind === 'classification' && [...seen].some((k) => k.startsWith('classification:')));
    seen.add(key);
    yield { it, w: again ? Math.max(w, C.REPEATED_IN_RUN) : w, counter, again, recurring };
  }
}

/** How strongly a run of furniture says a page turns after it: its strongest cue and a share of the others. */
export function runScore(run: readonly Item[], recurs: ReadonlySet<Item>): number {
  const weights: number[] = [];
  for (const { w } of runWeights(run, recurs)) weights.push(w);
  if (!weights.length) return 0;
  const max = Math.max(...weights);
  const sum = weights.reduce((a, b) => a + b, 0);
  return max + C.FURTHER_CUE_SHARE * (sum - max);
}

/** What each furniture item of a run is as a page cue, in order (the decisions' text). */
export function runCues(run: readonly Item[], recurs: ReadonlySet<Item>): string[] {
  const cues: string[] = [];
  for (const { it, counter, again, recurring } of runWeights(run, recurs)) cues.push(`${counter ? 'record footer with counter' : it.kind}${again ? ' (repeated)' : recurring ? ' (recurs in the file)' : ''} at ${it.pos.line}`);
  return cues;
}

import type { Inline } from '../../ir/nodes.js';
import type { Position } from '../../ir/position.js';
import { createConvertMemo, type ConvertMemo } from '../memo.js';
import { positionAt, runText, sourceOffset, type FlatText } from './flat-text.js';
import type { InlineRange } from './ranges.js';

/** The deepest nesting of inline constructs built. */
export const MAX_DEPTH = 48;

/**
 * Keeps the ranges that nest. A sweep in start order (longer first at equal starts, then
 * group order) keeps a stack of open ranges; a range that crosses the innermost open one is
 * dropped and its markers stay as text. A range nested deeper than `MAX_DEPTH` is dropped
 * too and, when given, passed to `tooDeep` (so that the caller can report it). Linear after the sort.
 */
export function nestRanges(groups: readonly (readonly InlineRange[])[], tooDeep?: (r: InlineRange) => void): InlineRange[] {
  const all = groups.flatMap((g, rank) => g.map((r) => ({ r, rank })));
  all.sort((a, b) => a.r.start - b.r.start || b.r.end - a.r.end || a.rank - b.rank);
  const accepted: InlineRange[] = [];
  const stack: InlineRange[] = [];
  for (const { r } of all) {
    while (stack.length && stack[stack.length - 1]!.end <= r.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && !(r.start >= top.innerStart && r.end <= top.innerEnd)) continue;
    // Nesting deeper than any real transcript (a run of brackets) stays text: the tree is built
    // recursively, and its depth must stay far from the stack limit.
    if (stack.length >= MAX_DEPTH) {
      tooDeep?.(r);
      continue;
    }
    accepted.push(r);
    stack.push(r);
  }
  return accepted;
}

/**
 * Builds inline nodes for flat text `[from, to)` from nested ranges (sorted by start).
 * Text runs are split at line breaks (→ `lb`) and milestone characters (→ the milestone);
 * dropped marker characters never reach the output.
 */
export function buildTree(flat: FlatText, ranges: readonly InlineRange[], toPos: (offset: number) => Position, memo: ConvertMemo = createConvertMemo()): Inline[] {
  const dropped = new Set<number>();
  for (const r of ranges) for (const [a, b] of r.dropped) for (let k = a; k < b; k++) dropped.add(k);
  const stops = [...flat.breaks.keys(), ...flat.milestones.keys(), ...dropped].sort((a, b) => a - b);
  const text = new TextBuilder(flat, stops, dropped, memo);
  // Ranges nested in ranges[k] are the ones right after it that start before it ends: build
  // works on index spans of the one sorted array, never on copies of it.
  const build = (from: number, to: number, lo: number, hi: number): Inline[] => {
    const out: Inline[] = [];
    let cursor = from;
    let k = lo;
    while (k < hi) {
      const r = ranges[k]!;
      let j = k + 1;
      while (j < hi && ranges[j]!.start < r.end) j++;
      text.push(out, cursor, r.start);
      const innerText = keptText(flat.text, r.innerStart, r.innerEnd, dropped);
      const made = r.make(build(r.innerStart, r.innerEnd, k + 1, j), positionAt(flat, r.start, toPos), innerText);
      if (Array.isArray(made)) for (const m of made) out.push(m);
      else out.push(made);
      cursor = r.end;
      k = j;
    }
    text.push(out, cursor, to);
    // A pushed array keeps room for 16 nodes; most runs hold one or a few, and a document's
    // tree holds them all until it is serialised: give it an array of its own length.
    return out.slice();
  };
  return build(0, flat.text.length, 0, ranges.length);
}

/** The text of `[from, to)` without dropped markers, by code unit (markers are BMP characters, so pairs stay whole). */
function keptText(text: string, from: number, to: number, dropped: ReadonlySet<number>): string {
  let out = '';
  let run = from;
  for (let k = from; k < to; k++) {
    if (!dropped.has(k)) continue;
    out += text.slice(run, k);
    run = k + 1;
  }
  return out + text.slice(run, to);
}

/**
 * Emits text nodes, line breaks and milestones for a stretch of flat text. `stops` (sorted)
 * are the indices that are not plain text: line breaks, milestones and dropped markers; the
 * text between two stops is copied as one slice, so the work is linear in the stretch.
 */
class TextBuilder {
  constructor(
    private readonly flat: FlatText,
    private readonly stops: readonly number[],
    private readonly dropped: ReadonlySet<number>,
    private readonly memo: ConvertMemo,
  ) {}

  private firstStop(from: number): number {
    let lo = 0;
    let hi = this.stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.stops[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  push(out: Inline[], from: number, to: number): void {
    const { flat, memo } = this;
    let buf = '';
    let bufStart = from;
    const flush = (next: number) => {
      if (buf) out.push({ type: 'text', value: memo.intern(buf), offset: sourceOffset(flat, bufStart) });
      buf = '';
      bufStart = next;
    };
    let i = from;
    for (let s = this.firstStop(from); s < this.stops.length && this.stops[s]! < to; s++) {
      const at = this.stops[s]!;
      if (at > i) buf += runText(flat, i, at);
      const brk = flat.breaks.get(at);
      const ms = flat.milestones.get(at);
      if (this.dropped.has(at)) {
        if (!buf) bufStart = at + 1;
      } else if (brk) {
        flush(at + 1);
        out.push({ type: 'lb', noBreak: brk.noBreak, offset: brk.src });
      } else if (ms) {
        flush(at + 1);
        out.push(ms);
      }
      i = Math.max(i, at + 1);
    }
    if (to > i) buf += runText(flat, i, to);
    flush(to);
  }
}

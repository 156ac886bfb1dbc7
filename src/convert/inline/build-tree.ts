import type { Inline } from '../../ir/nodes.js';
import type { Position } from '../../ir/position.js';
import { MILESTONE_CHAR, sourceOffset, type FlatText } from './flat-text.js';
import type { InlineRange } from './ranges.js';

/**
 * Keeps the ranges that nest. A sweep in start order (longer first at equal starts, then
 * group order) keeps a stack of open ranges; a range that crosses the innermost open one is
 * dropped and its markers stay as text. Linear after the sort.
 */
export function nestRanges(groups: readonly (readonly InlineRange[])[]): InlineRange[] {
  const all = groups.flatMap((g, rank) => g.map((r) => ({ r, rank })));
  all.sort((a, b) => a.r.start - b.r.start || b.r.end - a.r.end || a.rank - b.rank);
  const accepted: InlineRange[] = [];
  const stack: InlineRange[] = [];
  for (const { r } of all) {
    while (stack.length && stack[stack.length - 1]!.end <= r.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && !(r.start >= top.innerStart && r.end <= top.innerEnd)) continue;
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
export function buildTree(flat: FlatText, ranges: readonly InlineRange[], toPos: (offset: number) => Position): Inline[] {
  const dropped = new Set<number>();
  for (const r of ranges) for (const [a, b] of r.dropped) for (let k = a; k < b; k++) dropped.add(k);
  const build = (from: number, to: number, rs: readonly InlineRange[]): Inline[] => {
    const out: Inline[] = [];
    let cursor = from;
    let k = 0;
    while (k < rs.length) {
      const r = rs[k]!;
      const inner: InlineRange[] = [];
      let j = k + 1;
      while (j < rs.length && rs[j]!.start < r.end) inner.push(rs[j++]!);
      pushText(out, flat, cursor, r.start, dropped, toPos);
      const innerText = [...flat.text.slice(r.innerStart, r.innerEnd)].filter((_, i) => !dropped.has(r.innerStart + i)).join('');
      out.push(r.make(build(r.innerStart, r.innerEnd, inner), toPos(sourceOffset(flat, r.start)), innerText));
      cursor = r.end;
      k = j;
    }
    pushText(out, flat, cursor, to, dropped, toPos);
    return out;
  };
  return build(0, flat.text.length, ranges);
}

function pushText(out: Inline[], flat: FlatText, from: number, to: number, dropped: ReadonlySet<number>, toPos: (o: number) => Position): void {
  let buf = '';
  let bufStart = from;
  const flush = (next: number) => {
    if (buf) out.push({ type: 'text', value: buf, pos: toPos(sourceOffset(flat, bufStart)) });
    buf = '';
    bufStart = next;
  };
  for (let i = from; i < to; i++) {
    const ch = flat.text[i]!;
    const brk = ch === '\n' ? flat.breaks.get(i) : undefined;
    const ms = ch === MILESTONE_CHAR ? flat.milestones.get(i) : undefined;
    if (brk) {
      flush(i + 1);
      out.push({ type: 'lb', noBreak: brk.noBreak, pos: toPos(brk.src) });
    } else if (ms) {
      flush(i + 1);
      out.push(ms);
    } else if (!dropped.has(i)) buf += ch;
    else if (!buf) bufStart = i + 1;
  }
  flush(to);
}

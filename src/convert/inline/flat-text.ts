import type { Line } from '../scan-lines.js';
import type { Milestone } from '../../ir/nodes.js';
import type { Position } from '../../ir/position.js';

/** A paragraph's raw content: runs of source lines with page milestones between them. */
export type Segment = { readonly kind: 'lines'; readonly lines: readonly Line[] } | { readonly kind: 'milestone'; readonly node: Milestone };

/** Stands for a milestone in the flat text: a private-use character no transcript uses here. */
export const MILESTONE_CHAR = '\uE000';

/**
 * A paragraph's content flattened into one string, so that regular expressions can find
 * conventions, quotations and dates across line and page breaks. Lines are joined by `\n`;
 * each milestone is one `MILESTONE_CHAR`. Source offsets are kept per run.
 */
export interface FlatText {
  readonly text: string;
  /**
   * Runs of source text: flat index `flat` holds source offset `src` for `length` chars,
   * the characters of `line`'s text (so that a node's text can be cut from the line, which
   * the transcript holds anyway, and not from the flat copy, which is let go after the pass).
   */
  readonly runs: readonly FlatRun[];
  /** Milestones by flat index. */
  readonly milestones: ReadonlyMap<number, Milestone>;
  /**
   * For each `\n` in the flat text: true when the line before it ended with a word-splitting
   * hyphen, and the source offset of the line after it (where its `lb` is placed).
   */
  readonly breaks: ReadonlyMap<number, { readonly noBreak: boolean; readonly src: number }>;
}

/** One line's text in the flat text. */
export interface FlatRun {
  readonly flat: number;
  readonly src: number;
  readonly length: number;
  readonly line: Line;
}

/** Flattens segments. The source offset of a line's text is its trimmed start. */
export function flatten(segments: readonly Segment[]): FlatText {
  let text = '';
  const runs: FlatRun[] = [];
  const milestones = new Map<number, Milestone>();
  const breaks = new Map<number, { noBreak: boolean; src: number }>();
  let prevLine: Line | undefined;
  let afterMilestone = false;
  for (const seg of segments) {
    if (seg.kind === 'milestone') {
      // The source's own line break between the text and the page furniture stays as white
      // space, so that the words on either side of a page turn stay apart in the TEI.
      if (prevLine) text += '\n';
      milestones.set(text.length, seg.node);
      text += MILESTONE_CHAR;
      prevLine = undefined;
      afterMilestone = true;
      continue;
    }
    for (const line of seg.lines) {
      if (prevLine) {
        breaks.set(text.length, { noBreak: prevLine.text.endsWith('-') && /\p{L}-$/u.test(prevLine.text), src: line.pos.offset });
        text += '\n';
      } else if (afterMilestone) text += '\n';
      afterMilestone = false;
      runs.push({ flat: text.length, src: line.pos.offset, length: line.text.length, line });
      text += line.text;
      prevLine = line;
    }
  }
  return { text, runs, milestones, breaks };
}

/** Source offset of a flat index that lies in a text run (or the nearest run start before it). */
export function sourceOffset(flat: FlatText, index: number): number {
  const r = runAt(flat, index);
  return r ? r.src + Math.min(index - r.flat, r.length) : 0;
}

/**
 * The text of flat `[from, to)`, which lies in one run (it holds no line break or
 * milestone), cut from the run's line: the same characters as the flat text's, held by the
 * transcript's text instead of by the flat copy of the paragraph.
 */
export function runText(flat: FlatText, from: number, to: number): string {
  const r = runAt(flat, from);
  if (!r || from < r.flat || to > r.flat + r.length) return flat.text.slice(from, to);
  return r.line.text.slice(from - r.flat, to - r.flat);
}

/**
 * The position of a flat index in a text run: the run's line's own position when the index
 * is where the line starts (the same place, without a copy of it per node), else `toPos`'s.
 */
export function positionAt(flat: FlatText, index: number, toPos: (offset: number) => Position): Position {
  const r = runAt(flat, index);
  if (r && index === r.flat) return r.line.pos;
  return toPos(r ? r.src + Math.min(index - r.flat, r.length) : 0);
}

/** The run holding a flat index (or the nearest before it). */
function runAt(flat: FlatText, index: number): FlatRun | undefined {
  const runs = flat.runs;
  let lo = 0;
  let hi = runs.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.flat <= index) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return runs[best];
}

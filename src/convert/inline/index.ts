import type { Inline } from '../../ir/nodes.js';
import type { Position } from '../../ir/position.js';
import type { Report } from '../../diagnostics/diagnostic.js';
import { parseDates, type DateContext } from '../dates/parse-dates.js';
import { buildTree, nestRanges } from './build-tree.js';
import { DEFAULT_CONVENTIONS, scanCombiningStrike, scanConventions, type Convention } from './conventions.js';
import { flatten, sourceOffset, type Segment } from './flat-text.js';
import { scanPortionMarks } from './portion-marks.js';
import { scanQuotes } from './quotes.js';
import type { InlineRange } from './ranges.js';
import { scanReferences } from './references.js';

/** Unbalanced markers reported one by one per paragraph; the rest are summed up in one diagnostic. */
const MAX_REPORTS = 50;

/** What inline parsing needs besides the content. */
export interface InlineContext {
  readonly dates: DateContext;
  readonly conventions?: readonly Convention[];
  readonly references: readonly string[];
  /** Portion-mark levels of the profile. */
  readonly portionMarks?: Readonly<Record<string, string>>;
  readonly toPos: (offset: number) => Position;
  readonly report: Report;
  /** Called once per kind of thing applied, for the header's encodingDesc. */
  readonly applied: (what: string) => void;
  /** Turn dates, quotations and references into elements (off for furniture). */
  readonly phrases?: boolean;
}

/**
 * Parses a paragraph's (or line's) content into inline nodes: transcription conventions,
 * quotations, references and dates, with line breaks and milestones in place. Reports
 * unbalanced markers at their place; they stay as text. Pure but for `report`/`applied`.
 */
export function parseInline(segments: readonly Segment[], ctx: InlineContext): Inline[] {
  const flat = flatten(segments);
  const conv = scanConventions(flat.text, ctx.conventions ?? DEFAULT_CONVENTIONS);
  for (const p of conv.problems.slice(0, MAX_REPORTS)) ctx.report('convert/unbalanced-marker', ctx.toPos(sourceOffset(flat, p.at)), p.message);
  const more = conv.problems.length - MAX_REPORTS;
  if (more > 0) ctx.report('convert/unbalanced-marker', ctx.toPos(sourceOffset(flat, conv.problems[MAX_REPORTS]!.at)), `${more} more unbalanced markers in this paragraph are not listed one by one; all are kept as text.`);
  const groups: InlineRange[][] = [[...conv.ranges, ...scanCombiningStrike(flat.text)]];
  if (ctx.phrases !== false) {
    groups.push(scanPortionMarks(flat.text, ctx.portionMarks ?? {}), scanQuotes(flat.text), scanReferences(flat.text, ctx.references), dateRanges(flat.text, ctx, sourceOffsetOf(flat)));
  }
  const ranges = nestRanges(groups);
  if (ranges.some((r) => conv.ranges.includes(r))) ctx.applied('conventions');
  return buildTree(flat, ranges, ctx.toPos);
}

function sourceOffsetOf(flat: ReturnType<typeof flatten>) {
  return (i: number) => sourceOffset(flat, i);
}

function dateRanges(text: string, ctx: InlineContext, src: (i: number) => number): InlineRange[] {
  return parseDates(text, ctx.dates).map((d) => {
    if (d.inferred) {
      ctx.applied('inferred-year');
      const what = /^the\s/.test(text.slice(d.start, d.end)) ? 'month and year were' : `year ${ctx.dates.year} was`;
      ctx.report('convert/inferred-year', ctx.toPos(src(d.start)), `"${text.slice(d.start, d.end).replace(/\s+/g, ' ')}" gives no ${/^the\s/.test(text.slice(d.start, d.end)) ? 'month or year' : 'year'}; the ${what} taken from the document.`);
    }
    return {
      start: d.start,
      end: d.end,
      innerStart: d.start,
      innerEnd: d.end,
      dropped: [],
      make: (children, pos) => ({ type: 'date', children, pos, inferred: d.inferred, ...(d.when ? { when: d.when } : {}), ...(d.from ? { from: d.from } : {}), ...(d.to ? { to: d.to } : {}) }),
    };
  });
}

export type { Segment } from './flat-text.js';

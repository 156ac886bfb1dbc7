import type { Inline } from '../../ir/nodes.js';
import type { Position } from '../../ir/position.js';
import type { Report } from '../../diagnostics/diagnostic.js';
import { dateContextOf, type DocumentContext } from '../dates/document-context.js';
import type { DateContext } from '../dates/parse-dates.js';
import { ENGLISH_EDITORIAL_REMARKS } from '../../profiles/defaults.js';
import type { Profile } from '../../profiles/profile.js';
import { buildTree, MAX_DEPTH, nestRanges } from './build-tree.js';
import { DEFAULT_CONVENTIONS, scanCombiningStrike, scanConventions, type Convention } from './conventions.js';
import { dateRanges, placeRange } from './date-ranges.js';
import { editorialBrackets } from './editorial.js';
import { flatten, sourceOffset, type FlatText, type Segment } from './flat-text.js';
import { scanPortionMarks } from './portion-marks.js';
import { scanQuotes } from './quotes.js';
import type { InlineRange } from './ranges.js';
import { scanReferences } from './references.js';
import { memoOf, type ConvertMemo } from '../memo.js';

/** Problems reported one by one per paragraph; the rest are summed up in one diagnostic. */
const MAX_REPORTS = 50;

/** What inline parsing needs besides the content. */
export interface InlineContext {
  /** The date parser's context; optional when `document` is given (which wins). */
  readonly dates?: DateContext;
  /** The document's context (`documentContext(...)`, computed once per document): dates, language, place. */
  readonly document?: DocumentContext;
  /** What the content is: a dateline's place becomes `placeName`, and a time alone stands for the document's date. */
  readonly role?: 'dateline';
  readonly conventions?: readonly Convention[];
  readonly references: readonly string[];
  /** Portion-mark levels of the profile. */
  readonly portionMarks?: Readonly<Record<string, string>>;
  readonly toPos: (offset: number) => Position;
  readonly report: Report;
  /** Called once per kind of thing applied, for the header's encodingDesc. */
  readonly applied: (what: string) => void;
  /** Turn quotations, references and year-less dates into elements (off for furniture, where only dates that give their year are read). */
  readonly phrases?: boolean;
  /** The conversion's memo of what is compiled from the profile (one is made per call when absent). */
  readonly memo?: ConvertMemo;
}

function reportAll(ctx: InlineContext, flat: FlatText, problems: readonly { at: number; message: string }[], rule: 'convert/unbalanced-marker' | 'convert/nesting-too-deep', rest: string): void {
  for (const p of problems.slice(0, MAX_REPORTS)) ctx.report(rule, ctx.toPos(sourceOffset(flat, p.at)), p.message);
  const more = problems.length - MAX_REPORTS;
  if (more > 0) ctx.report(rule, ctx.toPos(sourceOffset(flat, problems[MAX_REPORTS]!.at)), `${more} more ${rest} in this paragraph are not listed one by one; all are kept as text.`);
}

/** The date context of this content: the document's when given, else the caller's own. */
function datesOf(ctx: InlineContext): DateContext {
  const base = ctx.document ? dateContextOf(ctx.document, ctx.role === 'dateline', ctx.memo) : { ...(ctx.dates ?? { century: 1900 }), memo: ctx.memo };
  return ctx.role === 'dateline' && !base.dateline ? { ...base, dateline: true } : base;
}

/**
 * Parses a paragraph's (or line's) content into inline nodes: transcription conventions and
 * editorial brackets (`[sic]`, supplied words), quotations, references, dates (with times,
 * relative forms resolved against the document's date) and, in a dateline, its place; with
 * line breaks and milestones in place. Reports unbalanced markers and markers nested too
 * deep at their place; they stay as text. Pure but for `report`/`applied`.
 */
export function parseInline(segments: readonly Segment[], ctx: InlineContext): Inline[] {
  const flat = flatten(segments);
  const memo = memoOf(ctx);
  const conv = scanConventions(flat.text, ctx.conventions ?? DEFAULT_CONVENTIONS, memo);
  reportAll(ctx, flat, conv.problems, 'convert/unbalanced-marker', 'unbalanced markers');
  const marked = editorialBrackets(flat.text, conv.ranges, ctx.document?.editorialRemarks ?? ENGLISH_EDITORIAL_REMARKS, memo);
  const groups: InlineRange[][] = [[...marked, ...scanCombiningStrike(flat.text)]];
  const dates = datesOf(ctx);
  const src = (i: number) => sourceOffset(flat, i);
  if (ctx.phrases !== false) {
    const place = ctx.role === 'dateline' ? placeRange(flat.text, dates) : [];
    groups.push(scanPortionMarks(flat.text, ctx.portionMarks ?? {}), scanQuotes(flat.text), scanReferences(flat.text, ctx.references, memo), place, dateRanges(flat.text, dates, ctx, src));
  } else groups.push(dateRanges(flat.text, dates, ctx, src, true));
  const markers = new Set(groups[0]);
  const tooDeep: { at: number; message: string }[] = [];
  const ranges = nestRanges(groups, (r) => {
    if (markers.has(r)) tooDeep.push({ at: r.start, message: `A marker is nested deeper than ${MAX_DEPTH} constructs; it is kept as literal text.` });
  });
  reportAll(ctx, flat, tooDeep, 'convert/nesting-too-deep', 'markers nested too deep');
  // A set, not a search of the list per range (a long paragraph has many of both).
  const convRanges = conv.ranges.length > 0 ? new Set(conv.ranges) : undefined;
  if (convRanges && ranges.some((r) => convRanges.has(r))) ctx.applied('conventions');
  if (ranges.some((r) => EDITORIAL.has(r.element ?? ''))) ctx.applied('editorial-brackets');
  return buildTree(flat, ranges, ctx.toPos, memo);
}

const EDITORIAL: ReadonlySet<string> = new Set(['sic', 'choice', 'supplied']);

/** What the structure stage has for every call of the inline pass: positions, reporting, the profile's conventions. */
export interface InlineHooks {
  readonly toPos: (offset: number) => Position;
  readonly report: Report;
  readonly applied: (what: string) => void;
  readonly conventions?: readonly Convention[];
  readonly memo?: ConvertMemo;
}

/**
 * The inline context for content of a document under a profile: the document's context
 * (`documentContext(...)`, computed once per document), the profile's reference words and
 * portion marks, and the caller's hooks. `role: 'dateline'` for a dateline's content,
 * `phrases: false` for furniture.
 */
export function inlineContextOf(profile: Profile, document: DocumentContext, hooks: InlineHooks, opts: { readonly role?: 'dateline'; readonly phrases?: boolean } = {}): InlineContext {
  return {
    document,
    references: profile.references,
    portionMarks: profile.portionMarks,
    toPos: hooks.toPos,
    report: hooks.report,
    applied: hooks.applied,
    ...(hooks.conventions ? { conventions: hooks.conventions } : {}),
    ...(hooks.memo ? { memo: hooks.memo } : {}),
    ...(opts.role ? { role: opts.role } : {}),
    ...(opts.phrases !== undefined ? { phrases: opts.phrases } : {}),
  };
}

export type { Segment } from './flat-text.js';
export { documentContext, statedYears, type DocumentContext, type DocumentEvidence } from '../dates/document-context.js';

import type { StatedYears } from '../dates/document-context.js';
import type { Report } from '../../diagnostics/diagnostic.js';
import type { Decision, Inline } from '../../ir/nodes.js';
import type { LineIndex } from '../../ir/position.js';
import type { Profile } from '../../profiles/profile.js';
import { inlineContextOf, parseInline, type DocumentContext, type Segment } from '../inline/index.js';
import type { Metadata } from '../metadata.js';
import type { Convention } from '../inline/conventions.js';
import { lineWith, type Line } from '../scan-lines.js';
import { leadingWidth, trimEdges } from '../white-space.js';
import type { PagePlan } from '../pages/page-model.js';
import type { ConvertMemo } from '../memo.js';
import type { Item } from './items.js';

/** Everything the structure stage needs, and where it records what it decided. */
export interface StructureContext {
  readonly profile: Profile;
  readonly index: LineIndex;
  readonly report: Report;
  /** Where decisions are recorded for the report; absent, none is (a conversion that keeps no transcript). */
  readonly decisions?: Decision[];
  readonly applied: Set<string>;
  readonly conventions?: readonly Convention[];
  /** The year for dates that omit it (metadata or the transcript's first full date). */
  readonly defaultYear?: number;
  /**
   * Without a `defaultYear`: the whole transcript's year, read from its items (`transcriptYearOf`)
   * once the page model and the segmentation are made, so that the text of the whole body it
   * reads is not held while they run.
   */
  readonly yearOf?: (items: readonly Item[]) => number | undefined;
  /** The conversion's memo of the years a text states (see `statedYearsOf`). */
  readonly stated?: StatedYears;
  /** The metadata's document type of each document (by its index), where given. */
  readonly documentTypes?: readonly (string | undefined)[];
  /** The sidecar's metadata (its dates and places win over the text's). */
  readonly meta?: Metadata;
  /** The edition's language, when the sidecar names none. */
  readonly language?: string;
  /** The page model's turns (set by the structure stage before documents are built). */
  readonly plan?: PagePlan;
  /** The conversion's memo (see `convert/memo.ts`), handed to the inline pass. */
  readonly memo?: ConvertMemo;
}

/** How a piece of content is read: a dateline's (place, zone, a time alone dated), furniture's (dates only), or running text's. */
export type InlineRole = { readonly role: 'dateline' } | { readonly phrases: false } | Record<string, never>;

/** Parses lines (or segments) into inline nodes with the document's context (its date, year, date order, zone). */
export function inlineOf(ctx: StructureContext, content: readonly Line[] | readonly Segment[], doc: DocumentContext, role: InlineRole = {}): Inline[] {
  const segments: readonly Segment[] = isSegments(content) ? content : [{ kind: 'lines', lines: content }];
  const hooks = { toPos: (o: number) => ctx.index.at(o), report: ctx.report, applied: (what: string) => ctx.applied.add(what), ...(ctx.conventions ? { conventions: ctx.conventions } : {}), ...(ctx.memo ? { memo: ctx.memo } : {}) };
  return parseInline(segments, inlineContextOf(ctx.profile, doc, hooks, role));
}

function isSegments(c: readonly Line[] | readonly Segment[]): c is readonly Segment[] {
  const first = c[0];
  return first !== undefined && 'kind' in first;
}

/** A part of a line as a line of its own (for a field's label and value). */
export function subLine(line: Line, from: number, to = line.text.length): Line {
  const text = line.text.slice(from, to);
  const lead = leadingWidth(text);
  const at = line.pos;
  const offset = at.offset + from + lead;
  return lineWith(line, { text: trimEdges(text), raw: text, pos: { line: at.line, column: at.column + from + lead, offset }, start: offset });
}

/** Records a decision for the conversion report. */
export function decide(ctx: StructureContext, document: number, pos: { line: number; column: number }, what: string, rule: string, text: string): void {
  if (!ctx.decisions) return;
  // Evidence after ` — ` is kept whole; the line's own text is cut to 80 characters.
  const [own = '', ...why] = text.split(' — ');
  const shown = own.length > 80 ? own.slice(0, 77) + '...' : own;
  ctx.decisions.push({ document, line: pos.line, column: pos.column, what, rule, text: why.length ? `${shown} — ${why.join(' — ')}` : shown });
}

/**
 * The evidence of each document's date context, gathered from its items before it is built:
 * its datelines, its header fields and the years its running text states. The inline pass
 * then reads every date of the document with the same context (year, month, date order,
 * zone), computed once, instead of with whatever year the builder had seen so far.
 */
import type { Profile } from '../../profiles/profile.js';
import { documentContext, type DocumentContext, type StatedYears } from '../dates/document-context.js';
import type { ConvertMemo } from '../memo.js';
import type { Metadata } from '../metadata.js';
import type { Item } from './items.js';
import { bodyYearsOnce } from './body-years.js';

/** What one document's context is computed from, besides its items. */
export interface EvidenceSettings {
  readonly profile: Profile;
  /** The sidecar's values for this document (they win over the text). */
  readonly meta?: Metadata;
  /** The year known for the whole transcript, used when the document shows none. */
  readonly transcriptYear?: number;
  readonly language?: string;
  /** The conversion's memo of `statedYears` (one per conversion; without it the years are read afresh). */
  readonly stated?: StatedYears;
  /** The conversion's memo, which holds its date tables (without it each read builds its own). */
  readonly memo?: ConvertMemo | undefined;
}

const text = (it: Item) => it.lines.map((l) => l.text).join('\n');

/** A field item's label as printed and the text of its value. */
function fieldOf(it: Item): { label: string; value: string } {
  const first = it.lines[0]!.text;
  const cut = it.match.labelLength ?? 0;
  return { label: first.slice(0, cut), value: [first.slice(cut), ...it.lines.slice(1).map((l) => l.text)].join('\n') };
}

/**
 * V8 keeps the subject of the last regular-expression match alive (for `RegExp.lastMatch`):
 * once a document's context is read, a match on the empty string lets the last text it read
 * go instead of holding it until the next match elsewhere.
 */
const EMPTY = /(?:)/u;

/** The context of the document made of `items` (in source order). Pure. */
export function contextOfItems(items: readonly Item[], s: EvidenceSettings): DocumentContext {
  const years = bodyYearsOnce(items, s);
  const meta = s.meta ? { ...(s.meta.date ? { date: s.meta.date } : {}), ...(s.meta.place ? { place: s.meta.place } : {}), ...(s.meta.language ? { language: s.meta.language } : {}) } : {};
  const context = documentContext({
    profile: s.profile,
    meta,
    datelines: items.filter((it) => it.kind === 'dateline').map(text),
    fields: items.filter((it) => it.kind === 'field').map(fieldOf),
    bodyYears: years.stated,
    mentionedYears: years.mentioned,
    ...(s.transcriptYear !== undefined ? { transcriptYear: s.transcriptYear } : {}),
    ...(s.language ? { language: s.language } : {}),
    memo: s.memo,
  });
  EMPTY.exec('');
  return context;
}

/**
 * The year of the whole transcript, for documents that show none: the sidecar's, else the
 * year its own evidence gives (a dateline or date field no later than the years its text
 * states: never a later review stamp or release date).
 */
export function transcriptYearOf(items: readonly Item[], profile: Profile, meta: Metadata, stated?: StatedYears, memo?: ConvertMemo): number | undefined {
  return contextOfItems(items, { profile, meta, ...(stated ? { stated } : {}), memo }).year;
}

/**
 * The context of each document, given the items that open documents: each takes the
 * sidecar entry of its index (the first also the whole file's), and the year of the one
 * before it when it shows none.
 */
export function documentContexts(items: readonly Item[], opens: (it: Item) => boolean, s: EvidenceSettings): DocumentContext[] {
  const spans: Item[][] = [[]];
  items.forEach((it, i) => {
    if (i > 0 && opens(it)) spans.push([]);
    spans[spans.length - 1]!.push(it);
  });
  const out: DocumentContext[] = [];
  let year = s.transcriptYear;
  spans.forEach((span, k) => {
    const own = s.meta?.documents?.[k];
    const meta: Metadata = { ...(k === 0 ? s.meta : {}), ...(own?.date ? { date: own.date } : {}) };
    const ctx = contextOfItems(span, { ...s, meta, ...(year !== undefined ? { transcriptYear: year } : {}) });
    out.push(ctx);
    year = ctx.year ?? year;
  });
  return out;
}

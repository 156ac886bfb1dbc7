import type { ArchivalCitation, DocumentNode, Furniture, Inline } from '../../ir/nodes.js';
import type { Profile } from '../../profiles/profile.js';
import { parseDates } from '../dates/parse-dates.js';
import { distanceScratch } from '../fuzzy.js';
import { memoOf, type ConvertMemo } from '../memo.js';
import { consensus } from './consensus.js';
import { trimEdges } from '../white-space.js';
import { isRecordFooter, recordIds } from '../recognizers/record-footer.js';

/** All furniture of a kind, in document order (inside paragraphs, openers and closers too). */
export function furnitureOf(docs: readonly DocumentNode[], kind: Furniture['kind']): Furniture[] {
  const out: Furniture[] = [];
  const visit = (nodes: readonly unknown[]) => {
    for (const n of nodes as { type: string; kind?: string; children?: unknown[] }[]) {
      if (n.type === 'fw' && n.kind === kind) out.push(n as Furniture);
      else if (Array.isArray(n.children)) visit(n.children);
    }
  };
  for (const d of docs) visit(d.parts);
  return out;
}

/** Plain text of inline nodes. */
export function textOf(nodes: readonly Inline[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? textOf(n.children) : '')).join('');
}

/**
 * Reconciles the copies of an archival citation (of a record footer, its record number) into one reading (token by token, the reading
 * most copies agree on, which outvotes scattered OCR damage) and parses it with the profile: repository
 * and collection from abbreviations, folder as the rest, date range to ISO.
 */
export function reconcileCitation(copies: readonly string[], profile: Profile, memo?: ConvertMemo): ArchivalCitation | undefined {
  if (!copies.length) return undefined;
  // Record footers are copies of one citation, other citation lines are not: where there are
  // footers, they place the record, by their record number (their page counter and document
  // id change, or are the document's own).
  const footers = copies.filter(isRecordFooter).map((c) => recordIds(c).record ?? c);
  const used = footers.length ? footers : copies;
  const best = consensus(used, undefined, distanceScratch(memoOf({ memo })));
  const fields = best.split(',').map(trimEdges).filter(Boolean);
  const first = fields[0] ?? '';
  const repository = profile.repositories[first];
  const last = fields[fields.length - 1] ?? '';
  const dates = parseDates(last, { century: profile.century, memo });
  // A range, or a single date that is the whole last field (a damaged range is no date).
  const d = dates.find((x) => x.from || trimEdges(last) === last.slice(x.start, x.end));
  const range = d && (d.from || d.when) ? last.slice(d.start, d.end) : undefined;
  const middle = fields.slice(repository ? 1 : 0, range ? -1 : undefined).join(', ');
  const collKey = Object.keys(profile.collections).sort((a, b) => b.length - a.length).find((k) => middle === k || middle.startsWith(k + ' ') || middle.startsWith(k + ','));
  const folder = (collKey ? middle.slice(collKey.length) : middle).replace(/^[\s,]+/u, '');
  return {
    reading: best,
    copies: used.length,
    ...(repository ? { repository } : {}),
    ...(collKey ? { collection: profile.collections[collKey]! } : {}),
    ...(folder ? { folder } : {}),
    ...(d?.from ? { from: d.from, to: d.to! } : d?.when ? { from: d.when, to: d.when } : {}),
    ...(range ? { range } : {}),
  };
}

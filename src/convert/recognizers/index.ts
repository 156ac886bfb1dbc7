import { judgeLine } from '../candidates/candidates.js';
import type { BlockKind, LineContext, LineMatch } from './types.js';

export { LINE_RECOGNIZERS } from './registry.js';

/** Kinds that are page furniture (placed by the page logic, never part of the text flow). */
export const FURNITURE_KINDS: ReadonlySet<BlockKind> = new Set([
  'pageNum', 'formFeed', 'stamp', 'classification', 'archival-citation', 'folio', 'idno', 'archival-date', 'unclassified', 'running-head',
  'footnote', 'catch',
]);

/** Kinds split out of a multi-line block into items of their own. */
export const SPLIT_KINDS: ReadonlySet<BlockKind> = new Set([
  'pageNum', 'stamp', 'classification', 'archival-citation', 'folio', 'field', 'caveat', 'salutation', 'closing', 'dateline', 'footnote',
  'running-head', 'catch',
]);

/** Classifies one line: the best-scored candidate of all recognisers (`text` when none claims it). */
export function classifyLine(text: string, ctx: LineContext): LineMatch {
  return judgeLine(text, ctx).best.match;
}

export type { BlockKind, LineContext, LineMatch } from './types.js';

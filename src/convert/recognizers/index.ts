import { archivalHeader } from './archival-header.js';
import { caveat } from './caveat.js';
import { citation } from './citation.js';
import { classification } from './classification.js';
import { closing } from './closing.js';
import { dateline } from './dateline.js';
import { editorialNote } from './editorial-note.js';
import { field } from './field.js';
import { folio } from './folio.js';
import { footnote } from './footnote.js';
import { heading } from './heading.js';
import { pageNumber } from './page-number.js';
import { salutation } from './salutation.js';
import { stamp } from './stamp.js';
import { unclassified } from './unclassified.js';
import type { BlockKind, LineContext, LineMatch, LineRecognizer } from './types.js';

/** The recognisers, in the order they are tried: the first match wins. */
export const LINE_RECOGNIZERS: readonly LineRecognizer[] = [
  pageNumber,
  footnote,
  editorialNote,
  classification,
  caveat,
  citation,
  stamp,
  archivalHeader,
  folio,
  field,
  salutation,
  closing,
  dateline,
  heading,
  unclassified,
];

/** Kinds that are page furniture (placed by the page logic, never part of the text flow). */
export const FURNITURE_KINDS: ReadonlySet<BlockKind> = new Set([
  'pageNum', 'formFeed', 'stamp', 'classification', 'archival-citation', 'folio', 'idno', 'archival-date', 'unclassified', 'running-head',
  'footnote',
]);

/** Kinds split out of a multi-line block into items of their own. */
export const SPLIT_KINDS: ReadonlySet<BlockKind> = new Set([
  'pageNum', 'stamp', 'classification', 'archival-citation', 'folio', 'field', 'caveat', 'salutation', 'closing', 'dateline', 'footnote',
]);

/** Classifies one line; `text` when no recogniser claims it. */
export function classifyLine(text: string, ctx: LineContext): LineMatch {
  for (const r of LINE_RECOGNIZERS) {
    const m = r(text, ctx);
    if (m) return m;
  }
  return { kind: 'text', rule: 'text' };
}

export type { BlockKind, LineContext, LineMatch } from './types.js';

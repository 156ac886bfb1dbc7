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
import { recordFooter } from './record-footer.js';
import { pageHead } from './page-head.js';
import { continuation } from './continuation.js';
import type { LineRecognizer } from './types.js';

/**
 * The recognisers. Each proposes; the candidates pass scores every proposal and decides. The
 * order breaks ties between equal scores (the more specific first).
 */
export const LINE_RECOGNIZERS: readonly LineRecognizer[] = [
  recordFooter,
  pageNumber,
  pageHead,
  continuation,
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


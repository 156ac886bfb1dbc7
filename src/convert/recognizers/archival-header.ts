import { wholeDate } from '../dates/parse-dates.js';
import type { LineRecognizer } from './types.js';

/** A record-identifier line: a bare number of four or more digits (`00412`, `No. 1234`). */
const IDNO = /^(?:No\.?\s*)?\d{4,12}$/u;
/** A machine-style date on its own line (`1962/11/05`, `1962-11-05`). */
const NUMERIC_DATE = /^\d{4}[/-]\d{1,2}[/-]\d{1,2}$/u;

/** Archival head lines: a document number or a numeric archival date. */
export const archivalHeader: LineRecognizer = (text, ctx) => {
  if (IDNO.test(text)) return { kind: 'idno', rule: 'archival-header/idno', value: text.replace(/^No\.?\s*/u, '') };
  if (NUMERIC_DATE.test(text)) {
    const date = wholeDate(text, { century: ctx.profile.century, memo: ctx.memo });
    if (date) return { kind: 'archival-date', rule: 'archival-header/date', date };
  }
  return undefined;
};

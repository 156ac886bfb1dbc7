import type { LineRecognizer } from './types.js';

/**
 * A page counter (`Page 3`, `PAGE 001`, `Page 2 of 5`); group 1 is the number. At the line's
 * end a lone `i`, `l` or `I` is the counter 1 as OCR reads it (or a roman one).
 */
const COUNTER = /(?:^|[ \t])page[ \t]*(\d{1,4}|[ilI](?=$))(?:[ \t]+of[ \t]+\d{1,4})?(?=$|[ \t;:.,|])/iu;
/** A number of five or more digits, OCR damage (`%`, `°`) allowed inside. */
const NUMBER = /\d[\d%°]{3,}\d/gu;
/** A collection or record number at the line start: a few capitals, a space, digits (`XX 12345`). */
const RECORD_NUMBER = /^[^\p{L}\d]{0,3}\p{Lu}{1,4}[ \t]+\d{4,}/u;
/** A lower-case word of prose (not an id label like `DocId`). */
const PROSE_WORD = /(?:^|[ \t])\p{Ll}{4,}(?=[ \t,.;]|$)/u;

/**
 * A record footer or header with a page counter: record and document numbers, then `Page N`
 * (`XX 12345 DocId:67890 Page 3`, as archives stamp every page), maybe followed by a banner.
 * Its value is the counter: the number of the page it stands on. A sentence that mentions a
 * page (`… Page 1 is a cover story,`) has no record number and is prose.
 */
export const recordFooter: LineRecognizer = (text) => (isRecordFooter(text) ? { kind: 'archival-citation', rule: 'record-footer/counter', value: counterOf(text) } : undefined);

/** The number of the page a record footer's counter gives (a lone `i`, `l`, `I` is 1). */
function counterOf(text: string): string {
  const n = COUNTER.exec(text)![1]!;
  return /^\d+$/u.test(n) ? String(Number(n)) : '1';
}

/** The line is a record footer or header with a page counter (see `recordFooter`). */
export function isRecordFooter(text: string): boolean {
  if (text.length > 80) return false;
  const m = COUNTER.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  // A record number and a document id; one id alone with a counter is a page number's form.
  const ids = before.match(NUMBER)?.length ?? 0;
  return !((ids < 2 && !RECORD_NUMBER.test(before)) || ids < 1 || PROSE_WORD.test(before));
}

/** The record number and document id of a record footer, as far as OCR left them readable. */
export function recordIds(text: string): { record?: string; document?: string } {
  const rec = /^[^\p{L}\d]*(\p{Lu}{1,4}[ \t]*\d{4,8})\b/u.exec(text);
  const doc = /doc[\p{L}]{0,3}[ \t]*[:;][ \t]*(\d{6,12})\b/iu.exec(text);
  return { ...(rec ? { record: rec[1]!.replace(/[ \t]+/gu, ' ') } : {}), ...(doc ? { document: doc[1]! } : {}) };
}

import type { LineRecognizer } from './types.js';

/** A stamped folio or Bates number: a short code of a letter prefix and digits, as OCR leaves it. */
const FOLIO = /^[A-Za-z]{1,5}[\s.\-:#]{0,2}[0-9A-Za-z]{0,4}[\s.\-]{0,2}[0-9][0-9A-Za-z]{1,9}$/u;
/** Bates-style identifiers: prefix, separator, long number (`NLK-2012-045-0001`, `DOC 000123`). */
const BATES = /^[A-Z]{2,8}[-_ ]?(?:\d{2,6}[-_ ]){0,3}\d{3,10}$/u;

/** Reads the folio number: the last run of three or more digits, if it is whole. */
export function folioNumber(text: string): string | undefined {
  const runs = text.match(/\d+/gu) ?? [];
  const last = runs[runs.length - 1];
  const tail = text.replace(/\s+$/u, '').slice(-1);
  if (!last || last.length < 3 || !/\d/u.test(tail)) return undefined;
  return String(Number(last));
}

/**
 * A folio / Bates number line. Its number may be unreadable (`Ch-85K`); the structure stage
 * reads such a number from the run it belongs to.
 */
export const folio: LineRecognizer = (text) => {
  if (text.length > 24 || (text.match(/\d/gu) ?? []).length < 2) return undefined;
  if (!FOLIO.test(text) && !BATES.test(text)) return undefined;
  const n = folioNumber(text);
  return { kind: 'folio', rule: BATES.test(text) ? 'folio/bates' : 'folio/shape', ...(n ? { value: n } : {}) };
};

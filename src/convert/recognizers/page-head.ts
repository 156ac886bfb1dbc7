import type { LineRecognizer } from './types.js';

/**
 * A scanner's page head: a short number, a dash and a run of four or more zeros (`7-0000`,
 * `22-00000`), maybe with OCR residue after it (marks, a short lower-case fragment), alone on a line. Digitised record series print
 * it at the top of every page image; no sentence, date or record number has this form (their
 * digits vary), so it is page furniture and the sign of a page turn.
 */
const PAGE_HEAD = /^\d{1,3}-0{4,6}(?:[ \t]*[^\p{L}\p{N} \t]{1,3})?(?:[ \t]+\p{Ll}{1,4})?$/u;

/** Proposes a running head for a scanner's page head line (see `PAGE_HEAD`). */
export const pageHead: LineRecognizer = (text) => (PAGE_HEAD.test(text) ? { kind: 'running-head', rule: 'page-head/zeros' } : undefined);

import type { BlockKind } from '../recognizers/types.js';

/**
 * Base scores of the recognisers' proposals, as data: a wrong decision is fixed here (or by
 * a new cue in `EVIDENCE`) with a fixture, not by another branch. Plain text always stands
 * as a candidate at `TEXT_SCORE`; a proposal below it loses unless evidence raises it.
 */
export const BASE_SCORES: Readonly<Partial<Record<BlockKind, number>>> = {
  pageNum: 0.9,
  formFeed: 1,
  footnote: 0.85,
  note: 0.9,
  classification: 0.9,
  caveat: 0.85,
  'archival-citation': 0.8,
  stamp: 0.8,
  idno: 0.7,
  'archival-date': 0.75,
  // A folio shape alone (`NSC 68`, `PL 480`) is weak: a run or a page-foot position must raise it.
  folio: 0.35,
  field: 0.8,
  salutation: 0.8,
  closing: 0.8,
  dateline: 0.75,
  heading: 0.6,
  unclassified: 0.45,
  catch: 0.8,
};

/** Rules scored apart from their kind's base. */
export const RULE_SCORES: Readonly<Record<string, number>> = {
  // A bare numeral (`2.`) is as often a numbered paragraph as a page number.
  'page-number/numeral': 0.5,
  // A record id with a page counter is the strongest page furniture there is.
  'record-footer/counter': 0.95,
  // A lone run of 4+ digits is weak evidence of a record number.
  'archival-header/idno': 0.55,
  // OCR debris outscores text: it must not open a document's body before its heading.
  'unclassified/debris': 0.5,
  // A scanner's page head (`7-0000`): its form is all the evidence it needs.
  'page-head/zeros': 0.85,
};

/** The score of plain text, the candidate every line has. */
export const TEXT_SCORE = 0.4;

/** Best and second-best closer than this are reported as a close call. */
export const CLOSE_CALL = 0.12;

import type { BlockKind } from '../recognizers/types.js';

/**
 * How strongly each kind of furniture says "a page turns here", as data. A turn costs
 * `TURN_COST`; the cues of a gap must outweigh it. A printed page number, a form feed or a
 * record footer with a counter turns the page alone; a banner or stamp only with others.
 */
export const FURNITURE_CUES: Readonly<Partial<Record<BlockKind, number>>> = {
  formFeed: 3,
  pageNum: 2.5,
  'archival-citation': 1.5,
  folio: 1.5,
  'running-head': 1.1,
  idno: 0.8,
  footnote: 0.8,
  catch: 0.8,
  classification: 0.6,
  stamp: 0.5,
  caveat: 0.3,
  unclassified: 0.3,
  'archival-date': 0.3,
};

/** The key to a form's codes (`RESTRICTION CODES` / `(A) Closed by …`) after a gap: it stands on the form's page. */
export const FORM_KEY_CUE = -1.5;

/** A record footer's counter is printed on every page: as strong as a page number. */
export const COUNTER_CUE = 3;
/** Further cues in one run add this share of their weight to the strongest. */
export const FURTHER_CUE_SHARE = 0.35;
/** Furniture printed twice in one run (foot of one page, head of the next). */
export const REPEATED_IN_RUN = 0.8;

/** The cost of a page turn: the cues of a gap must outweigh it. */
export const TURN_COST = 1;

/**
 * Cues of the text on either side of a gap. In a clean transcript a blank line followed by
 * lower case is a page turn; in double-spaced OCR blank lines stand inside sentences
 * everywhere, and the same cue is worth little (`SPACED_SHARE` tells the two apart).
 */
export const TEXT_CUES = {
  lowerCase: { clean: 1.2, spaced: 0.15 },
  brokenOff: { clean: 1.1, spaced: 0.1 },
} as const;

/** Share of text-to-text gaps inside a sentence above which a file counts as double-spaced. */
export const SPACED_SHARE = 0.3;
/** Furniture whose shape recurs in the file (a running head, a stamp on every page). */
export const RECURRING_CUE = 1.1;

/** The cost of a page whose length strays from the file's usual page length, per squared relative excess. */
export const LENGTH_COST = 2;
/** Pages within this share of the usual length cost nothing. */
export const LENGTH_TOLERANCE = 0.3;
/** How many earlier gaps the decoder looks back over (bounds the work per gap: linear). */
export const WINDOW = 160;

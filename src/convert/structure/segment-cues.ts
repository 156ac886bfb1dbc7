/**
 * Weights of the evidence that a document begins, as data. A start needs `START_THRESHOLD`:
 * a heading naming a document kind after a complete document reaches it; a lone field or
 * dateline inside a running document does not.
 */
export const START_CUES = {
  kindHeading: 1.5,
  heading: 0.4,
  headingOverFields: 0.6,
  fieldBlock: 1.2,
  field: 0.3,
  dateline: 0.6,
  salutation: 0.9,
  openerAbove: 0.8,
  afterForm: 1.5,
  pageAfterForm: 2.2,
  afterCloser: 1.0,
  proseAfterEnd: 0.6,
  /** Prose right under a signature with its date (the next minute of a minute sheet). */
  afterDatedSignature: 1.0,
  afterEnclosure: 1.0,
  afterPageEnd: 0.5,
  noBodyYet: -3,
  backMatter: -5,
  /** The key to a form's codes (`RESTRICTION CODES` / `(A) …`) belongs to the form. */
  formKey: -5,
  tooSoon: -2,
} as const;

/** The score a document start needs. */
export const START_THRESHOLD = 2;

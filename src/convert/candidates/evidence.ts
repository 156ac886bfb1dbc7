import type { Shape } from '../recognizers/shape.js';
import type { BlockKind } from '../recognizers/types.js';
import { preTested } from '../pre-test.js';

/** A cue that moves a candidate's score, with the words the report gives for it. */
export interface Cue {
  readonly kinds: readonly BlockKind[];
  readonly test: (text: string, shape: Shape) => boolean;
  readonly delta: number;
  readonly evidence: string;
}

/** A line that opens with a one- or two-word label and a colon, a value in words after it. */
const LABELLED_VALUE = /^\p{Lu}\p{L}{1,15}(?:[ \t]\p{L}{1,15})?[ \t]*:[ \t]+\p{L}/u;

/** A month's name or abbreviation, tried without its opening `\b` first (`pre-test.ts`). */
const MONTH = preTested(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/iu);

/**
 * Cues on the line itself, as data. Each is a kind of thing that looks like furniture but is
 * not (a month-year line is no folio; a sentence naming a classification is no stamp; a long
 * line of capitals is cable text, not a heading), or the converse.
 */
export const LINE_CUES: readonly Cue[] = [
  { kinds: ['folio', 'idno'], test: (t) => MONTH(t), delta: -0.5, evidence: 'names a month' },
  { kinds: ['stamp', 'classification', 'heading', 'unclassified'], test: (_t, s) => s.sentenceEnd && s.words >= 8 && s.capitalised < 0.5, delta: -0.6, evidence: 'a sentence of prose' },
  { kinds: ['heading'], test: (t, s) => s.words >= 7 && t.length >= 48, delta: -0.3, evidence: 'long for a heading' },
  { kinds: ['heading'], test: (t) => /\p{L},[ \t]\p{L}/u.test(t) && !/:$/u.test(t), delta: -0.15, evidence: 'a clause inside' },
  { kinds: ['heading'], test: (t) => /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]/u.test(t), delta: -0.3, evidence: 'opens with a paragraph number' },
  // `SUBJECT: Signed Copy of the Lease`: a labelled line names its own field; a stamp word in its value makes no stamp.
  { kinds: ['stamp'], test: (t) => LABELLED_VALUE.test(t), delta: -0.2, evidence: 'a labelled value' },
];

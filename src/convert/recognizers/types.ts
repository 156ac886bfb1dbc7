import type { Profile } from '../../profiles/profile.js';
import type { DateMatch } from '../dates/parse-dates.js';
import type { FurnitureKind } from '../../ir/nodes.js';
import type { ConvertMemo } from '../memo.js';

/** What a line recogniser may know besides the line itself. */
export interface LineContext {
  readonly profile: Profile;
  /** The document year, for dates that omit it. */
  readonly year?: number;
  /** The conversion's memo of what is compiled from the profile (one is made per call when absent). */
  readonly memo?: ConvertMemo;
}

/**
 * The kinds of block the recognisers tell apart: the furniture kinds of the IR (a handling
 * caveat is recognised as `caveat` and only becomes furniture by where it stands), and the
 * kinds of the text's own structure.
 */
export type BlockKind =
  | Exclude<FurnitureKind, 'handling'>
  | 'formFeed'
  | 'footnote'
  | 'heading'
  | 'dateline'
  | 'field'
  | 'caveat'
  | 'salutation'
  | 'closing'
  | 'note'
  | 'text';

/** A recogniser's verdict on one line. */
export interface LineMatch {
  readonly kind: BlockKind;
  /** The recogniser rule that decided, for the conversion report. */
  readonly rule: string;
  /** Normalised value: page/folio number, classification key, field type, stamp type. */
  readonly value?: string;
  /** For datelines and archival dates: the date found. */
  readonly date?: DateMatch;
  /** For fields: the length of the label (`To:`) at the line start. */
  readonly labelLength?: number;
}

/** A line recogniser: returns a match or undefined. Pure. */
export type LineRecognizer = (text: string, ctx: LineContext) => LineMatch | undefined;

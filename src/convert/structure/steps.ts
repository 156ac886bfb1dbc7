import type { Position } from '../../ir/position.js';
import type { Line } from '../scan-lines.js';
import type { Item } from './items.js';
import type { Zone } from './placement.js';

/**
 * How a run of furniture stands in its document: inside it (`inside`), after its last content
 * (`end`: no page to turn to), or between it and the next document (`split`: its foot stays,
 * its head opens the next one).
 */
export type RunEnd = 'inside' | 'end' | 'split';

/**
 * One step of a document in source order, as the document walk finds it: a run of furniture
 * (with the content item after it), a content item (with what the placement needs to know of
 * what follows), a block of a form page, or a text quoted whole (its own steps).
 */
export type Entry =
  | { readonly step: 'run'; readonly items: readonly Item[]; readonly next: Item | undefined; readonly end: RunEnd }
  | { readonly step: 'item'; readonly item: Item; readonly next: Item | undefined; readonly last: boolean; readonly openerAhead: boolean; readonly value?: readonly Line[] }
  | { readonly step: 'form'; readonly item: Item }
  | { readonly step: 'quoted'; readonly entries: readonly Entry[]; readonly pos: Position };

/** Where a placed node goes: the document's parts, its opener or closer (an open one, or a new one). */
export type Into = 'parts' | 'opener' | 'new-opener' | 'closer' | 'new-closer';

/** Where a run's milestones go: as `Into`, or inside the open paragraph, which goes on across them. */
export type RunInto = 'parts' | 'opener' | 'closer' | 'paragraph';

/**
 * What a content item is in its document: a heading (`head` before the body, `ab` in it), a
 * closer's signature or address, debris above the heading, an opener's inside address, a
 * salutation, a dateline (in the body: a `p`), a header field, a handling caveat, a
 * complimentary close, an editorial note, a line of back matter in the closer (`back`: a
 * drafting line, typist's initials, a distribution list), a line in a closer that no signature
 * is (`residue`: a web address, a number; unclassified furniture where it stands).
 */
export type Role = 'head' | 'ab' | 'signed' | 'closer-address' | 'debris' | 'residue' | 'inside-address' | 'salute' | 'dateline' | 'dateline-p' | 'field' | 'caveat' | 'closing' | 'note' | 'back';

/** A run of furniture placed: the zone it falls in (for its page turn) and where it goes. */
export interface PlacedRun {
  readonly step: 'run';
  readonly items: readonly Item[];
  readonly next: Item | undefined;
  readonly end: RunEnd;
  readonly zone: Zone;
  readonly into: RunInto;
  /** The paragraph goes on across the run in the middle of a word (its page break has no break). */
  readonly inWord: boolean;
}

/**
 * Body text placed: it joins the open paragraph or opens a new one. `gap`: a page may turn
 * before it (a paragraph was open and nothing had joined it yet); `reason`: why it joins.
 */
export interface PlacedText {
  readonly step: 'text';
  readonly item: Item;
  readonly join: boolean;
  readonly gap: boolean;
  readonly reason?: string;
  readonly inWord: boolean;
}

/** Any other content item placed: its role and where its node goes. */
export interface PlacedBlock {
  readonly step: 'block';
  readonly item: Item;
  readonly role: Role;
  readonly into: Into;
  /** A header field's value lines. */
  readonly value?: readonly Line[];
}

/** A document's steps placed (see `placeEntries`). */
export type Placed = PlacedRun | PlacedText | PlacedBlock | { readonly step: 'form'; readonly item: Item } | { readonly step: 'quoted'; readonly placed: readonly Placed[]; readonly pos: Position };

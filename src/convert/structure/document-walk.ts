import type { ConvertMemo } from '../memo.js';
import type { Profile } from '../../profiles/profile.js';
import { FURNITURE_KINDS } from '../recognizers/index.js';
import { isBackMatter } from './back-matter.js';
import { fieldValueLines } from './item-nodes.js';
import type { Item } from './items.js';
import { shortLines } from './joins.js';
import { pairedValues, type PairedValues } from './paired-fields.js';
import { quotedTexts } from './quoted-texts.js';
import type { Segmentation } from './segment.js';
import type { Entry } from './steps.js';

/** One document's steps, and how it starts: the item that opened it and by which rule (none for the first). */
export interface DocumentPlan {
  readonly entries: Entry[];
  readonly start?: { readonly item: Item; readonly rule: string };
  /** It opens after a run of furniture split between it and the document before (that run's head is its first page). */
  readonly afterSplit: boolean;
}

const isFurniture = (it: Item) => FURNITURE_KINDS.has(it.kind);
const OPENER_CUE: ReadonlySet<string> = new Set(['dateline', 'salutation', 'field']);
/** Fields that come after a signature (copies, enclosures): what stands before them ends the body. */
const CLOSING_FIELDS: ReadonlySet<string> = new Set(['cc', 'enclosure']);

/**
 * Splits the items into documents at the segmentation's boundaries and each document into
 * steps in source order: furniture runs (a run before a boundary is split between the two
 * documents), texts quoted whole, form blocks, and content items (a header field takes the
 * block its value wraps into). A quoted text is bounded by the profile's quote markers. Nothing
 * is reordered or dropped. Pure, linear. See {@link walkDocumentsOnce} for one document at a time.
 */
export function walkDocuments(items: readonly Item[], seg: Segmentation, profile: Profile): DocumentPlan[] {
  return [...walkDocumentsOnce([...items], seg, profile)];
}

/**
 * {@link walkDocuments}, one document at a time: each plan is made when it is asked for, and
 * the slots of `items` before the item the walk has reached are emptied as it goes (the walk
 * never looks back), so that a caller that builds each document and lets its plan go holds
 * the steps of one document, and the items of the documents not yet built, never the steps of
 * the whole transcript.
 */
export function* walkDocumentsOnce(items: (Item | undefined)[], seg: Segmentation, profile: Profile, memo?: ConvertMemo): Generator<DocumentPlan> {
  const opens = (it: Item | undefined) => it !== undefined && seg.starts.has(it);
  const paired = pairedValues(items as readonly Item[], profile);
  // A label that lost its colon is walked as its field, residue between a header's columns as furniture (no document starts there).
  if (paired.readAs.size) {
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      if (!seg.starts.has(it)) items[k] = paired.readAs.get(it) ?? it;
    }
  }
  const all = items as readonly Item[];
  const w: Walk = { items: all, opens, forms: seg.forms, quotes: quotedTexts(all, profile, memo), nextContentAt: nextContentIndex(all), openerAhead: openerCueAhead(all), paired };
  let doc: DocumentPlan = { entries: [], afterSplit: false };
  let walked = 0;
  // The document begun so far is complete once the next one opens at `i`: it is handed out, and the items before `i` let go.
  function* next(plan: DocumentPlan, i: number): Generator<DocumentPlan> {
    const done = doc;
    doc = plan;
    for (; walked < i; walked++) items[walked] = undefined;
    yield done;
  }
  // The item a furniture run's split has already opened its document with.
  let opened: Item | undefined;
  for (let i = 0; i < all.length; ) {
    const it = all[i]!;
    // Furniture among a form's values (a code OCR set apart) is one of its values.
    if (isFurniture(it) && !w.forms.has(it)) {
      const j = runEnd(all, i, w.forms);
      const after = all[j];
      doc.entries.push(runEntry(all.slice(i, j), after, opens(after)));
      if (opens(after)) {
        yield* next({ entries: [], start: { item: after!, rule: `boundary/${after!.kind}-after-page-end` }, afterSplit: true }, j);
        opened = after;
      }
      i = j;
      continue;
    }
    if (opens(it) && opened !== it) yield* next({ entries: [], start: { item: it, rule: `boundary/${it.kind}` }, afterSplit: false }, i);
    // A block of header values in the labels' order: one field step per line.
    const values = w.paired.values.get(it);
    if (values) {
      for (const v of values) doc.entries.push({ step: 'item', item: v, next: all[i + 1], last: false, openerAhead: false, value: v.lines });
      i++;
      continue;
    }
    const [entry, to] = contentEntry(w, i);
    doc.entries.push(entry);
    i = to;
  }
  yield* next(doc, all.length);
}

/** What the walk knows of the whole transcript. */
interface Walk {
  readonly items: readonly Item[];
  readonly opens: (it: Item | undefined) => boolean;
  readonly forms: ReadonlySet<Item>;
  readonly quotes: ReadonlyMap<number, number>;
  readonly nextContentAt: readonly number[];
  readonly openerAhead: readonly boolean[];
  readonly paired: PairedValues;
}

/** The step of the content item at `i` (a quoted text, a form block, or the item), and the index after it. */
function contentEntry(w: Walk, i: number): [Entry, number] {
  const it = w.items[i]!;
  const quoteEnd = w.quotes.get(i);
  if (quoteEnd !== undefined) return [{ step: 'quoted', entries: quotedEntries(w.items.slice(i, quoteEnd)), pos: it.pos }, quoteEnd];
  if (w.forms.has(it)) return [{ step: 'form', item: it }, i + 1];
  const after = w.items[w.nextContentAt[i + 1] ?? w.items.length];
  // A blank field whose value stands in a later block of values takes no block after it.
  const [entry, consumed] = itemEntry(it, w.items[i + 1], after === undefined || w.opens(after) || isBackMatter(after), w.openerAhead[i + 1] ?? false, w.paired.blanks.has(it));
  return [entry, i + 1 + consumed];
}

/** A run's step: inside its document, at the transcript's end, or split before the next document. */
function runEntry(run: Item[], next: Item | undefined, split: boolean): Entry {
  return { step: 'run', items: run, next: split ? undefined : next, end: split ? 'split' : next === undefined ? 'end' : 'inside' };
}

/** The index after the furniture run that starts at `i` (a form's value ends it). */
function runEnd(items: readonly Item[], i: number, forms: ReadonlySet<Item>): number {
  let j = i;
  while (j < items.length && isFurniture(items[j]!) && !forms.has(items[j]!)) j++;
  return j;
}

/** A content item's step (a header field's carries its value lines), and how many items after it the step took as well. */
function itemEntry(item: Item, next: Item | undefined, last: boolean, openerAhead: boolean, blank = false): [Entry, number] {
  if (item.kind !== 'field') return [{ step: 'item', item, next, last, openerAhead }, 0];
  // A header field's value may wrap into the next block: the step takes it.
  const value = fieldValueLines(item, blank ? undefined : next);
  return [{ step: 'item', item, next, last, openerAhead, value: value.lines }, value.consumed];
}

/**
 * A quoted text's steps: furniture runs with their page breaks, every other item as the text's
 * own (no document starts inside a quotation, and no form).
 */
function quotedEntries(region: readonly Item[]): Entry[] {
  const out: Entry[] = [];
  for (let k = 0; k < region.length; ) {
    if (isFurniture(region[k]!)) {
      const j = runEnd(region, k, new Set());
      out.push(runEntry(region.slice(k, j), region[j], false));
      k = j;
      continue;
    }
    const last = !region.slice(k + 1).some((x) => !isFurniture(x));
    const [entry, consumed] = itemEntry(region[k]!, region[k + 1], last, false);
    out.push(entry);
    k += 1 + consumed;
  }
  return out;
}

/** For each index, the index of the first non-furniture item at or after it (linear). */
function nextContentIndex(items: readonly Item[]): number[] {
  const out = new Array<number>(items.length + 1).fill(items.length);
  for (let k = items.length - 1; k >= 0; k--) out[k] = isFurniture(items[k]!) ? out[k + 1]! : k;
  return out;
}

/**
 * For each index: an opener line (dateline, salutation, header field) comes at or after it
 * before any paragraph of prose. Short lines before such a cue (a letterhead, a sender's
 * address, a file reference) belong to the opener, not to the body. Linear.
 */
function openerCueAhead(items: readonly Item[]): boolean[] {
  const out = new Array<boolean>(items.length + 1).fill(false);
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k]!;
    if (OPENER_CUE.has(it.kind) && !(it.kind === 'field' && CLOSING_FIELDS.has(it.match.value ?? ''))) out[k] = true;
    else if (it.kind === 'text' && !shortLines(it.lines, 4)) out[k] = false;
    else out[k] = out[k + 1]!;
  }
  return out;
}

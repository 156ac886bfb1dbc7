import type { ConvertMemo } from '../memo.js';
import type { Profile } from '../../profiles/profile.js';
import type { Line } from '../scan-lines.js';
import { IN_BLOCK, type Item } from './items.js';
import { continues } from './joins.js';
import { quoteMarkersOf } from './quote-markers.js';
import { blockPlace, closerRole, debrisAboveHeader, headingPlace, splitsWord, textPlace, type CloserSoFar, type PlacementState, type TextPlace, type Zone } from './placement.js';
import type { Entry, Into, Placed, PlacedBlock, Role } from './steps.js';
import { debrisAboveTitle, titleLines } from './title-lines.js';
import { conformedSignature } from './signature-evidence.js';
import { signatureMarksOf } from '../../profiles/defaults.js';

/** What the placement pass knows of its document after each step (a value: each step makes a new one). */
interface State {
  readonly zone: Zone;
  /** The open paragraph's last lines. */
  readonly para?: readonly Line[];
  /** The open paragraph goes on across the furniture before the next item. */
  readonly joinNext: boolean;
  readonly opener?: { readonly salute: boolean };
  readonly closer?: CloserSoFar;
}

type ItemEntry = Extract<Entry, { step: 'item' }>;
type Result = readonly [Placed, State];

const START: State = { zone: 'top', joinNext: false };
/** The state once the open paragraph is closed (a node of any other kind is placed). */
const closed = (st: State): State => ({ zone: st.zone, joinNext: false, ...(st.opener ? { opener: st.opener } : {}), ...(st.closer ? { closer: st.closer } : {}) });

/**
 * The placement pass: places each step of a document in its zone (top, opener, body, closer)
 * and says where its node goes, whether body text joins the open paragraph, and which
 * runs of furniture a paragraph goes on across. Decides no page turn (see
 * `pages/page-decisions.ts`) and makes no node (see `assemble.ts`). Pure.
 */
export function placeEntries(entries: readonly Entry[], profile: Profile, memo?: ConvertMemo): Placed[] {
  let st = START;
  const items = entries.flatMap((e) => (e.step === 'item' ? [e.item] : []));
  const titles = titleLines(items, profile);
  const debris = debrisAboveHeader(items);
  for (const it of debrisAboveTitle(items, titles)) debris.add(it);
  const pc: PlaceContext = { profile, closeLine: quoteMarkersOf(profile, memo).closeLine, debris, titles, ...(memo ? { memo } : {}) };
  return entries.map((e) => {
    const [placed, next] = placeEntry(e, st, pc);
    st = next;
    return placed;
  });
}

/** What the placement pass reads its document with: the profile and its quotation's close line. */
interface PlaceContext {
  readonly profile: Profile;
  /** The conversion's memo: the profile's quote markers are compiled once in it. */
  readonly memo?: ConvertMemo;
  readonly closeLine: RegExp;
  /** Text above the header block that is no prose (see `debrisAboveHeader`). */
  readonly debris: ReadonlySet<Item>;
  /** One-line titles in mixed case over prose (see `titleLines`). */
  readonly titles: ReadonlySet<Item>;
}

function placeEntry(e: Entry, st: State, pc: PlaceContext): Result {
  switch (e.step) {
    case 'run': return placeRun(e, st, pc.profile);
    case 'form': return [{ step: 'form', item: e.item }, { ...closed(st), zone: 'body' }];
    case 'quoted': return [{ step: 'quoted', placed: placeEntries(e.entries, pc.profile, pc.memo), pos: e.pos }, { ...closed(st), zone: 'body' }];
    default: return placeItem(e, st, pc);
  }
}

/** A run: inside the open paragraph when the text after it goes on with it, else where the zone puts it. */
function placeRun(e: Extract<Entry, { step: 'run' }>, st: State, profile: Profile): Result {
  const next = e.next;
  const reason = e.end === 'inside' && next?.kind === 'text' && st.para && st.zone === 'body' ? continues(st.para, next.lines, profile) : undefined;
  const base = { step: 'run' as const, items: e.items, next, end: e.end, zone: st.zone };
  if (reason && st.para && next) return [{ ...base, into: 'paragraph', inWord: splitsWord(st.para, next.lines) }, { ...st, joinNext: true }];
  // A run between two documents stays in the parts of the one it ends.
  return [{ ...base, into: e.end === 'split' ? 'parts' : milestoneTarget(st), inWord: false }, closed(st)];
}

/** Where milestones go in a zone: into the open opener or closer, else the parts. */
function milestoneTarget(st: State): 'parts' | 'opener' | 'closer' {
  if (st.zone === 'opener' && st.opener) return 'opener';
  return st.zone === 'closer' && st.closer ? 'closer' : 'parts';
}

function placeItem(e: ItemEntry, st: State, pc: PlaceContext): Result {
  const item = e.item;
  const profile = pc.profile;
  const ps: PlacementState = {
    zone: st.zone, last: e.last, next: e.next, openerAhead: e.openerAhead,
    paragraphOpen: st.para !== undefined, paragraphGoesOn: st.joinNext,
    hasOpener: st.opener !== undefined, hasSalute: st.opener?.salute ?? false,
  };
  switch (item.kind) {
    // `END TEXT.` closing a quoted text is a sentence of the text around it, no heading; nor is `Ends.` a signature.
    case 'heading': return closesQuote(item, pc) ? bodyText(item, st, profile) : heading(item, headingPlace(item, ps), st, profile);
    case 'text':
      if (closesQuote(item, pc) && st.zone === 'body') return bodyText(item, st, profile);
      if (pc.titles.has(item) && st.zone !== 'closer') return heading(item, 'heading', st, profile);
      if (st.zone === 'body' && conformedSignature(item.lines, signatureMarksOf(profile))) return closerLine(item, 'signature', st, profile);
      return byPlace(item, pc.debris.has(item) ? 'debris' : textPlace(item, ps, profile), st, profile);
    case 'dateline': return st.zone === 'body' ? block(item, 'dateline-p', 'parts', { ...closed(st), zone: 'body' }) : toOpenerOrCloser(item, 'dateline', st);
    case 'salutation': return toOpenerOrCloser(item, 'salute', st);
    case 'field': return toOpenerOrCloser(item, 'field', st, e.value);
    case 'caveat': return caveat(item, st);
    case 'closing': return closerLine(item, 'closing', st, profile);
    case 'note': return block(item, 'note', milestoneTarget(st), milestoneTarget(st) === 'parts' ? { ...closed(st), zone: 'body' } : closed(st));
    default: return byPlace(item, blockPlace(item, ps), st, profile);
  }
}

/** The item is one line closing a quoted text (`END TEXT.`, `Ends.`). */
const closesQuote = (item: Item, pc: PlaceContext) => item.lines.length === 1 && pc.closeLine.test(item.lines[0]!.text);

const block = (item: Item, role: Role, into: Into, st: State, value?: readonly Line[]): Result => [{ step: 'block', item, role, into, ...(value ? { value } : {}) }, st];

function heading(item: Item, place: ReturnType<typeof headingPlace>, st: State, profile: Profile): Result {
  if (place !== 'heading') return closerLine(item, place === 'signature' ? 'signature' : 'text', st, profile);
  // What follows a heading before the body must not be put back into the opener before it.
  if (st.zone === 'top' || st.zone === 'opener') return block(item, 'head', 'parts', { zone: st.zone, joinNext: false });
  return block(item, 'ab', 'parts', { ...closed(st), zone: 'body' });
}

/** A block where the placement pass put it (see `TextPlace`). */
function byPlace(item: Item, place: TextPlace, st: State, profile: Profile): Result {
  switch (place) {
    case 'closer-text': return closerLine(item, 'text', st, profile);
    case 'signature': return closerLine(item, 'signature', st, profile);
    // Residue goes into the parts: an opener before it is closed, so nothing after it moves back above it.
    case 'debris': return block(item, 'debris', 'parts', st.zone === 'opener' ? { zone: 'top', joinNext: false } : closed(st));
    case 'address': return toOpenerOrCloser(item, 'inside-address', st);
    case 'back': return toOpenerOrCloser(item, 'back', st);
    // After a closer, a postscript or prose is body again (the zones pass makes a postscript of it).
    default: return bodyText(item, st, profile);
  }
}

/** Body text: it joins the open paragraph when it goes on with it, else opens a new one. */
function bodyText(item: Item, st: State, profile: Profile): Result {
  const gap = st.para !== undefined && !st.joinNext && item.match.rule !== IN_BLOCK;
  const reason = gap ? continues(st.para!, item.lines, profile) : undefined;
  const join = st.para !== undefined && (st.joinNext || reason !== undefined);
  const inWord = reason !== undefined && splitsWord(st.para!, item.lines);
  const placed: Placed = { step: 'text', item, join, gap, ...(reason ? { reason } : {}), inWord };
  return [placed, { ...closed(st), zone: 'body', para: item.lines }];
}

/**
 * A line of the closer: a complimentary close (`closing`), a signature that starts a closer
 * (`signature`), or a block in the open closer (`text`: a signature or an address).
 */
function closerLine(item: Item, what: 'closing' | 'signature' | 'text', st: State, profile: Profile): Result {
  // A closer that body text has followed is not reopened (that would move text back): a new
  // one starts, and the zones pass settles which of them is the real closer.
  const reuse = what === 'text' || (what === 'closing' && st.zone === 'closer');
  const closer: CloserSoFar = reuse && st.closer ? st.closer : { signed: 0, hasAddress: false };
  const into: Into = reuse ? 'closer' : 'new-closer';
  const next = { ...closed(st), zone: 'closer' as const };
  if (what === 'closing') return block(item, 'closing', into, { ...next, closer });
  const role = closerRole(closer, item, profile);
  if (role === 'residue') return block(item, 'residue', into, { ...next, closer });
  const after: CloserSoFar = role === 'signed' ? { ...closer, signed: closer.signed + 1, lastSigned: item.lines.map((l) => l.text).join('\n') } : { ...closer, hasAddress: true };
  return block(item, role === 'signed' ? 'signed' : 'closer-address', into, { ...next, closer: after });
}

/** A handling caveat: furniture in the body or closer, an opener's line before them. */
function caveat(item: Item, st: State): Result {
  if (st.zone !== 'body' && st.zone !== 'closer') return toOpenerOrCloser(item, 'caveat', st);
  return [{ step: 'run', items: [item], next: undefined, end: 'inside', zone: st.zone, into: milestoneTarget(st), inWord: false }, closed(st)];
}

/** A line of the opener, or of the closer once the body has begun (a new closer after body text). */
function toOpenerOrCloser(item: Item, role: Role, st: State, value?: readonly Line[]): Result {
  if (st.zone === 'closer' && st.closer) return block(item, role, 'closer', closed(st), value);
  if (st.zone === 'body') return block(item, role, 'new-closer', { ...closed(st), zone: 'closer', closer: { signed: 0, hasAddress: false } }, value);
  const opener = { salute: (st.opener?.salute ?? false) || role === 'salute' };
  const placed: PlacedBlock = { step: 'block', item, role, into: st.opener ? 'opener' : 'new-opener', ...(value ? { value } : {}) };
  return [placed, { zone: 'opener', joinNext: false, opener, ...(st.closer ? { closer: st.closer } : {}) }];
}

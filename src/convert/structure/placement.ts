import type { Profile } from '../../profiles/profile.js';
import type { Line } from '../scan-lines.js';
import { trimEdges } from '../white-space.js';
import { backLineType, POSTSCRIPT } from './back-matter.js';
import type { Item } from './items.js';
import { nameLike, shortLines, signatureShaped } from './joins.js';
import { datedSignature, endsWithSignature } from './signature-evidence.js';

/** The zone of a document that its builder has reached. */
export type Zone = 'top' | 'opener' | 'body' | 'closer';

/** What the placement pass knows of the document being built when it places an item. */
export interface PlacementState {
  readonly zone: Zone;
  /** The item is the document's last content (back matter or the next document follows). */
  readonly last: boolean;
  readonly next: Item | undefined;
  /** A paragraph is open, and it goes on across the furniture before this item. */
  readonly paragraphOpen: boolean;
  readonly paragraphGoesOn: boolean;
  /** An opener exists, and it holds a salutation. */
  readonly hasOpener: boolean;
  readonly hasSalute: boolean;
  /** An opener cue (dateline, salutation, header field) comes before the next prose. */
  readonly openerAhead: boolean;
}

/**
 * Where a text block goes: into the closer (`closer-text`), as a new closer's signature
 * (`signature`), back into the body after a closer (`after-closer`), as unnamed furniture above
 * the heading (`debris`), as an inside address of the opener (`address`), as a line of back
 * matter in the closer (`back`), or into the body.
 */
export type TextPlace = 'closer-text' | 'signature' | 'after-closer' | 'debris' | 'address' | 'back' | 'body';

/** Where a heading goes: into the closer as its signature, as a closer's signature, or a heading. */
export type HeadingPlace = 'closer-text' | 'signature' | 'heading';

/** A line that announces the signature under it: `For the Director of the Office:`. */
const ANNOUNCES_SIGNATURE = /^[^\p{L}]{0,2}for[ \t]+(?:the[ \t]+)?\p{L}[^:]{2,70}:$/iu;

/** Places a heading (see `HeadingPlace`). Pure. */
export function headingPlace(item: Item, st: PlacementState): HeadingPlace {
  // A line in capitals under a close is its signature (`JOHN PIKE`), not a heading.
  if (st.zone === 'closer' && !item.match.value) return 'closer-text';
  if (st.zone === 'body' && ANNOUNCES_SIGNATURE.test(item.lines[0]!.text)) return 'signature';
  return st.last && st.zone === 'body' && !item.match.value ? 'signature' : 'heading';
}

/** Places a text block (see `TextPlace`): a signature by its form or announcement, else as `blockPlace`. The profile gives the title words of a signature's office. Pure. */
export function textPlace(item: Item, st: PlacementState, profile: Profile): TextPlace {
  // A drafting line, initials or a distribution list after the body is back matter, signed or not.
  if ((st.zone === 'closer' || (st.zone === 'body' && st.paragraphOpen && st.last)) && backLineType(item)) return 'back';
  if (st.zone === 'body' && ANNOUNCES_SIGNATURE.test(item.lines[0]!.text)) return 'signature';
  if (st.zone === 'body' && endsWithSignature(item.lines, st.last, st.next, st.paragraphGoesOn, profile)) return 'signature';
  if (st.zone === 'body' && st.paragraphOpen && datedSignature(item.lines, st.next, profile)) return 'signature';
  return blockPlace(item, st);
}

/** Places a block by the zone it falls in and the blocks around it (see `TextPlace`). Pure. */
export function blockPlace(item: Item, st: PlacementState): TextPlace {
  if (st.zone === 'closer') return afterCloser(item) ? 'after-closer' : 'closer-text';
  if (st.zone === 'top' && !st.hasOpener && !st.paragraphOpen && st.next !== undefined && debrisBlock(item.lines)) return 'debris';
  const beforeSalute = st.openerAhead || (st.next !== undefined && ['salutation', 'dateline', 'field'].includes(st.next.kind));
  const first = item.lines[0]!.text;
  const sentence = item.lines.length === 1 && /[.!?]$/u.test(first) && first.split(/\s+/u).length >= 5;
  if ((st.zone === 'top' || st.zone === 'opener') && beforeSalute && !sentence && shortLines(item.lines) && !st.hasSalute) return 'address';
  if (st.zone === 'body' && st.paragraphOpen && !st.paragraphGoesOn && signatureShaped(item.lines)) return 'signature';
  return 'body';
}

/** What the placement pass knows of the closer being built: its signatures (the last one's text) and whether it has an address. */
export interface CloserSoFar {
  readonly signed: number;
  readonly lastSigned?: string;
  readonly hasAddress: boolean;
}

/** A line of prose: four words or more, two of them lower-case words of three letters or more (text, not residue, however it is placed). */
const PROSE_LINE = /^(?=(?:[^ \t]*[ \t]+){3})(?:.*?(?:^|[ \t])\p{Ll}{3,}){2}/u;
/** A word that opens with a capital letter, maybe after marks (`/s/ Ann`, `(Signed) ANN`, `-JFK`, `"Ann`). */
const CAPITALISED_WORD = /(?:^|[ \t])[^\p{L}\p{N} \t]*\p{Lu}/u;

/**
 * Whether a block in a closer is a signature (`signed`), an address, or residue: the first
 * block, a single line, the block after `For the Secretary of State:`, or a name with its
 * titles (one that does not open like an address, `The Honorable`) signs; any other block is
 * an address. A single line after a signature with no capitalised word in it and no prose (a
 * number, a code in lower case, OCR residue) is no signature: it is residue (unclassified furniture).
 * Pure.
 */
export function closerRole(closer: CloserSoFar, item: Item, profile: Profile): 'signed' | 'address' | 'residue' {
  const announced = closer.lastSigned !== undefined && /:$/u.test(trimEdges(closer.lastSigned));
  if (closer.signed && !announced && item.lines.length === 1 && !CAPITALISED_WORD.test(item.lines[0]!.text) && !PROSE_LINE.test(item.lines[0]!.text)) return 'residue';
  const signatureBlock = !closer.hasAddress && nameLike(item.lines.slice(0, 1)) && item.lines.length <= 3 && !addressOpening(item.lines[0]!.text, profile.addressOpeners);
  return !closer.signed || item.lines.length === 1 || announced || signatureBlock ? 'signed' : 'address';
}

/** Header fields that make a header block when two of them stand together. */
const HEADER_FIELDS: ReadonlySet<string> = new Set(['to', 'from', 'subject']);
const headerField = (it: Item | undefined) => it?.kind === 'field' && HEADER_FIELDS.has(it.match.value ?? '');
/** A sentence's end after a word in lower case, somewhere in the lines: what prose has and OCR residue lacks. */
const SENTENCE_END = /\p{Ll}{2,}[.!?]["'”’)]*(?:[ \t]|$)/u;

/**
 * Text above a document's header block that is no prose (routing lines, OCR residue over a
 * cable's `TO:` / `FROM:`): no line of it ends a sentence, and only headings stand between it
 * and the header (two header fields together). It is unclassified furniture, so that the
 * header is the opener and not taken for a closer after a body. Pure.
 */
export function debrisAboveHeader(items: readonly Item[]): Set<Item> {
  const out = new Set<Item>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (headerField(it) && headerField(items[i + 1])) return out;
    if (it.kind === 'heading') continue;
    if (it.kind !== 'text' || it.lines.some((l) => SENTENCE_END.test(l.text))) break;
    out.add(it);
  }
  return new Set();
}

/** Lines of OCR residue: short, none of them a line of prose (four words, two of them lower-case words). */
export function debrisBlock(lines: readonly Line[]): boolean {
  // Combining marks (accents, U+0336 strike-through) belong to their letter: they are not debris.
  const visible = lines.reduce((n, l) => n + l.text.replace(/[ \t\p{M}]/gu, '').length, 0);
  const letters = lines.reduce((n, l) => n + (l.text.match(/\p{L}/gu)?.length ?? 0), 0);
  return lines.length <= 12 && letters < visible * 0.7 && lines.every((l) => l.text.length <= 40 && !((l.text.split(/[ \t]+/u).length >= 4) && (l.text.match(/(?:^|[ \t])\p{Ll}{4,}/gu)?.length ?? 0) >= 2));
}

/** Text after a closer that is not part of it: a postscript, or a paragraph of prose. */
export function afterCloser(item: Item): boolean {
  const first = item.lines[0]!.text;
  if (POSTSCRIPT.test(first)) return true;
  const words = item.lines.reduce((n, l) => n + l.text.split(/[ \t]+/u).length, 0);
  return words >= 10 && /[.!?]["'”’)]*$/u.test(item.lines[item.lines.length - 1]!.text) && /\p{Ll}{3,}/u.test(first);
}

function addressOpening(line: string, openers: readonly string[]): boolean {
  const l = line.toLowerCase();
  return openers.some((o) => l === o || l.startsWith(o + ' '));
}

/** The paragraph's last line ends in a word-splitting hyphen and the next text goes on in lower case. */
export function splitsWord(before: readonly Line[], after: readonly Line[]): boolean {
  return /\p{L}-$/u.test(before[before.length - 1]?.text ?? '') && /^\p{Ll}/u.test(after[0]?.text ?? '');
}

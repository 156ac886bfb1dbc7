import type { ConvertMemo } from '../memo.js';
import { FURNITURE_KINDS } from '../recognizers/index.js';
import { letterCount } from '../recognizers/measure-line.js';
import type { PagePlan } from '../pages/page-model.js';
import type { Profile } from '../../profiles/profile.js';
import { announcesEnclosure, isBackMatter } from './back-matter.js';
import { formRegion } from './form-region.js';
import { formKeys } from './form-key.js';
import type { Item } from './items.js';
import { quoteMarkersOf, someLine, type QuoteMarkers } from './quote-markers.js';
import { nameLike, shortLines, signatureShaped } from './joins.js';
import { datedSignature } from './signature-evidence.js';
import { START_CUES, START_THRESHOLD } from './segment-cues.js';

/** Where a document begins, and why. */
export interface DocumentStart {
  readonly score: number;
  readonly evidence: readonly string[];
  /** It goes on the sheet of the document before (the next minute under a signed and dated one): that one's kind is its own. */
  readonly sameSheet?: boolean;
}

/** The documents pass: the content items that open a new document (the first never listed). */
export interface Segmentation {
  readonly starts: ReadonlyMap<Item, DocumentStart>;
  /** Items that lie in a form region (a form page is a document of its own). */
  readonly forms: ReadonlySet<Item>;
}

const HEADER_FIELDS: ReadonlySet<string> = new Set(['to', 'from', 'subject', 'date']);
const isHeaderField = (it: Item | undefined) => it?.kind === 'field' && HEADER_FIELDS.has(it.match.value ?? '');
/** Text that is prose, not a name: a minute's first words (`I agree.`). */
const prose = (it: Item) => it.kind === 'text' && !nameLike(it.lines.slice(0, 1)) && it.lines.some((l) => /\p{Ll}{3,}/u.test(l.text));
/** A name alone on one line (`Mr. Carr`): whom a minute is written to, over its prose. */
const addresseeLine = (it: Item) => it.kind === 'text' && it.lines.length === 1 && nameLike(it.lines);
/** Content a document needs before another may start: prose (some sixty letters), not a title or OCR debris. */
const isBody = (it: Item) => it.kind === 'text' && it.lines.reduce((n, l) => n + letterCount(l.text), 0) >= 60;

interface State {
  body: boolean;
  closed: boolean;
  form: boolean;
  quoted: boolean;
  /** A finished document announced an enclosure: the next text that is no back matter is it. */
  enclosed: boolean;
  sinceStart: number;
  /** A page turned since the last prose. */
  turned: boolean;
}

/**
 * Decides document boundaries from their own evidence: a heading naming a document kind, a
 * block of header fields, a dateline or salutation, after a document that is complete (it has
 * a body, and a closer or a page end, or it is a form). Back matter (copies, drafting lines,
 * postscripts) and a text quoted after `Begin text` never open a document. Pure, linear.
 */
export function segmentDocuments(items: readonly Item[], plan: PagePlan, profile: Profile, memo?: ConvertMemo): Segmentation {
  const content = items.filter((it) => !FURNITURE_KINDS.has(it.kind));
  const known = (label: string) => Object.hasOwn(profile.fields, label.replace(/[ \t]+/gu, ' '));
  const forms = formItems(items, content, (it) => (plan.turns.get(it)?.score ?? 0) >= 2, known);
  const markers = quoteMarkersOf(profile, memo);
  const keys = formKeys(items);
  const starts = new Map<Item, DocumentStart>();
  const st: State = { body: false, closed: false, form: false, quoted: false, enclosed: false, sinceStart: 0, turned: false };
  content.forEach((it, i) => {
    const text = it.lines.map((l) => l.text).join(' ');
    const inForm = forms.has(it);
    if (plan.turns.has(it)) st.turned = true;
    if (!inForm && i > 0 && !st.quoted) {
      const s = scoreStart(it, content, i, st, plan, markers, keys.has(it), profile);
      if (s.score >= START_THRESHOLD) {
        // A letter opens with its letterhead, dateline and inside address, not at its salutation.
        const head = it.kind === 'salutation' ? openerAbove(content, i) : i;
        starts.set(content[head]!, s);
        Object.assign(st, { body: false, closed: false, form: false, enclosed: false, sinceStart: 0 });
      }
    }
    st.sinceStart++;
    if (inForm) Object.assign(st, { form: true, body: true });
    else if (isBody(it)) Object.assign(st, { body: true, closed: false, form: false, turned: false });
    // The end of a document: a close, an end line, a signature, or back matter after its body.
    if (it.kind === 'closing' || markers.textEnds.test(text) || (st.body && (signatureShaped(it.lines) || isBackMatter(it) || datedSignature(it.lines, content[i + 1], profile)))) st.closed = true;
    if (st.closed && announcesEnclosure(it)) st.enclosed = true;
    else if (!isBackMatter(it)) st.enclosed = false;
    if (someLine(it.lines, markers.opens)) st.quoted = true;
    if (someLine(it.lines, markers.closes)) st.quoted = false;
  });
  return { starts, forms };
}

/** Short blocks right above a salutation (a letterhead, a dateline, an inside address) back to the last prose. */
function openerAbove(content: readonly Item[], i: number): number {
  let k = i;
  while (k - 1 > 0 && i - (k - 1) <= OPENER_REACH && shortBlock(content[k - 1]!)) k--;
  return k;
}

const OPENER_REACH = 6;
const shortBlock = (it: Item) => (it.kind === 'text' || it.kind === 'dateline' || it.kind === 'heading' || it.kind === 'unclassified') && shortLines(it.lines) && !isBody(it);

/** Furniture that may be a value of a form's later block (a code `B`, a record number): no page furniture. */
const VALUE_FURNITURE: ReadonlySet<Item['kind']> = new Set(['unclassified', 'idno', 'pageNum', 'folio']);

/** The items of form regions: their content items, and furniture of a value kind among their lines of values. */
function formItems(items: readonly Item[], content: readonly Item[], turnsBefore: (it: Item) => boolean, known: (label: string) => boolean): Set<Item> {
  const out = new Set<Item>();
  const spans: [number, number][] = [];
  // The first line of any item after a line (furniture too): where a block of values begins.
  const starts = items.map((it) => it.pos.line);
  const lineAfter = (line: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= line) lo = mid + 1;
      else hi = mid;
    }
    return starts[lo] ?? line + 1;
  };
  for (let from = 0, r = formRegion(content, 0, turnsBefore, known, lineAfter); r; r = formRegion(content, from, turnsBefore, known, lineAfter)) {
    for (let k = r.start; k <= r.end; k++) out.add(content[k]!);
    if (r.valuesTo !== undefined) spans.push([content[r.start]!.pos.line, r.valuesTo]);
    from = r.end + 1;
  }
  // One pass over the items, the spans in order.
  for (let i = 0, s = 0; s < spans.length && i < items.length; i++) {
    const it = items[i]!;
    while (s < spans.length && it.pos.line > spans[s]![1]) s++;
    if (s < spans.length && it.pos.line >= spans[s]![0] && VALUE_FURNITURE.has(it.kind)) out.add(it);
  }
  return out;
}

function scoreStart(it: Item, content: readonly Item[], i: number, st: State, plan: PagePlan, markers: QuoteMarkers, key: boolean, profile: Profile): DocumentStart {
  const evidence: string[] = [];
  let score = 0;
  const add = (w: number, why: string) => {
    score += w;
    evidence.push(`${why} (${w > 0 ? '+' : ''}${w})`);
  };
  // A line in capitals ending in a colon is a form's or header's label (`CURRENT STATUS :`), not a title;
  // a colon after other marks (`MEMORANDUM ‘ ; :`) is OCR residue, not a label's.
  const label = it.kind !== 'field' && it.lines.length === 1 && /\p{L}[ \t]?:[ \t]*$/u.test(it.lines[0]!.text) && !/[.!?]/u.test(it.lines[0]!.text);
  if (it.kind === 'heading' && !label) add(it.match.value ? START_CUES.kindHeading : START_CUES.heading, it.match.value ? `heading names a ${it.match.value}` : 'heading');
  if (isHeaderField(it)) add(content.slice(i + 1, i + 6).some(isHeaderField) ? START_CUES.fieldBlock : START_CUES.field, 'header fields');
  if (it.kind === 'heading' && !label && content.slice(i + 1, i + 4).some(isHeaderField)) add(START_CUES.headingOverFields, 'heading over header fields');
  if (it.kind === 'dateline') add(START_CUES.dateline, 'dateline');
  if (it.kind === 'salutation') add(START_CUES.salutation, 'salutation');
  if (it.kind === 'salutation' && openerAbove(content, i) < i - 1) add(START_CUES.openerAbove, 'letterhead or address above');
  const turn = plan.turns.get(it);
  const newPage = turn !== undefined && turn.score >= 2;
  // A form is a page of its own: what follows its page is another document.
  if (st.form && newPage && !label) add(START_CUES.pageAfterForm, 'first page after a form');
  // Prose on a new page after a finished document (its signature, its enclosure line) is an enclosure of its own.
  if (isBody(it) && st.closed && st.turned) add(START_CUES.proseAfterEnd, 'prose on a new page after a finished document');
  // A minute sheet: the next minute begins under the signature and date that close the one before.
  // It opens with its prose, or with the name of the hand it is minuted to (`Mr. Carr`) over its prose.
  const opensMinute = prose(it) || (addresseeLine(it) && content[i + 1] !== undefined && prose(content[i + 1]!));
  const sameSheet = i >= 2 && opensMinute && content[i - 2]!.kind === 'text' && datedSignature(content[i - 2]!.lines, content[i - 1], profile);
  if (sameSheet) add(START_CUES.afterDatedSignature, 'prose, or a name over prose, under a signature dated below it');
  if (score === 0) return { score, evidence };
  if (st.enclosed) add(START_CUES.afterEnclosure, 'after an enclosure line that ends a document');
  if (st.form && !newPage) add(START_CUES.afterForm, 'after a form');
  if (st.closed) add(START_CUES.afterCloser, 'after a closed closer');
  if (st.turned) add(START_CUES.afterPageEnd, 'on a new page');
  if (!st.body) add(START_CUES.noBodyYet, 'the document has no body yet');
  if (isBackMatter(it) || markers.textEnds.test(it.lines[0]!.text)) add(START_CUES.backMatter, 'back matter or the end of a text');
  if (key) add(START_CUES.formKey, 'the key to the form\'s codes');
  if (st.sinceStart < 3) add(START_CUES.tooSoon, 'too soon after the last start');
  return { score, evidence, ...(sameSheet ? { sameSheet } : {}) };
}

import type { Closer, CloserItem, DateNode, DocPart, DocumentNode, Inline, Milestone, Opener, OpenerItem } from '../../ir/nodes.js';
import type { Position } from '../../ir/position.js';
import { append } from '../../util/append.js';
import type { Segment } from '../inline/flat-text.js';
import type { PageDecisions, PageRecord, RunPages, TextPages } from '../pages/page-decisions.js';
import { furnitureNode, pageBreak } from '../pages/page-run.js';
import { decide, type StructureContext } from './context.js';
import { formList, type FormState } from './form.js';
import { settleDocument } from './zones.js';
import { blockNode, footnoteNode } from './item-nodes.js';
import type { Item } from './items.js';
import type { Line } from '../scan-lines.js';
import type { Into, Placed, PlacedBlock, PlacedRun, PlacedText, Role } from './steps.js';

/** Reads lines or segments as inline content with the document's context (see `ReadInline`). */
export type ReadContent = (content: readonly Line[] | readonly Segment[], phrases?: boolean, dateline?: boolean) => Inline[];

/** What a document is assembled with: its number and position, its opening parts, its context's date, and the reader of its text. */
export interface Assembly {
  readonly ctx: StructureContext;
  readonly n: number;
  readonly pos: Position;
  readonly opening: readonly DocPart[];
  readonly date?: string;
  readonly read: ReadContent;
  /**
   * Take each step out of `placed` once its nodes are made (default false): a caller that
   * reads the steps no more lets a large document's items and lines go while it is assembled,
   * not only once its node is complete.
   */
  readonly release?: boolean;
}

/** The document being assembled: local to one `assembleDocument` call. */
interface Draft {
  readonly doc: DocumentNode;
  readonly a: Assembly;
  opener?: Opener;
  closer?: Closer;
  para?: { readonly segments: Segment[]; readonly pos: Position };
  readonly form: FormState;
  tail: Milestone[];
}

/** What the report says each role was recognised as. */
const WHAT: Readonly<Record<Role, string | undefined>> = {
  head: 'head', ab: 'head', signed: 'signed', 'closer-address': 'address', debris: 'unclassified furniture', residue: 'unclassified furniture', 'inside-address': 'inside address',
  salute: 'salutation', dateline: 'dateline', 'dateline-p': undefined, field: undefined, caveat: 'handling caveat', closing: 'closer salute', note: 'editorial note', back: 'back matter',
};

/**
 * Builds a document's node from its placed steps and its page decisions: nodes where the
 * placement put them, paragraphs joined across the furniture it said they go on across, page
 * breaks where the page decisions put them. Records each decision for the report. Returns the
 * document and, when its last run heads the next document, that run's milestones from its
 * page break on. Decides nothing itself.
 */
export function assembleDocument(placed: readonly Placed[], pages: PageDecisions, a: Assembly): { doc: DocumentNode; tail: Milestone[] } {
  const doc: DocumentNode = { type: 'document', kind: 'document', n: a.n, parts: [...a.opening], pos: a.pos };
  if (a.date && DATED.test(a.date)) doc.date = a.date;
  const d: Draft = { doc, a, form: { pending: [], ids: 0 }, tail: [] };
  const steps = placed as (Placed | undefined)[];
  for (let i = 0; i < steps.length; i++) {
    const p = steps[i]!;
    if (a.release) steps[i] = undefined;
    step(d, p, pages.steps[i]);
  }
  closeParagraph(d);
  return { doc, tail: d.tail };
}

function step(d: Draft, p: Placed, pages: PageDecisions['steps'][number]): void {
  if (p.step === 'run') return runStep(d, p, pages as RunPages);
  if (p.step === 'text') return textStep(d, p, pages as TextPages | undefined);
  closeParagraph(d);
  if (p.step === 'block') return blockStep(d, p);
  if (p.step === 'form') return formStep(d, p.item);
  // A text quoted whole is built apart, on the pages its own decisions gave it.
  const q = assembleDocument(p.placed, pages as PageDecisions, { ...d.a, pos: p.pos, opening: [] }).doc;
  settleDocument(q, d.a.ctx.index);
  d.doc.parts.push({ type: 'quotedText', parts: q.parts, pos: q.pos });
}

function record(d: Draft, r: PageRecord | undefined): void {
  if (!r) return;
  decide(d.a.ctx, d.a.n, r.pos, r.what, r.rule, r.text);
  if (r.inferred) d.a.ctx.applied.add('inferred-page');
}

function note(d: Draft, item: Item, what: string): void {
  const v = item.verdict;
  const why = v ? ` — score ${v.best.score.toFixed(2)}: ${v.best.evidence.join('; ')}${v.candidates[1] ? `; next ${v.candidates[1].match.kind} ${v.candidates[1].score.toFixed(2)}` : ''}` : '';
  decide(d.a.ctx, d.a.n, item.pos, what, item.match.rule, item.lines.map((l) => l.text).join(' / ') + why);
}

/** A run's milestones in order, with the page break where its page decision put it. */
function runMilestones(d: Draft, run: readonly Item[], pages: RunPages): Milestone[] {
  const out: Milestone[] = [];
  const turn = () => {
    record(d, pages.record);
    if (pages.pb) out.push(pages.pb);
  };
  if (pages.renumber !== undefined) d.doc.parts[0] = pageBreak(pages.renumber, false, d.doc.parts[0]!.pos);
  run.forEach((it, i) => {
    if (i === pages.at) turn();
    if (it.kind === 'formFeed') return;
    const node = it.kind === 'footnote' ? footnoteNode(it, d.a.read) : furnitureNode(it, pages.places[i], d.a.read(it.lines, it.kind === 'archival-date'));
    if (node) out.push(node);
    note(d, it, it.kind);
    if (it.kind === 'unclassified') d.a.ctx.report('convert/unclassified', it.pos, `"${it.lines[0]!.text}" looks like page furniture but matches no pattern; kept as <fw type="unclassified">.`);
  });
  if (pages.at === run.length) turn();
  return out;
}

function runStep(d: Draft, p: PlacedRun, pages: RunPages): void {
  const ms = runMilestones(d, p.items, pages);
  if (p.into === 'paragraph' && d.para) {
    append(d.para.segments, ms.map((node) => ({ kind: 'milestone' as const, node: p.inWord && node.type === 'pb' ? { ...node, noBreak: true } : node })));
    return;
  }
  closeParagraph(d);
  if (p.end === 'split') {
    // The run's foot stays with this document; from its page break on it heads the next one.
    const at = ms.findIndex((m) => m.type === 'pb');
    d.tail = at >= 0 ? ms.splice(at) : [];
    append(d.doc.parts, ms);
  } else if (p.into === 'opener' && d.opener) append(d.opener.children, ms);
  else if (p.into === 'closer' && d.closer) append(d.closer.children, ms);
  else append(d.doc.parts, ms);
}

function textStep(d: Draft, p: PlacedText, pages: TextPages | undefined): void {
  if (pages?.pb && p.join && d.para) {
    d.para.segments.push({ kind: 'milestone', node: p.inWord ? { ...pages.pb, noBreak: true } : pages.pb });
  } else if (pages?.pb) {
    closeParagraph(d);
    d.doc.parts.push(pages.pb);
  }
  record(d, pages?.record);
  if (pages?.notice) d.a.ctx.report('convert/inferred-page', p.item.pos, pages.notice);
  if (p.join && d.para) {
    d.para.segments.push({ kind: 'lines', lines: p.item.lines });
    return;
  }
  closeParagraph(d);
  d.para = { segments: [{ kind: 'lines', lines: p.item.lines }], pos: p.item.pos };
}

function blockStep(d: Draft, p: PlacedBlock): void {
  const { item, role } = p;
  const what = role === 'field' ? `field ${item.match.value ?? 'field'}` : WHAT[role];
  const node = blockNode(item, role, p.value, d.a.read, p.into === 'parts' && role === 'note');
  if (what && role !== 'signed' && role !== 'closer-address') note(d, item, what);
  if (role === 'dateline' || role === 'dateline-p') setDate(d, item.match.date?.when);
  if (node.type === 'field' && node.fieldType === 'date') setDate(d, node.value.find((n): n is DateNode => n.type === 'date' && !n.inferred && !!n.when)?.when);
  place(d, p.into, node);
  if (what && (role === 'signed' || role === 'closer-address')) note(d, item, what);
  if (role === 'debris') d.a.ctx.report('convert/unclassified', item.pos, `"${item.lines[0]!.text}" stands above the heading and is no prose; kept as <fw type="unclassified">.`);
  if (role === 'residue') d.a.ctx.report('convert/unclassified', item.pos, `"${item.lines[0]!.text}" stands in a closer and is no signature (no word of it is capitalised); kept as <fw type="unclassified">.`);
}

/**
 * The first date of a dateline or a header field dates the document, unless its context did.
 * A date without its year (`Jan. 14` in an undated memo, `--01-14`) dates no document: the
 * index sorts and shows documents by a date with a year, and the `date` element keeps it.
 */
function setDate(d: Draft, when: string | undefined): void {
  if (when && DATED.test(when) && !d.doc.date) d.doc.date = when;
}

/** An ISO value with its year (`1962`, `1962-11`, `1962-11-05T…`), not a month and day alone (`--11-05`). */
const DATED = /^\d{4}/u;

function place(d: Draft, into: Into, node: CloserItem | DocPart): void {
  if (into === 'new-closer') {
    d.closer = { type: 'closer', children: [], pos: node.pos };
    d.doc.parts.push(d.closer);
  }
  if (into === 'new-opener') {
    d.opener = { type: 'opener', children: [], pos: node.pos };
    d.doc.parts.push(d.opener);
  }
  if (into === 'parts') d.doc.parts.push(node as DocPart);
  else if (into === 'closer' || into === 'new-closer') d.closer!.children.push(node as CloserItem);
  else d.opener!.children.push(node as OpenerItem);
  // What follows a heading before the body must not be put back into the opener before it.
  if (node.type === 'head') d.opener = undefined;
}

/** A block of a form page: a form list, continuing the one before it. */
function formStep(d: Draft, item: Item): void {
  const list = formList(item, d.form, (lines) => d.a.read(lines), d.doc.n);
  const last = d.doc.parts[d.doc.parts.length - 1];
  if (last?.type === 'list' && last.listType === 'form') append(last.entries, list.entries);
  else d.doc.parts.push(list);
  note(d, item, 'form');
}

/** Converts the open paragraph to a `p` and appends it. */
function closeParagraph(d: Draft): void {
  const p = d.para;
  if (!p) return;
  d.para = undefined;
  d.doc.parts.push({ type: 'p', children: d.a.read(p.segments), pos: p.pos });
}

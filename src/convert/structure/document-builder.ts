import type { Closer, CloserItem, DateNode, DocPart, Inline, DocumentKind, DocumentNode, Milestone, Opener, OpenerItem } from '../../ir/nodes.js';
import { append } from '../../util/append.js';
import type { Position } from '../../ir/position.js';
import type { Segment } from '../inline/flat-text.js';
import { lastPageMarker } from '../inline/conventions.js';
import type { Line } from '../scan-lines.js';
import { decide, inlineOf, type InlineRole, type StructureContext } from './context.js';
import type { DocumentContext } from '../dates/document-context.js';
import { IN_BLOCK, type Item } from './items.js';
import { continues } from './joins.js';
import { furnitureNode, pageBreak } from '../pages/page-run.js';
import { PageCount } from '../pages/page-count.js';
import { participantsOut, settleZones } from './zones.js';
import { formList, type FormState } from './form.js';
import { makeLists } from './lists.js';
import { correspondents } from './correspondents.js';
import { blockPlace, closerRole, headingPlace, splitsWord, textPlace, type PlacementState, type Zone } from './placement.js';
import { decideKind, type KindCue } from './document-kind.js';
import { fieldKindCue, fieldNode, fieldValueLines, footnoteNode } from './item-nodes.js';

interface OpenParagraph {
  readonly segments: Segment[];
  lines: Line[];
  readonly pos: Position;
}

/**
 * Builds one document from items in source order: head and opener, body paragraphs (joined
 * across page turns), closer; furniture runs placed with their page breaks. Nothing is
 * reordered or dropped.
 */
export class DocumentBuilder {
  readonly doc: DocumentNode;
  state: Zone = 'top';
  private readonly pages: PageCount;
  private opener?: Opener;
  private closer?: Closer;
  private para?: OpenParagraph;
  private joinNext = false;
  /** A form page's labels waiting for their values. */
  private readonly form: FormState = { pending: [], ids: 0 };
  /** Cues of the document's kind in source order; `decideKind` weighs them at the end. */
  private readonly kindCues: KindCue[] = [];

  /** The document's date context, computed once from its evidence before it is built. */
  readonly context: DocumentContext;

  constructor(private readonly ctx: StructureContext, n: number, pos: Position, context: DocumentContext, page?: number) {
    // A quoted text goes on on the page of the document that quotes it: no page break opens it.
    this.doc = { type: 'document', kind: 'document', n, parts: page === undefined ? [pageBreak('1', true, pos)] : [], pos };
    this.pages = new PageCount(ctx, n, page ?? 1);
    this.context = context;
    // The sidecar's date is the header's business; the text's own date is the document's.
    if (context.date && (context.dateSource === 'dateline' || context.dateSource === 'date-field')) this.doc.date = context.date;
  }

  /** True once the document has body text or a closer. */
  get hasBody(): boolean {
    return this.state === 'body' || this.state === 'closer';
  }

  get hasCloser(): boolean {
    return this.closer !== undefined;
  }

  private inl(lines: readonly Line[] | readonly Segment[], phrases = true, role: InlineRole = phrases ? {} : { phrases: false }) {
    return inlineOf(this.ctx, lines, this.context, role);
  }

  private note(item: Item, what: string): void {
    const v = item.verdict;
    const why = v ? ` — score ${v.best.score.toFixed(2)}: ${v.best.evidence.join('; ')}${v.candidates[1] ? `; next ${v.candidates[1].match.kind} ${v.candidates[1].score.toFixed(2)}` : ''}` : '';
    decide(this.ctx, this.doc.n, item.pos, what, item.match.rule, item.lines.map((l) => l.text).join(' / ') + why);
  }

  /** Places a run of furniture; `next` is the item after it (joins a paragraph across it). */
  addRun(run: readonly Item[], next: Item | undefined): void {
    const ms = this.runMilestones(run, next === undefined, false, next);
    const joinReason = next?.kind === 'text' && this.para && this.state === 'body' ? continues(this.para.lines, next.lines, this.ctx.profile) : undefined;
    if (joinReason && this.para) {
      const inWord = splitsWord(this.para.lines, next!.lines);
      append(this.para.segments, ms.map((node) => ({ kind: 'milestone' as const, node: inWord && node.type === 'pb' ? { ...node, noBreak: true } : node })));
      this.joinNext = true;
      return;
    }
    this.closeParagraph();
    this.place(ms);
  }

  /** Milestones of a run in order, with the page break where the page turns. */
  runMilestones(run: readonly Item[], atEnd = false, split = false, next?: Item): Milestone[] {
    // Furniture before the body heads the document's first page: no turn there unless a page
    // visibly ended (a footer) or a page number is printed. Nor after the last content of the
    // transcript: a turn needs a page to turn to.
    const beforeBody = (this.state === 'top' || this.state === 'opener') && !run.some((it) => ['archival-citation', 'folio', 'pageNum', 'formFeed'].includes(it.kind));
    const br = beforeBody || (atEnd && !split) ? { at: -1 } : this.pages.footPageNumber(run, this.pages.planned(run, next, this.hasBody), this.hasBody);
    const out: Milestone[] = [];
    const unbroken = atEnd ? 'bottom' : this.state === 'top' || this.state === 'opener' ? 'top' : undefined;
    for (let i = 0; i < run.length; i++) {
      const it = run[i]!;
      // Where a run ends one document and heads the next, the turn belongs to the new one.
      if (i === br.at) {
        const pb = split && !br.printed ? pageBreak('1', true, it.pos) : this.turnPage(it, br.printed);
        if (pb) out.push(pb);
      }
      if (it.kind === 'formFeed') continue;
      const place = br.at < 0 ? unbroken : i < br.at ? 'bottom' : 'top';
      const node = it.kind === 'footnote' ? footnoteNode(it, (lines, phrases) => this.inl(lines, phrases)) : furnitureNode(it, place, this.inl(it.lines, it.kind === 'archival-date'));
      if (node) out.push(node);
      this.note(it, it.kind);
      if (it.kind === 'unclassified') this.ctx.report('convert/unclassified', it.pos, `"${it.lines[0]!.text}" looks like page furniture but matches no pattern; kept as <fw type="unclassified">.`);
    }
    // The turn may come after the whole run (a page number at the foot of the page).
    if (br.at === run.length && run.length) {
      const pb = this.turnPage(run[run.length - 1]!, undefined);
      if (pb) out.push(pb);
    }
    return out;
  }

  private turnPage(at: Item, printed: string | undefined): Milestone | undefined {
    const first = this.doc.parts[0];
    const nothingYet = this.doc.parts.length === 1 && !this.para && (this.state === 'top' || this.state === 'opener') && !this.opener;
    if (nothingYet && first?.type === 'pb' && printed !== undefined) {
      // The document's first page shows its number: that is the page its opening pb begins.
      this.doc.parts[0] = pageBreak(printed, false, first.pos);
      this.pages.startAt(printed);
      return undefined;
    }
    return this.pages.turn(at, printed);
  }

  private place(ms: Milestone[]): void {
    if (this.state === 'opener' && this.opener) append(this.opener.children, ms);
    else if (this.state === 'closer' && this.closer) append(this.closer.children, ms);
    else append(this.doc.parts, ms);
  }

  /** The page the builder has reached (a quoted text built apart starts from it). */
  get currentPage(): number {
    return this.pages.page;
  }

  /** Adds a text quoted whole, built apart from `page` on (`quotedText`); the page count goes on where it ended. */
  addQuoted(quoted: DocumentNode, endPage: number): void {
    this.bodyBlock({ type: 'quotedText', parts: quoted.parts, pos: quoted.pos });
    this.pages.page = endPage;
  }

  /** Adds a block of a form page: a form list (continuing the one before it). */
  addForm(item: Item): void {
    this.closeParagraph();
    this.state = 'body';
    const list = formList(item, this.form, (lines) => this.inl(lines), this.doc.n);
    const last = this.doc.parts[this.doc.parts.length - 1];
    if (last?.type === 'list' && last.listType === 'form') append(last.entries, list.entries);
    else this.doc.parts.push(list);
    this.note(item, 'form');
  }

  /** Adds a non-furniture item; returns how many following items it consumed as well. */
  add(item: Item, next: Item | undefined, last = false, openerAhead = false): number {
    const st = this.placement(next, last, openerAhead);
    switch (item.kind) {
      case 'heading': return this.placeHeading(item, headingPlace(item, st));
      case 'text': return this.placeBlock(item, textPlace(item, st));
      case 'dateline': return this.dateline(item);
      case 'salutation': return this.toOpenerOrCloser(item, { type: 'salute', children: this.inl(item.lines), pos: item.pos }, 'salutation');
      case 'field': return this.field(item, next);
      case 'caveat': return this.caveat(item);
      case 'closing': return this.closing(item);
      case 'note': return this.editorialNote(item);
      default: return this.placeBlock(item, blockPlace(item, st));
    }
  }

  /** What the placement pass needs to know of the document so far. */
  private placement(next: Item | undefined, last: boolean, openerAhead: boolean): PlacementState {
    return {
      zone: this.state, last, next, openerAhead,
      paragraphOpen: this.para !== undefined, paragraphGoesOn: this.joinNext,
      hasOpener: this.opener !== undefined, hasSalute: this.opener?.children.some((c) => c.type === 'salute') ?? false,
    };
  }

  private placeHeading(item: Item, place: ReturnType<typeof headingPlace>): number {
    if (place === 'closer-text') return this.closerText(item);
    return place === 'signature' ? this.signatureAtEnd(item) : this.heading(item);
  }

  /** A short line in capitals that ends the body (a telegram's `KOHLER`) is its signature. */
  private signatureAtEnd(item: Item): number {
    this.closeParagraph();
    this.startCloser(item.pos);
    return this.closerText(item);
  }

  private heading(item: Item): number {
    if (item.match.value) this.kindCues.push({ kind: item.match.value as DocumentKind, cue: 'heading' });
    this.note(item, 'head');
    if (this.state === 'top' || this.state === 'opener') {
      this.doc.parts.push({ type: 'head', children: this.inl(item.lines), pos: item.pos });
      // What follows the heading must not be put back into the opener before it.
      this.opener = undefined;
    }
    else this.bodyBlock({ type: 'ab', abType: 'heading', children: this.inl(item.lines), pos: item.pos });
    return 0;
  }

  /** The first full date of a header field sets the document's date, unless its context gave one. */
  private dateFrom(nodes: readonly Inline[]): void {
    const d = nodes.find((n): n is DateNode => n.type === 'date' && !n.inferred && !!n.when);
    if (d?.when) this.setDate(d.when);
  }

  private setDate(when: string): void {
    if (this.doc.date) return;
    this.doc.date = when;
  }

  private dateline(item: Item): number {
    const d = item.match.date;
    if (d?.when) this.setDate(d.when);
    if (item.match.value === 'telegram') this.kindCues.push({ kind: 'telegram', cue: 'date-time-group' });
    if (this.state === 'body') {
      this.bodyBlock({ type: 'p', children: this.inl(item.lines), pos: item.pos });
      return 0;
    }
    return this.toOpenerOrCloser(item, { type: 'dateline', children: this.inl(item.lines, true, { role: 'dateline' }), pos: item.pos }, 'dateline');
  }

  private field(item: Item, next: Item | undefined): number {
    const value = fieldValueLines(item, next);
    const f = fieldNode(item, value.lines, (lines, phrases) => this.inl(lines, phrases));
    if (f.fieldType === 'date') this.dateFrom(f.value);
    const cue = fieldKindCue(item, f.fieldType);
    if (cue) this.kindCues.push(cue);
    this.toOpenerOrCloser(item, f, `field ${f.fieldType}`);
    return value.consumed;
  }

  private caveat(item: Item): number {
    if (this.state === 'body' || this.state === 'closer') {
      this.closeParagraph();
      this.place(this.runMilestones([item]));
      return 0;
    }
    return this.toOpenerOrCloser(item, { type: 'field', fieldType: 'handling', label: [], value: this.inl(item.lines, false), pos: item.pos }, 'handling caveat');
  }

  private closing(item: Item): number {
    this.closeParagraph();
    this.startCloser(item.pos);
    this.closer!.children.push({ type: 'salute', children: this.inl(item.lines), pos: item.pos });
    // A complimentary close makes a letter of a document that said nothing else of its kind.
    this.kindCues.push({ kind: 'letter', cue: 'salute' });
    this.note(item, 'closer salute');
    return 0;
  }

  private editorialNote(item: Item): number {
    const children = this.inl(item.lines);
    const only = children.length === 1 && children[0]!.type === 'note' ? children[0]! : { type: 'note' as const, children, pos: item.pos };
    if (this.state === 'closer' && this.closer) this.closer.children.push(only as CloserItem);
    else if (this.state === 'opener' && this.opener) this.opener.children.push(only as OpenerItem);
    else this.bodyBlock({ type: 'p', children, pos: item.pos });
    this.note(item, 'editorial note');
    return 0;
  }

  /** Places a block where the placement pass put it (see `TextPlace`). */
  private placeBlock(item: Item, place: ReturnType<typeof textPlace>): number {
    switch (place) {
      case 'closer-text': return this.closerText(item);
      case 'signature': return this.signatureAtEnd(item);
      case 'debris': return this.debris(item);
      case 'address':
        return this.toOpenerOrCloser(item, { type: 'address', lines: item.lines.map((l) => ({ children: this.inl([l]), pos: l.pos })), pos: item.pos }, 'inside address');
      default:
        // After a closer, a postscript or prose is body again (the zones pass makes a
        // postscript of it, or gives the closer back to the body).
        this.state = 'body';
        this.appendText(item);
        return 0;
    }
  }

  /**
   * OCR residue above a heading or header (a stamp's fragments, a record number): unnamed
   * furniture, so that the heading and header still head the document.
   */
  private debris(item: Item): number {
    this.doc.parts.push({ type: 'fw', kind: 'unclassified', children: this.inl(item.lines, false), pos: item.pos });
    this.note(item, 'unclassified furniture');
    this.ctx.report('convert/unclassified', item.pos, `"${item.lines[0]!.text}" stands above the heading and is no prose; kept as <fw type="unclassified">.`);
    return 0;
  }

  private appendText(item: Item): void {
    this.placeText(item);
    // A page marker the transcriber put inside the text (`[p. 2]`) moves the page count on.
    this.pages.marked(lastPageMarker(item.lines.map((l) => l.text).join('\n')));
  }

  private placeText(item: Item): void {
    const turn = this.ctx.plan?.turns.get(item);
    if (this.para && !this.joinNext && item.match.rule !== IN_BLOCK) {
      const reason = continues(this.para.lines, item.lines, this.ctx.profile);
      if (reason && turn) this.inferredTurn(item, reason, turn.cues);
      else if (reason) this.joinNext = true;
      else if (turn) {
        this.closeParagraph();
        this.place([this.pages.inferred(item, 'page-length', turn.cues)]);
      }
    }
    if (this.para && this.joinNext) {
      this.para.segments.push({ kind: 'lines', lines: item.lines });
      this.para.lines = item.lines;
      this.joinNext = false;
      return;
    }
    this.closeParagraph();
    this.para = { segments: [{ kind: 'lines', lines: item.lines }], lines: item.lines, pos: item.pos };
  }

  /** A turn the page model inferred inside the open paragraph (no furniture shows it). */
  private inferredTurn(item: Item, reason: string, cues: readonly string[]): void {
    const pb = { ...this.pages.inferred(item, reason, cues), ...(splitsWord(this.para!.lines, item.lines) ? { noBreak: true } : {}) };
    this.para!.segments.push({ kind: 'milestone', node: pb });
    this.ctx.report('convert/inferred-page', item.pos, `The paragraph ${reason}; a page break (page ${pb.n}, number inferred) was placed inside it.`);
    this.joinNext = true;
  }

  private closerText(item: Item): number {
    const c = this.closer!;
    if (closerRole(c.children, item, this.ctx.profile) === 'signed') {
      c.children.push({ type: 'signed', children: this.inl(item.lines), pos: item.pos });
      this.note(item, 'signed');
    } else {
      c.children.push({ type: 'address', lines: item.lines.map((l) => ({ children: this.inl([l]), pos: l.pos })), pos: item.pos });
      this.note(item, 'address');
    }
    return 0;
  }

  private startCloser(pos: Position): void {
    // A closer that body text has followed is not reopened (that would move text back): a
    // new one starts, and the zones pass settles which of them is the real closer.
    if (this.closer && this.doc.parts[this.doc.parts.length - 1] === this.closer) {
      this.state = 'closer';
      return;
    }
    this.closer = { type: 'closer', children: [], pos };
    this.doc.parts.push(this.closer);
    this.state = 'closer';
  }

  private toOpenerOrCloser(item: Item, node: OpenerItem & CloserItem, what: string): number {
    this.note(item, what);
    if (this.state === 'closer' && this.closer) {
      this.closer.children.push(node);
      return 0;
    }
    if (this.state === 'body') {
      this.closeParagraph();
      this.startCloser(item.pos);
      this.closer!.children.push(node);
      return 0;
    }
    if (!this.opener) {
      this.opener = { type: 'opener', children: [], pos: item.pos };
      this.doc.parts.push(this.opener);
    }
    this.opener.children.push(node);
    this.state = 'opener';
    if (node.type === 'salute') this.kindCues.push({ kind: 'letter', cue: 'salute' });
    return 0;
  }

  private bodyBlock(part: DocPart): void {
    this.closeParagraph();
    this.state = 'body';
    this.doc.parts.push(part);
  }

  /** Converts the open paragraph to a `p` and appends it. */
  closeParagraph(): void {
    const p = this.para;
    if (!p) return;
    this.para = undefined;
    this.joinNext = false;
    this.doc.parts.push({ type: 'p', children: this.inl(p.segments), pos: p.pos });
  }

  /** Ends the document, its zones settled into an order TEI admits. */
  finish(): DocumentNode {
    this.closeParagraph();
    settleZones(this.doc);
    participantsOut(this.doc);
    makeLists(this.doc);
    correspondents(this.doc);
    this.doc.kind = decideKind(this.doc, this.kindCues, this.ctx.profile, this.ctx.documentTypes?.[this.doc.n - 1]);
    return this.doc;
  }
}

/**
 * The reading and diplomatic views in HTML: xslt/common/html-dispatch.xsl, html-body.xsl,
 * html-paragraph.xsl, html-lists.xsl, html-quotation.xsl and html-notes.xsl, as the modes
 * tp:reading and tp:diplomatic write them, byte for byte (serialize.ts: saxon-js's escaping).
 * `viewHtml` is the stylesheets' `apply-templates` in a view's mode; the tunnel context
 * (tp:context: a section's note table, its key, the medium) is the `Context` passed down.
 */
import {
  atBreak, breakText, itemField, previousElement, classes, documentHeading, fwLabel, gapLabel, htmlKind, htmlName, NO_NOTES, noteBetweenBlocks,
  noteContent, noteHasMark, noteInline, noteTable, normalizeSpace, stringValue, type NoteTable, type View,
} from './behaviours.js';
import { attr, text } from './serialize.js';
import { Unsupported, type NDocument, type NElement, type NNode } from './tree.js';

export type Medium = 'web' | 'print';

/** tp:context: what a section passes down (its notes and key), and where the page is read. */
interface Context {
  readonly notes?: NoteTable;
  readonly doc?: string;
  readonly medium: Medium;
}

/** The behaviours whose HTML is flow content (tp:flow-behaviours). */
const FLOW: ReadonlySet<string> = new Set(['section', 'container', 'block', 'list', 'quotation', 'table']);

/** The HTML of `nodes` in a view's mode, as the stylesheets' apply-templates writes it, in a page read on `medium`. */
export function viewHtml(doc: NDocument, nodes: readonly NNode[], view: View, medium: Medium): string {
  return new Writer(doc, view).nodes(nodes, { medium });
}

class Writer {
  out = '';
  constructor(readonly doc: NDocument, readonly view: View) {}

  nodes(nodes: readonly NNode[], ctx: Context): string {
    for (const n of nodes) this.node(n, ctx);
    return this.out;
  }

  children(e: NElement, ctx: Context): void {
    for (const n of e.children) this.node(n, ctx);
  }

  node(n: NNode, ctx: Context): void {
    if (n.kind === 'text') {
      this.out += text(atBreak(n) ? breakText(n, this.view) : n.text);
      return;
    }
    this.element(n, ctx);
  }

  /** `<name class="…" title="…">children</name>` */
  wrap(name: string, cls: string, e: NElement, ctx: Context, title?: string): void {
    this.out += title === undefined ? `<${name} class="${attr(cls)}">` : `<${name} class="${attr(cls)}" title="${attr(title)}">`;
    this.children(e, ctx);
    this.out += `</${name}>`;
  }

  element(e: NElement, ctx: Context): void {
    const view = this.view;
    switch (htmlKind(e, view)) {
      case 'section': return this.section(e, ctx);
      case 'container': return this.wrap('div', classes(e), e, ctx);
      case 'item': return this.wrap('li', classes(e), e, ctx);
      case 'table': return this.wrap('table', classes(e), e, ctx);
      case 'row': return this.wrap('tr', classes(e), e, ctx);
      case 'cell': return this.wrap('td', classes(e), e, ctx);
      case 'line': return this.wrap('span', `${classes(e)} line`, e, ctx);
      case 'inline': return this.wrap('span', classes(e), e, ctx);
      case 'inline-rich': return this.rich(e, ctx);
      case 'block': return this.block(e, ctx);
      case 'list': return this.list(e, ctx);
      case 'quotation':
        this.wrap('blockquote', `${classes(e)} quotation`, e, ctx);
        this.out += '\n';
        return;
      case 'break':
        if (view === 'diplomatic') this.out += '<br>';
        else if (e.attrs.get('break') !== 'no') this.out += ' ';
        return;
      case 'gap':
        this.out += `<span class="${attr(classes(e))}">${text(gapLabel(e))}</span>`;
        return;
      case 'page': return this.page(e);
      case 'furniture':
        if (view === 'diplomatic') this.wrap('span', `${classes(e)} place-${e.attrs.get('place') ?? 'inline'}`, e, ctx, fwLabel(e));
        return;
      case 'note': return this.note(e, ctx);
      case 'mark': return this.mark(e, ctx);
      case 'omit':
      case 'label':
        return;
      default:
        throw new Unsupported(`behaviour ${htmlKind(e, view)}`);
    }
  }

  /** An inline element whose row names its HTML element, datetime or title (tp:html-inline-rich). */
  rich(e: NElement, ctx: Context): void {
    const name = htmlName(e) ?? 'span';
    let head = `<${name} class="${attr(classes(e))}"`;
    const when = e.attrs.get('when');
    if (e.name === 'date' && when !== undefined) head += ` datetime="${attr(when)}"`;
    const title = richTitle(e);
    if (title !== '') head += ` title="${attr(title)}"`;
    this.out += `${head}>`;
    this.children(e, ctx);
    this.out += `</${name}>`;
  }

  /** A block: its row's HTML element, else a div; a p or heading holding blocks is parted around them. */
  block(e: NElement, ctx: Context): void {
    const name = htmlName(e) ?? 'div';
    if ((name === 'p' || name === 'h3') && e.children.some((c) => this.isFlow(c))) return this.split(e, name, ctx);
    this.wrap(name, classes(e), e, ctx);
    this.out += '\n';
  }

  isFlow(n: NNode): boolean {
    return n.kind === 'element' && FLOW.has(htmlKind(n, this.view));
  }

  /** tp:html-split-block: each run of inline content a p (or h3) of the block's classes, each block between them. */
  split(block: NElement, name: string, ctx: Context): void {
    const all = block.children;
    let i = 0;
    while (i < all.length) {
      const flow = this.isFlow(all[i] as NNode);
      let j = i;
      while (j < all.length && this.isFlow(all[j] as NNode) === flow) j++;
      const run = all.slice(i, j);
      const afterBlock = i > 0;
      const beforeBlock = j < all.length;
      i = j;
      if (flow) {
        for (const n of run) this.node(n, ctx);
        continue;
      }
      if (run.every((n) => (n.kind === 'text' ? normalizeSpace(n.text) === '' : n.name === 'lb'))) continue;
      const significant = run.filter((n) => n.kind !== 'text' || normalizeSpace(n.text) !== '');
      const first = significant[0];
      const last = significant[significant.length - 1];
      const edges = new Set<NNode>();
      if (afterBlock && first?.kind === 'element' && first.name === 'lb') edges.add(first);
      if (beforeBlock && last?.kind === 'element' && last.name === 'lb') edges.add(last);
      this.out += `<${name} class="${attr(classes(block) + (afterBlock ? ' continued' : ''))}">`;
      for (const n of run) if (!edges.has(n)) this.node(n, ctx);
      this.out += `</${name}>\n`;
    }
  }

  /** tp:html-section: a document, its heading, its notes and the apparatus of its furniture. */
  section(e: NElement, ctx: Context): void {
    const view = this.view;
    const n = e.attrs.get('n');
    const key = n !== undefined && /^[A-Za-z0-9]+$/u.test(n) ? n : `x-${divPlaces(e)}`;
    const doc = `d${key}`;
    const id = `${view[0]}-doc-${key}`;
    const notes = view === 'reading' ? noteTable(e) : NO_NOTES;
    this.out += `<section class="${attr(classes(e))}" aria-labelledby="${attr(id)}"><h2 id="${attr(id)}">${text(documentHeading(e))}</h2>`;
    const inSection: Context = { notes, doc, medium: ctx.medium };
    this.children(e, inSection);
    if (view === 'reading') {
      this.notesList(inSection);
      this.apparatus(e, ctx);
    }
    this.out += '</section>';
  }

  /** tp:html-notes: the document's notes at its end (in print, those no mark calls). */
  notesList(ctx: Context): void {
    const notes = ctx.notes as NoteTable;
    const doc = ctx.doc as string;
    const listed = ctx.medium === 'print' ? notes.notes.filter((n) => !noteHasMark(notes, n)) : notes.notes;
    if (listed.length === 0) return;
    const d = attr(doc);
    this.out += `<section class="notes" role="doc-endnotes" aria-labelledby="r-${d}-notes"><h3 id="r-${d}-notes">Notes</h3><ol>`;
    for (const note of listed) {
      const n = String(notes.number.get(note) ?? '');
      this.out += `<li id="r-${d}-fn${n}" value="${n}" class="note">`;
      this.out += noteHasMark(notes, note) && ctx.medium === 'web'
        ? `<a class="note-num" href="#r-${d}-fnref${n}" role="doc-backlink" aria-label="Back to the text of note ${n}">${n}</a>`
        : `<span class="note-num">${n}</span>`;
      this.out += ' <span class="note-text">';
      this.nodes(noteContent(note), ctx);
      this.out += '</span></li>';
    }
    this.out += '</ol></section>';
  }

  /** tp:html-apparatus: every piece of furniture of the document, with its page and place. */
  apparatus(div: NElement, ctx: Context): void {
    const found: NElement[] = [];
    const walk = (e: NElement): void => {
      for (const c of e.children) {
        if (c.kind !== 'element') continue;
        if (c.name === 'pb' || c.name === 'fw') found.push(c);
        walk(c);
      }
    };
    walk(div);
    if (!found.some((f) => f.name === 'fw')) return;
    this.out += '<aside class="apparatus" aria-label="Page furniture"><h3>Page furniture</h3><ul>';
    let page = '1';
    const diplomatic = this.view === 'diplomatic' ? this : new Writer(this.doc, 'diplomatic');
    for (const f of found) {
      if (f.name === 'pb') {
        page = f.attrs.get('n') ?? '';
        continue;
      }
      const place = f.attrs.get('place');
      this.out += `<li><span class="app-loc">p. ${text(page)}${place !== undefined ? text(`, ${place}`) : ''}</span> <span class="app-kind">${text(fwLabel(f))}</span> <span class="app-text">`;
      diplomatic.out = '';
      diplomatic.children(f, ctx);
      this.out += `${diplomatic.out}</span></li>`;
    }
    this.out += '</ul></aside>';
  }

  /** A page break: a mark in the reading text, a separator line in the diplomatic view. */
  page(e: NElement): void {
    const n = e.attrs.get('n') ?? '?';
    const cert = e.attrs.has('cert');
    const title = attr(`Page ${n}${cert ? ' (number inferred)' : ''}`);
    if (this.view === 'reading') {
      this.out += `<span class="pb-mark" title="${title}">${hasAncestor(e, 'p') ? '<span class="pb-bar" aria-hidden="true">|</span>' : ''}<span class="pb-label">[p. ${text(n)}]</span></span>`;
    } else {
      this.out += `<span class="pb-line" role="separator" title="${title}"><span>page ${text(cert ? `[${n}]` : n)}</span></span>`;
    }
  }

  /** A note: inline remark, call of its number (reading), or where the page has it (diplomatic). */
  note(e: NElement, ctx: Context): void {
    const inline = noteInline(e);
    if (this.view === 'reading') {
      if (inline) this.remark(e, ctx);
      else if (!noteBetweenBlocks(e)) this.call(e, true, ctx);
      return;
    }
    if (!inline && noteBetweenBlocks(e)) this.wrap('div', `${classes(e)} place-${e.attrs.get('place') ?? 'foot'}`, e, ctx);
    else this.remark(e, ctx);
  }

  remark(e: NElement, ctx: Context): void {
    this.out += `<span class="${attr(classes(e))}">[<i>`;
    this.children(e, ctx);
    this.out += '</i>]</span>';
  }

  /** A note's mark: the call of its note (reading), the page's superscript (diplomatic). */
  mark(e: NElement, ctx: Context): void {
    if (this.view === 'diplomatic') {
      this.out += `<sup class="${attr(classes(e))}">${text(normalizeSpace(stringValue(e)))}</sup>`;
      return;
    }
    const notes = ctx.notes ?? NO_NOTES;
    const n = notes.number.get(e);
    const first = notes.first.has(e);
    if (n === undefined || (!first && ctx.medium === 'print')) {
      this.out += `<sup class="${attr(classes(e))}">${text(n !== undefined ? String(n) : normalizeSpace(stringValue(e)))}</sup>`;
      return;
    }
    const note = notes.notes[n - 1];
    if (note === undefined) throw new Unsupported('a mark numbered beyond its notes');
    this.call(note, first, ctx);
  }

  /** tp:html-call: the call of a note at its place in the reading text. */
  call(note: NElement, first: boolean, ctx: Context): void {
    // (outside a section the stylesheets' context has no notes: a type error there)
    if (ctx.notes === undefined || ctx.doc === undefined) throw new Unsupported('a note outside a document');
    const n = String(ctx.notes.number.get(note) ?? '');
    if (ctx.medium === 'print') {
      this.out += `<sup class="fn-call">${n}</sup><span class="footnote"><span class="fn-num">${n}</span> `;
      this.nodes(noteContent(note), ctx);
      this.out += '</span>';
      return;
    }
    const d = attr(ctx.doc);
    this.out += `<sup class="noteref"><a href="#r-${d}-fn${n}" role="doc-noteref" aria-label="Note ${n}"${first ? ` id="r-${d}-fnref${n}"` : ''}>${n}</a></sup>`;
  }

  /** tp:html-list: the head before the ul, each li holding its item with what stands before it. */
  list(e: NElement, ctx: Context): void {
    const elements = e.children.filter((c): c is NElement => c.kind === 'element');
    const labelled = elements.some((c) => c.name === 'label');
    this.out += `<div class="${attr(classes(e) + (labelled ? ' labelled' : ''))}">`;
    for (const h of elements) if (h.name === 'head') this.element(h, ctx);
    this.out += '<ul>\n';
    const rest = elements.filter((c) => c.name !== 'head');
    let group: NElement[] = [];
    const flush = (): void => {
      const item = group.find((c) => c.name === 'item');
      this.out += `<li class="${attr(item ? classes(item) : 'list-rest')}">`;
      for (const c of group) {
        if (c.name === 'label') this.itemLabel(c, item, ctx);
        else if (c.name === 'item') {
          const before = previousElement(c);
          if (!(before?.name === 'label')) this.itemLabel(undefined, c, ctx);
          this.children(c, ctx);
        } else this.element(c, ctx);
      }
      this.out += '</li>\n';
      group = [];
    };
    for (const c of rest) {
      group.push(c);
      if (c.name === 'item') flush();
    }
    if (group.length > 0) flush();
    this.out += '</ul></div>\n';
  }

  /** tp:html-item-label: an item's label as printed; in the reading view, a value's field label in brackets. */
  itemLabel(label: NElement | undefined, item: NElement | undefined, ctx: Context): void {
    if (label !== undefined && normalizeSpace(stringValue(label)) !== '') {
      this.out += `<span class="${attr(classes(label))}">`;
      this.children(label, ctx);
      this.out += '</span> ';
      return;
    }
    const field = this.view === 'reading' && item ? itemField(this.doc, item) : undefined;
    if (field === undefined) return;
    this.out += '<span class="tei-label label-of-field" title="The value of this field">[';
    this.children(field, ctx);
    this.out += ']</span> ';
  }
}

/** The hover text of an inline element, from the title column of its row ('' for none). */
function richTitle(e: NElement): string {
  const inferred = e.attrs.has('cert') ? ' (inferred)' : '';
  switch (e.name) {
    case 'date': {
      const when = e.attrs.get('when');
      if (when !== undefined) return when + inferred;
      const from = e.attrs.get('from');
      const to = e.attrs.get('to');
      if (from !== undefined || to !== undefined) return [from, to].filter((x) => x !== undefined).join(' – ') + inferred;
      return '';
    }
    case 'add': {
      const place = e.attrs.get('place');
      return place !== undefined ? `added ${place}` : 'added';
    }
    case 'unclear': return 'unclear reading';
    case 'del': return 'deleted';
    default: return '';
  }
}

/** The place of a div and of each div around it among its sibling divs: "1-2". */
function divPlaces(div: NElement): string {
  const places: number[] = [];
  for (let d: NElement | undefined = div; d; d = d.parent) {
    if (d.name !== 'div') continue;
    let k = 1;
    const siblings = d.parent?.children ?? [];
    for (let i = 0; i < d.index; i++) {
      const s = siblings[i];
      if (s?.kind === 'element' && s.name === 'div') k++;
    }
    places.unshift(k);
  }
  return places.join('-');
}

function hasAncestor(e: NElement, name: string): boolean {
  for (let p = e.parent; p; p = p.parent) if (p.name === name) return true;
  return false;
}

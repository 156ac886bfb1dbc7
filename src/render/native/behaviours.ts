/**
 * xslt/common/behaviours.xsl and xslt/common/notes.xsl for the native renderer: the behaviour
 * table (element name → behaviour, per view), the class names, the text at a line break, gap
 * labels, marks, furniture labels, document headings and the note table, each computing what
 * the stylesheet function of the same name computes (tp:behaviour, tp:classes, …), so that
 * every output is byte for byte the stylesheets' (test/unit/render-native.test.ts).
 */
import { Unsupported, type NDocument, type NElement, type NNode, type NText } from './tree.js';

export type View = 'reading' | 'diplomatic';

/** The rows of tp:behaviours: name → behaviour. */
const ROWS: Readonly<Record<string, string>> = {
  div: 'section', text: 'container', body: 'container', opener: 'container', closer: 'container',
  address: 'container', postscript: 'container', floatingText: 'quotation', figure: 'container',
  p: 'block', ab: 'block', head: 'block', dateline: 'block', salute: 'block', signed: 'block', seg: 'block', figDesc: 'block',
  addrLine: 'line', list: 'list', item: 'item', table: 'table', row: 'row', cell: 'cell',
  q: 'inline', quote: 'inline', date: 'inline', add: 'inline', unclear: 'inline', ref: 'inline',
  label: 'inline', persName: 'inline', placeName: 'inline', orgName: 'inline', rs: 'inline',
  name: 'inline', title: 'inline', stamp: 'inline', hi: 'inline', emph: 'inline', del: 'inline',
  foreign: 'inline', supplied: 'inline',
  choice: 'inline', sic: 'inline', corr: 'inline', abbr: 'inline', expan: 'inline', orig: 'inline', reg: 'inline',
  msDesc: 'inline', msIdentifier: 'inline', msContents: 'inline', msItem: 'inline', history: 'inline',
  origin: 'inline', origDate: 'inline', repository: 'inline', collection: 'inline', idno: 'inline',
  institution: 'inline', physDesc: 'inline', author: 'inline', editor: 'inline', respStmt: 'inline', resp: 'inline',
  lb: 'break', pb: 'page', fw: 'furniture', note: 'note', gap: 'gap', desc: 'omit', egXML: 'omit',
};
const hasRow = (name: string): boolean => Object.hasOwn(ROWS, name);

/** The HTML element a row names (html), and the attribute it needs (html-needs). */
const HTML_NAMES: Readonly<Record<string, { readonly html: string; readonly needs?: string }>> = {
  p: { html: 'p' }, head: { html: 'h3' }, quote: { html: 'q' }, date: { html: 'time', needs: 'when' },
  add: { html: 'ins' }, title: { html: 'cite' }, emph: { html: 'em' }, del: { html: 'del' },
};
/** The rows with an html, datetime or title column: phrase-level, they are 'inline-rich' in HTML. */
const RICH: ReadonlySet<string> = new Set(['quote', 'date', 'add', 'unclear', 'title', 'emph', 'del']);

const IN_PARENT: Readonly<Record<string, string>> = {
  'reading choice/sic': 'omit', 'reading choice/abbr': 'omit', 'reading choice/orig': 'omit',
  'diplomatic choice/corr': 'omit', 'diplomatic choice/expan': 'omit', 'diplomatic choice/reg': 'omit',
  'reading list/label': 'label', 'diplomatic list/label': 'label',
  'reading quote/floatingText': 'container', 'diplomatic quote/floatingText': 'container',
};
const IN_PARENT_CHILDREN: ReadonlySet<string> = new Set(['sic', 'abbr', 'orig', 'corr', 'expan', 'reg', 'label', 'floatingText']);

/** The text editions' marks: "view name" → [before, after]. */
const MARKS: Readonly<Record<string, readonly [string, string]>> = {
  'reading supplied': ['[', ']'], 'diplomatic supplied': ['[', ']'],
  'diplomatic add': ['[+', '+]'], 'diplomatic unclear': ['[?', '?]'], 'diplomatic del': ['[-', '-]'],
};

/** tp:behaviour: the behaviour of an element in a view. */
export function behaviour(e: NElement, view: View): string {
  const name = e.name;
  if (name === 'seg' && !(e.parent?.name === 'opener' || e.parent?.name === 'closer')) return 'inline';
  if (IN_PARENT_CHILDREN.has(name)) {
    const b = IN_PARENT[`${view} ${e.parent?.name ?? ''}/${name}`];
    if (b !== undefined) return b;
  }
  if (name === 'ref' && e.attrs.get('type') === 'footnote-mark') return 'mark';
  if (name === 'quote' && e.children.some((c) => c.kind === 'element' && (c.name === 'floatingText' || c.name === 'p'))) return 'quotation';
  if (view === 'reading' && name === 'del') return 'omit';
  return hasRow(name) ? (ROWS[name] as string) : 'inline';
}

/** The HTML dispatch's kind: the behaviour, with the phrase-level elements whose row has an HTML element, datetime or title as 'inline-rich'. */
export function htmlKind(e: NElement, view: View): string {
  const b = behaviour(e, view);
  return b === 'inline' && RICH.has(e.name) ? 'inline-rich' : b;
}

/** tp:html-name: the HTML element an element's row names, when the element has the attribute it needs. */
export function htmlName(e: NElement): string | undefined {
  const row = HTML_NAMES[e.name];
  if (row === undefined) return undefined;
  if (row.needs !== undefined && ![...e.attrs.keys()].some((k) => localName(k) === row.needs)) return undefined;
  return row.html;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** tp:marks: the text editions' marks around an element in a view. */
export function marks(e: NElement, view: View): readonly [string, string] | undefined {
  return MARKS[`${view} ${e.name}`];
}

/** XPath's normalize-space. */
export function normalizeSpace(s: string): string {
  return s.replace(/[ \t\n\r]+/gu, ' ').replace(/^ | $/gu, '');
}

/** The string value of a node: its text, or all the text inside it. */
export function stringValue(n: NNode): string {
  if (n.kind === 'text') return n.text;
  let out = '';
  const walk = (e: NElement): void => {
    for (const c of e.children) {
      if (c.kind === 'text') out += c.text;
      else walk(c);
    }
  };
  walk(n);
  return out;
}

/** XPath's string-length: code points, not UTF-16 units. */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** tp:note-inline: a short editorial remark, kept inline in brackets. */
export function noteInline(note: NElement): boolean {
  return note.attrs.get('type') === 'editorial' && codePoints(normalizeSpace(stringValue(note))) <= 40;
}

const TOKEN_CHARS = /^[A-Za-z0-9-]*$/u;
// XPath's \W (\p{P}, \p{Z}, \p{C}) in ASCII: controls, space and punctuation; $ + < = > ^ ` | ~ are symbols (\w)
const ASCII_NON_WORD = /[\x00-\x20\x7f!"#%&'()*,\-./:;?@[\\\]_{}]+/gu;
// Latin-1 and Latin Extended-A and B: their characters' categories have not changed since
// Unicode 3.0, so saxon-js's tables and V8's agree on them
const STABLE = /^[\x00-\u024f]*$/u;
const NON_WORD = /[\p{P}\p{Z}\p{C}]+/gu;

/** One value of tp:classes: as it is when it is a plain token, else as replace(., '\W+', '-') makes it. */
function classValue(v: string): string {
  if (TOKEN_CHARS.test(v) && !v.includes('--')) return v;
  if (/^[\x00-\x7f]*$/u.test(v)) return v.replace(ASCII_NON_WORD, '-');
  // (beyond the characters whose categories are stable, saxon-js's Unicode tables may not be V8's: left to the stylesheets)
  if (!STABLE.test(v)) throw new Unsupported('a class value beyond Latin');
  return v.replace(NON_WORD, '-');
}

/** tp:classes: "tei-fw tei-fw-stamp", the element's name and its type, subtype and rend. */
export function classes(e: NElement): string {
  const base = `tei-${e.name}`;
  if (e.attrs.size === 0) return base;
  let out = base;
  for (const a of ['type', 'subtype', 'rend']) {
    const v = e.attrs.get(a);
    if (v !== undefined) out += ` ${base}-${classValue(v)}`;
  }
  return out;
}

const isLb = (n: NNode | undefined): n is NElement => n?.kind === 'element' && n.name === 'lb';
/** The node before `n` among its siblings. */
export const previousSibling = (n: NNode): NNode | undefined => (n.parent ? n.parent.children[n.index - 1] : undefined);
/** The node after `n` among its siblings. */
export const nextSibling = (n: NNode): NNode | undefined => (n.parent ? n.parent.children[n.index + 1] : undefined);

/** preceding-sibling::*[1]: the element before `e` among its siblings. */
export function previousElement(e: NElement): NElement | undefined {
  const siblings = e.parent?.children ?? [];
  for (let i = e.index - 1; i >= 0; i--) {
    const s = siblings[i];
    if (s?.kind === 'element') return s;
  }
  return undefined;
}

/** The element children of `e` named `name` (tei:name). */
export function childrenNamed(e: NElement, name: string): NElement[] {
  return e.children.filter((c): c is NElement => c.kind === 'element' && c.name === name);
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/u;

/**
 * tp:item-field: the label a form value belongs to (item/@corresp="#id" → label/@xml:id), when
 * it holds text. id() reads a list of names: several, or one that is not a plain name, are left
 * to the stylesheets.
 */
export function itemField(doc: NDocument, item: NElement): NElement | undefined {
  const corresp = item.attrs.get('corresp');
  if (corresp === undefined || !corresp.startsWith('#')) return undefined;
  const ref = corresp.slice(1);
  if (ref === '') return undefined;
  if (!NCNAME.test(ref)) throw new Unsupported('an item/@corresp that is not one plain id');
  const el = doc.ids.get(ref);
  return el?.name === 'label' && normalizeSpace(stringValue(el)) !== '' ? el : undefined;
}

/** The text editions' and the HTML's title: the first title of each titleStmt (tp:edition's, tp:metadata's), when there is one; several are left to the stylesheets (a type error there). */
export function fileTitle(tei: NElement): NElement | undefined {
  const titles = childrenNamed(tei, 'teiHeader').flatMap((h) => childrenNamed(h, 'fileDesc')).flatMap((f) => childrenNamed(f, 'titleStmt')).flatMap((t) => childrenNamed(t, 'title').slice(0, 1));
  if (titles.length > 1) throw new Unsupported('several titleStmt titles');
  return titles[0];
}

/** True for a text node next to a line break (the rule of html-body.xsl's and tei-to-text.xsl's text() at a break). */
export function atBreak(t: NText): boolean {
  return isLb(previousSibling(t)) || isLb(nextSibling(t));
}

/** The line break after a text node, if it is the next node. */
export function breakAfter(t: NText): NElement | undefined {
  const n = nextSibling(t);
  return isLb(n) ? n : undefined;
}

/** The line break before a text node, if it is the node before. */
export function breakBefore(t: NText): NElement | undefined {
  const n = previousSibling(t);
  return isLb(n) ? n : undefined;
}

/** tp:break-text: a text node next to a line break, as a view shows it. */
export function breakText(t: NText, view: View): string {
  const next = breakAfter(t);
  const s = breakBefore(t) ? t.text.replace(/^[ \t\n\r]+/u, '') : t.text;
  if (next === undefined) return s;
  const trimmed = s.replace(/[ \t\n\r]+$/u, '');
  return view === 'reading' && next.attrs.get('break') === 'no' ? trimmed.replace(/[-\u00ad\u2010]$/u, '') : trimmed;
}

/** tp:gap-label: "[illegible: 2 words]". */
export function gapLabel(gap: NElement): string {
  const extent = gap.attrs.get('extent');
  return `[${gap.attrs.get('reason') ?? 'gap'}${extent !== undefined ? `: ${extent}` : ''}]`;
}

/** XPath's upper-case of the first character, and the rest (tp:capitalise). */
export function capitalise(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return '';
  const c = String.fromCodePoint(first);
  return c.toUpperCase() + s.slice(c.length);
}

const FW_LABELS: Readonly<Record<string, string>> = {
  pageNum: 'Page number', stamp: 'Stamp', classification: 'Classification', 'archival-citation': 'Archival citation',
  folio: 'Folio', idno: 'Document number', 'archival-date': 'Archival date', unclassified: 'Unclassified furniture',
};

/** tp:fw-label: "Archival citation", "Stamp (received)". */
export function fwLabel(fw: NElement): string {
  const type = fw.attrs.get('type');
  const stamp = fw.children.find((c): c is NElement => c.kind === 'element' && c.name === 'stamp')?.attrs.get('type');
  const label = type === undefined ? '' : Object.hasOwn(FW_LABELS, type) ? (FW_LABELS[type] as string) : capitalise(type.replaceAll('-', ' '));
  return label + (stamp !== undefined ? ` (${stamp})` : '');
}

/** tp:document-heading: "1. Letter". */
export function documentHeading(div: NElement): string {
  const n = div.attrs.get('n');
  const head = capitalise(div.attrs.get('subtype') ?? 'document');
  return n !== undefined ? `${n}. ${head}` : head;
}

/** A document's note table (tp:note-table): numbers of marks and notes, the first mark of each note, the numbered notes in order. */
export interface NoteTable {
  readonly number: ReadonlyMap<NElement, number>;
  readonly first: ReadonlySet<NElement>;
  readonly notes: readonly NElement[];
}

export const NO_NOTES: NoteTable = { number: new Map(), first: new Set(), notes: [] };

/** The nearest div around an element. */
function nearestDiv(e: NElement): NElement | undefined {
  for (let p = e.parent; p; p = p.parent) if (p.name === 'div') return p;
  return undefined;
}

/** tp:note-table: the notes and marks whose nearest div is `div`, numbered. */
export function noteTable(div: NElement): NoteTable {
  const parts: NElement[] = [];
  const walk = (e: NElement): void => {
    for (const c of e.children) {
      if (c.kind !== 'element') continue;
      if ((c.name === 'note' || (c.name === 'ref' && c.attrs.get('type') === 'footnote-mark')) && nearestDiv(c) === div) parts.push(c);
      walk(c);
    }
  };
  walk(div);
  if (parts.length === 0) return NO_NOTES;
  const notes = parts.filter((p) => p.name === 'note' && !noteInline(p));
  const numbered = new Set(notes);
  const byN = new Map<string, NElement>();
  for (const n of notes) {
    const key = n.attrs.get('n');
    if (key !== undefined && !byN.has(key)) byN.set(key, n);
  }
  const marked = new Set<NElement>();
  const marksOf = parts.filter((p) => p.name === 'ref' && byN.has(p.attrs.get('n') ?? ''));
  for (const m of marksOf) marked.add(byN.get(m.attrs.get('n') ?? '') as NElement);
  const number = new Map<NElement, number>();
  const first = new Set<NElement>();
  let count = 0;
  // marks and unmarked notes, in document order (parts is)
  for (const p of parts) {
    const isMark = p.name === 'ref' && byN.has(p.attrs.get('n') ?? '');
    const isNote = numbered.has(p) && !marked.has(p);
    if (!isMark && !isNote) continue;
    const note = isMark ? (byN.get(p.attrs.get('n') ?? '') as NElement) : p;
    const known = number.get(note);
    const n = known ?? count + 1;
    number.set(p, n);
    number.set(note, n);
    if (known === undefined) {
      first.add(p);
      count++;
    }
  }
  const inOrder = notes.map((n, i) => ({ n, i, k: number.get(n) ?? Number.POSITIVE_INFINITY })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.n);
  return { number, first, notes: inOrder };
}

/** tp:note-between-blocks: a note standing between blocks (the foot of a page). */
export function noteBetweenBlocks(note: NElement): boolean {
  const parent = note.parent;
  if (parent === undefined) return false;
  const b = behaviour(parent, 'reading');
  return b === 'section' || b === 'container';
}

/** tp:note-has-mark: the reader reaches the note from a mark in the text. */
export function noteHasMark(notes: NoteTable, note: NElement): boolean {
  return !noteBetweenBlocks(note) || !notes.first.has(note);
}

/** tp:note-content: a note's content without its own number label (the space after the label goes with it). */
export function noteContent(note: NElement): NNode[] {
  const [head, ...tail] = note.children;
  const n = normalizeSpace(note.attrs.get('n') ?? '');
  if (head?.kind === 'element' && head.name === 'label' && normalizeSpace(stringValue(head)) === n) {
    const [next, ...rest] = tail;
    if (next?.kind === 'text') {
      const text = next.text.replace(/^[ \t\n\r]+/u, '');
      return text === '' ? rest : [{ kind: 'text', text, parent: undefined, index: 0 }, ...rest];
    }
    return tail;
  }
  return note.children.slice();
}

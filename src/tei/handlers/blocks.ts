import type { Address, CloserItem, DocPart, DocumentNode, EditorialNote, Field, ListNode, OpenerItem } from '../../ir/nodes.js';
import { el, type XElement, type XNode } from '../xml.js';
import { furniture, inlines, pageBreak } from './inline.js';

/** A note: editorial by default; a footnote carries `place="foot"` and its number. */
function noteEl(n: EditorialNote): XElement {
  return el('note', { type: 'editorial', ...n.attrs }, inlines(n.children), n.pos);
}

function address(a: Address): XElement {
  return el('address', {}, a.lines.map((l) => el('addrLine', {}, inlines(l.children), l.pos)), a.pos);
}

/** A header field: `seg` typed by the field, its printed label in `label`; a value that is a list (participants) a `list` of its type inside it. */
function field(f: Field): XElement {
  const label = f.label.length ? [el('label', {}, inlines(f.label)), ' '] : [];
  const value = f.entries ? [listEl({ type: 'list', listType: 'participants', entries: f.entries, pos: f.pos })] : inlines(f.value);
  return el('seg', { type: f.fieldType }, [...label, ...value], f.pos);
}

type Item = OpenerItem | CloserItem;
const itemHandlers: { [T in Item['type']]: (n: Extract<Item, { type: T }>) => XNode[] } = {
  dateline: (n) => [el('dateline', {}, inlines(n.children), n.pos)],
  salute: (n) => [el('salute', {}, inlines(n.children), n.pos)],
  signed: (n) => [el('signed', {}, inlines(n.children), n.pos)],
  field: (n) => [field(n)],
  address: (n) => [address(n)],
  note: (n) => [noteEl(n)],
  pb: pageBreak,
  fw: furniture,
};

function items(nodes: readonly Item[]): XNode[] {
  return nodes.flatMap((n) => (itemHandlers[n.type] as (x: Item) => XNode[])(n));
}

const partHandlers: { [T in DocPart['type']]: (n: Extract<DocPart, { type: T }>) => XNode[] } = {
  pb: pageBreak,
  fw: furniture,
  note: (n) => [noteEl(n)],
  head: (n) => [el('head', {}, inlines(n.children), n.pos)],
  p: (n) => [el('p', {}, inlines(n.children), n.pos)],
  ab: (n) => [el('ab', { type: n.abType }, inlines(n.children), n.pos)],
  opener: (n) => [el('opener', {}, items(n.children), n.pos)],
  closer: (n) => [el('closer', {}, items(n.children), n.pos)],
  postscript: (n) => [el('postscript', {}, n.children.map((p) => el('p', {}, inlines(p.children), p.pos)), n.pos)],
  list: (n) => [listEl(n)],
  // Rows of cells; a row of column heads is role="label".
  table: (n) => [el('table', {}, n.rows.map((r) => el('row', { role: r.role }, r.cells.map((c) => el('cell', {}, inlines(c.children), c.pos)), r.pos)), n.pos)],
  // A whole text quoted inside the document keeps its own opener, body and closer.
  quotedText: (n) => [el('quote', {}, [el('floatingText', {}, [el('body', {}, docParts(n.parts), n.pos)], n.pos)], n.pos)],
};

function docParts(parts: readonly DocPart[]): XNode[] {
  return parts.flatMap((p) => (partHandlers[p.type] as (x: DocPart) => XNode[])(p));
}

/** `list type="…"`: an optional head, then label and item pairs (an item's paragraphs inside it, and a list of items under it). */
function listEl(n: ListNode): XElement {
  const head = n.head ? [el('head', {}, inlines(n.head))] : [];
  // Labels for all entries or for none: TEI lists are items, or label and item pairs.
  const labelled = n.entries.some((e) => e.label.length);
  const entries = n.entries.flatMap((e) => [
    ...(labelled ? [el('label', { 'xml:id': e.id }, inlines(e.label), e.pos)] : []),
    el('item', { corresp: e.corresp ? `#${e.corresp}` : undefined }, e.children.map((p) => (p.type === 'list' ? listEl(p) : el('p', {}, inlines(p.children), p.pos))), e.pos),
  ]);
  return el('list', { type: n.listType }, [...head, ...entries], n.pos);
}

/** `div type="document"` for one document. */
export function documentDiv(d: DocumentNode): XElement {
  return el('div', { type: 'document', subtype: d.kind, n: String(d.n) }, docParts(d.parts), d.pos);
}

/**
 * {@link documentDiv} in pieces: the `div` without its children, and its children made one
 * part at a time as they are read (every part handler makes elements only), for a serializer
 * that writes each part before the next is made. With `release`, each part is taken out of
 * the document as it is made, so the IR shrinks as the text is written; `released` is told
 * after each, with how many of how many parts are written.
 */
export function documentDivParts(d: DocumentNode, release: boolean, released?: (done: number, of: number) => void): { div: XElement; children: Iterable<XElement> } {
  return { div: el('div', { type: 'document', subtype: d.kind, n: String(d.n) }, [], d.pos), children: partElements(d, release, released) };
}

function* partElements(d: DocumentNode, release: boolean, released?: (done: number, of: number) => void): Generator<XElement> {
  const parts: (DocPart | undefined)[] = release ? d.parts.splice(0) : d.parts;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (release) parts[i] = undefined;
    for (const n of docParts([p])) {
      if (typeof n === 'string') throw new Error('A document part made text outside an element.');
      yield n;
    }
    if (release) released?.(i + 1, parts.length);
  }
}

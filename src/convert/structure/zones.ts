import type { CloserItem, DocPart, DocumentNode, Inline, ListEntry, ListNode, Paragraph } from '../../ir/nodes.js';
import { POSTSCRIPT } from './back-matter.js';
import { textOf } from './reconcile.js';
import { makeLists } from './lists.js';
import { correspondents } from './correspondents.js';

/** Parts of the body: what must stand between an opener and a closer. */
const BODY: ReadonlySet<DocPart['type']> = new Set(['p', 'ab']);

/**
 * Settles a built document's zones so that the element sequence is one TEI admits: a closer
 * needs body before it and only back matter after it. A closer followed by more body was a
 * wrong guess and becomes paragraphs again; body after it that opens with `P.S.` is a
 * postscript; a closer with no body before it (a lone `Faithfully,`) is a paragraph.
 * Nothing is dropped or reordered.
 */
export function settleZones(doc: DocumentNode): void {
  const c = doc.parts.findIndex((p) => p.type === 'closer');
  if (c < 0) return;
  const bodyBefore = doc.parts.slice(0, c).some((p) => BODY.has(p.type));
  const after = doc.parts.slice(c + 1);
  const firstBody = after.findIndex((p) => BODY.has(p.type));
  if (bodyBefore && firstBody >= 0 && opensPostscript(after[firstBody]!)) {
    const ps = after.slice(firstBody);
    if (ps.every((p) => p.type === 'p')) {
      doc.parts.splice(c + 1 + firstBody, ps.length, { type: 'postscript', children: ps as Paragraph[], pos: ps[0]!.pos });
      return;
    }
  }
  if (bodyBefore && firstBody < 0) return;
  const closer = doc.parts[c] as Extract<DocPart, { type: 'closer' }>;
  doc.parts.splice(c, 1, ...closer.children.map(dissolve));
  settleZones(doc);
}

/**
 * Participants at the end of an opener (`PARTICIPANTS:` and a name a line) become a list of
 * participants right after it, headed by the printed label: an opener cannot hold a list, and
 * one participant a line is what the header says.
 */
export function participantsOut(doc: DocumentNode): void {
  const at = doc.parts.findIndex((p) => p.type === 'opener');
  const opener = doc.parts[at];
  if (!opener || opener.type !== 'opener') return;
  const last = opener.children[opener.children.length - 1];
  if (last?.type !== 'field' || last.fieldType !== 'participants') return;
  const entries: ListEntry[] = [];
  let cur: Inline[] = [];
  const flush = () => {
    if (cur.some((n) => n.type !== 'text' || /[^ \t]/u.test(n.value))) entries.push({ label: [], children: [{ type: 'p', children: cur, pos: cur[0]!.pos }], pos: cur[0]!.pos });
    cur = [];
  };
  for (const n of last.value) {
    if (n.type === 'lb') flush();
    else if (n.type === 'text' && /;[ \t]*[^ \t]/u.test(n.value)) {
      // `Mr. A; Mr. B`: a semicolon separates participants on one line (it stays with the first).
      let at = 0;
      for (const piece of n.value.split(/(?<=;)/u)) {
        cur.push({ type: 'text', value: piece, pos: { line: n.pos.line, column: n.pos.column + at, offset: n.pos.offset + at } });
        at += piece.length;
        if (piece.endsWith(';')) flush();
      }
    } else cur.push(n);
  }
  flush();
  if (!entries.length) return;
  opener.children.pop();
  const list: ListNode = { type: 'list', listType: 'participants', head: last.label, entries, pos: last.pos };
  doc.parts.splice(at + 1, 0, list);
  if (!opener.children.length) doc.parts.splice(at, 1);
}

function opensPostscript(p: DocPart): boolean {
  return p.type === 'p' && POSTSCRIPT.test(textOf(p.children).replace(/^[ \t\n]+/u, ''));
}

/** A closer's item as a part of the body: its text in a paragraph, milestones as they are. */
function dissolve(x: CloserItem): DocPart {
  switch (x.type) {
    case 'pb':
    case 'fw':
    case 'note':
      return x;
    case 'address':
      return { type: 'p', children: x.lines.flatMap((l, i): Inline[] => (i ? [{ type: 'lb', noBreak: false, pos: l.pos }, ...l.children] : l.children)), pos: x.pos };
    case 'field':
      return { type: 'p', children: [...x.label, ...(x.label.length ? [{ type: 'text' as const, value: ' ', pos: x.pos }] : []), ...x.value], pos: x.pos };
    default:
      return { type: 'p', children: x.children, pos: x.pos };
  }
}

/**
 * Settles an assembled document: its zones into an order TEI admits, participants out of the
 * opener, numbered paragraphs into lists, its correspondents from its header fields.
 */
export function settleDocument(doc: DocumentNode): void {
  settleZones(doc);
  participantsOut(doc);
  makeLists(doc);
  correspondents(doc);
}

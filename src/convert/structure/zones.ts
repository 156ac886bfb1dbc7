import type { CloserItem, DocPart, DocumentNode, Inline, Paragraph } from '../../ir/nodes.js';
import type { LineIndex } from '../../ir/position.js';
import { POSTSCRIPT } from './back-matter.js';
import { textOf } from './reconcile.js';
import { makeLists } from './lists.js';
import { correspondents } from './correspondents.js';
import { participantsOut } from './participants.js';
import { makeTables } from './tables.js';

/** Parts of the body: what must stand between an opener and a closer. */
const BODY: ReadonlySet<DocPart['type']> = new Set(['p', 'ab']);

/**
 * Settles a built document's zones so that the element sequence is one TEI admits: a closer
 * needs body before it and only back matter after it. A closer followed by more body was a
 * wrong guess and becomes paragraphs again; body after it that opens with `P.S.` is a
 * postscript (back matter after it, a closer of copies, stays); a closer with no body before it (a lone `Faithfully,`) is a paragraph.
 * Nothing is dropped or reordered.
 */
export function settleZones(doc: DocumentNode): void {
  const c = doc.parts.findIndex((p) => p.type === 'closer');
  if (c < 0) return;
  const bodyBefore = doc.parts.slice(0, c).some((p) => BODY.has(p.type));
  const after = doc.parts.slice(c + 1);
  const firstBody = after.findIndex((p) => BODY.has(p.type));
  if (bodyBefore && firstBody >= 0 && opensPostscript(after[firstBody]!)) {
    // The postscript's paragraphs run to the next part that is none; only back matter (a
    // closer of copies, milestones) may follow it, never more body.
    const end = after.findIndex((p, i) => i > firstBody && p.type !== 'p');
    const ps = after.slice(firstBody, end < 0 ? after.length : end);
    const rest = end < 0 ? [] : after.slice(end);
    if (!rest.some((p) => BODY.has(p.type))) {
      doc.parts.splice(c + 1 + firstBody, ps.length, { type: 'postscript', children: ps as Paragraph[], pos: ps[0]!.pos });
      return;
    }
  }
  if (bodyBefore && firstBody < 0) return;
  const closer = doc.parts[c] as Extract<DocPart, { type: 'closer' }>;
  doc.parts.splice(c, 1, ...closer.children.map(dissolve));
  settleZones(doc);
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
      return { type: 'p', children: x.lines.flatMap((l, i): Inline[] => (i ? [{ type: 'lb', noBreak: false, offset: l.pos.offset }, ...l.children] : l.children)), pos: x.pos };
    case 'field':
      return { type: 'p', children: [...x.label, ...(x.label.length ? [{ type: 'text' as const, value: ' ', offset: x.pos.offset }] : []), ...x.value], pos: x.pos };
    default:
      return { type: 'p', children: x.children, pos: x.pos };
  }
}

/**
 * Settles an assembled document: its zones into an order TEI admits, participants out of the
 * opener, lines in columns into tables, numbered paragraphs into lists, its correspondents
 * from its header fields.
 */
export function settleDocument(doc: DocumentNode, index: LineIndex): void {
  settleZones(doc);
  participantsOut(doc, index);
  // Before the lists: a table's rows may open with numbers (`1. Registry    File`).
  makeTables(doc, index);
  makeLists(doc, index);
  correspondents(doc);
}

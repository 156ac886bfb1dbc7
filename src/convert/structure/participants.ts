import { inlinePosition, type DocumentNode, type Field, type Inline, type ListEntry, type ListNode, type Opener } from '../../ir/nodes.js';
import type { LineIndex } from '../../ir/position.js';

/** A line that ends unfinished: a comma, a hyphen, or a short lower-case word (`… Secretary of`). */
const GOES_ON = /(?:[,-]|(?:^|[ \t])\p{Ll}{1,4})[ \t]*$/u;
/** A line that opens in lower case goes on from the line before (`  and Fisheries`). */
const LOWER_START = /^[ \t]*\p{Ll}/u;

const visible = (nodes: readonly Inline[]) => nodes.some((n) => n.type !== 'text' || /[^ \t]/u.test(n.value));
const lineText = (nodes: readonly Inline[]) => nodes.map((n) => (n.type === 'text' ? n.value : '')).join('');

/** A value's lines: the inline nodes between its line breaks, each line with the break before it. */
function linesOf(value: readonly Inline[]): { readonly lb?: Inline; readonly nodes: Inline[] }[] {
  const lines: { lb?: Inline; nodes: Inline[] }[] = [{ nodes: [] }];
  for (const n of value) {
    if (n.type === 'lb') lines.push({ lb: n, nodes: [] });
    else lines[lines.length - 1]!.nodes.push(n);
  }
  return lines;
}

/**
 * The participants of a header field, one a line (`PARTICIPANTS:` and a name a line): a line
 * that breaks off (`… Minister of` / `Fisheries`) or a line that opens in lower case goes on
 * with the participant before; a semicolon separates participants on one line (it stays with
 * the first). Nothing is dropped: the line break stays inside an entry that goes on.
 */
function participantEntries(value: readonly Inline[], index: LineIndex): ListEntry[] {
  const entries: ListEntry[] = [];
  let cur: Inline[] = [];
  const flush = () => {
    if (visible(cur)) {
      const pos = inlinePosition(cur[0]!, index);
      entries.push({ label: [], children: [{ type: 'p', children: cur, pos }], pos });
    }
    cur = [];
  };
  let before = '';
  for (const line of linesOf(value)) {
    const text = lineText(line.nodes);
    if (line.lb && visible(cur) && (GOES_ON.test(before) || LOWER_START.test(text))) cur.push(line.lb);
    else flush();
    for (const piece of line.nodes.flatMap(pieces)) {
      if (piece === ';') flush();
      else cur.push(piece);
    }
    before = text;
  }
  flush();
  return entries;
}

/** A text node cut after each semicolon that more text follows on its line; `';'` marks each cut. */
function pieces(n: Inline): (Inline | ';')[] {
  if (n.type !== 'text' || !/;[ \t]*[^ \t]/u.test(n.value)) return [n];
  const out: (Inline | ';')[] = [];
  let at = 0;
  for (const piece of n.value.split(/(?<=;)/u)) {
    out.push({ type: 'text', value: piece, offset: n.offset + at });
    at += piece.length;
    if (piece.endsWith(';')) out.push(';');
  }
  return out;
}

/** The header fields after the participants, as a list of labelled fields (an opener cannot stand after a list). */
function fieldsList(fields: readonly Field[]): ListNode {
  const entries = fields.map((f): ListEntry => ({ label: f.label, children: [{ type: 'p', children: f.value, pos: f.pos }], pos: f.pos }));
  return { type: 'list', listType: 'fields', entries, pos: fields[0]!.pos };
}

/**
 * A participants field of an opener (`PARTICIPANTS:` and a name a line) becomes a list of
 * participants right after the opener, headed by the printed label: an opener cannot hold a
 * list, and one participant a line is what the header says. The fields before it stay in the
 * opener; copies and distribution fields after it (`COPIES TO:`) follow the list as a list of
 * labelled fields, in their order. Participants followed by other header fields (`SUBJECT:`)
 * stay in the opener, the header keeps its fields together (no opener may follow a list),
 * and the participants are a list inside their field (`seg` holds a `list` in TEI). Nothing
 * is dropped or reordered.
 */
export function participantsOut(doc: DocumentNode, index: LineIndex): void {
  const at = doc.parts.findIndex((p) => p.type === 'opener' && p.children.some(isParticipants));
  if (at < 0) return;
  const opener = doc.parts[at] as Opener;
  const k = opener.children.findIndex(isParticipants);
  const field = opener.children[k] as Field;
  const after = opener.children.slice(k + 1);
  const entries = participantEntries(field.value, index);
  if (!entries.length) return;
  if (!after.every((c): c is Field => c.type === 'field' && AFTER_PARTICIPANTS.has(c.fieldType))) {
    // Other header fields follow (`SUBJECT:`): the header keeps its fields together, the participants a list inside their field.
    if (after.some((c) => c.type === 'field' && !AFTER_PARTICIPANTS.has(c.fieldType))) opener.children[k] = { ...field, value: [], entries };
    return;
  }
  opener.children.splice(k);
  const lists: ListNode[] = [{ type: 'list', listType: 'participants', head: field.label, entries, pos: field.pos }, ...(after.length ? [fieldsList(after)] : [])];
  doc.parts.splice(at + 1, 0, ...lists);
  if (!opener.children.length) doc.parts.splice(at, 1);
}

/** Fields that may follow the participants out of the opener: copies and distribution, which stand apart from the header's own fields. */
const AFTER_PARTICIPANTS: ReadonlySet<string> = new Set(['cc', 'distribution', 'enclosure']);

const isParticipants = (c: Opener['children'][number]) => c.type === 'field' && c.fieldType === 'participants';

import type { DocPart, DocumentNode, Inline, ListEntry, ListNode, Paragraph, Text } from '../../ir/nodes.js';
import type { LineIndex } from '../../ir/position.js';

/** A paragraph label: `2.`, `2)`, `(2)`, `(b)`, `b)`, `b.` before a space. */
const LABEL = /^[ \t]*(?:(\d{1,2})[.)]|\((\d{1,2})\)|\(([a-z])\)|([a-z])[.)])(?=[ \t])/u;

/** The label's place in its sequence (`numbers` and `letters` are sequences of their own). */
function ordinal(p: DocPart): { seq: 'n' | 'l'; n: number; length: number } | undefined {
  if (p.type !== 'p') return undefined;
  const first = p.children[0];
  if (first?.type !== 'text') return undefined;
  const m = LABEL.exec(first.value);
  if (!m) return undefined;
  const num = m[1] ?? m[2];
  return num ? { seq: 'n', n: Number(num), length: m[0].length } : { seq: 'l', n: (m[3] ?? m[4])!.charCodeAt(0) - 96, length: m[0].length };
}

const MILESTONES: ReadonlySet<DocPart['type']> = new Set(['pb', 'fw', 'note']);

/**
 * Numbered and lettered paragraphs (`1.` … `2.` …, `(a)` … `(b)` …) become a list whose entries
 * keep the printed label; page milestones between them stay inside the entry they follow.
 * A sequence needs two labels that follow each other: a lone `2.` stays a paragraph. A run of
 * the other sequence from its first label (`(a)`, `(b)` under `1.`) is a list inside the entry
 * above it when the outer sequence goes on after it (`2.`), or when that entry announces it
 * (it ends in a colon): TEI's `item` holds a `list`. Elsewhere such a run is a list of its own.
 */
export function makeLists(doc: DocumentNode, index: LineIndex): void {
  for (let i = 0; i < doc.parts.length; i++) {
    const run = listAt(doc.parts, i, true, index);
    if (run) doc.parts.splice(i, run.end - i, run.list);
  }
}

/** The list whose sequence starts at `i` and the index after its last labelled paragraph; `nest`: a run of the other sequence may stand inside an entry. */
function listAt(parts: readonly DocPart[], i: number, nest: boolean, index: LineIndex): { list: ListNode; end: number } | undefined {
  let last = ordinal(parts[i]!);
  if (!last) return undefined;
  const entries: ListEntry[] = [entryOf(parts[i] as Paragraph, last.length, index)];
  let pending: DocPart[] = [];
  let end = i + 1;
  for (let k = i + 1; k < parts.length; ) {
    const o = ordinal(parts[k]!);
    if (o && o.seq === last.seq && o.n === last.n + 1) {
      for (const m of pending) lastParagraph(entries[entries.length - 1]!).children.push(m as Inline);
      pending = [];
      entries.push(entryOf(parts[k] as Paragraph, o.length, index));
      last = o;
      end = ++k;
    } else if (MILESTONES.has(parts[k]!.type)) pending.push(parts[k++]!);
    else {
      const sub = nest && o && o.seq !== last.seq && o.n === 1 ? listAt(parts, k, false, index) : undefined;
      if (!sub || !(goesOnAfter(parts, sub.end, last) || announces(entries[entries.length - 1]!))) break;
      for (const m of pending) lastParagraph(entries[entries.length - 1]!).children.push(m as Inline);
      pending = [];
      entries[entries.length - 1]!.children.push(sub.list);
      end = k = sub.end;
    }
  }
  return entries.length >= 2 ? { list: { type: 'list', listType: 'numbered', entries, pos: parts[i]!.pos }, end } : undefined;
}

/** The outer sequence goes on after `k` (milestones between allowed): the next label follows `last`. */
function goesOnAfter(parts: readonly DocPart[], k: number, last: { seq: 'n' | 'l'; n: number }): boolean {
  while (k < parts.length && MILESTONES.has(parts[k]!.type)) k++;
  const o = parts[k] ? ordinal(parts[k]!) : undefined;
  return o !== undefined && o.seq === last.seq && o.n === last.n + 1;
}

/** The entry's text ends in a colon: it announces the items under it (`… will take part:`). */
function announces(e: ListEntry): boolean {
  const p = e.children[e.children.length - 1];
  const t = p?.type === 'p' ? p.children[p.children.length - 1] : undefined;
  return t?.type === 'text' && /:[ \t]*$/u.test(t.value);
}

/** The entry's last paragraph, inside the last entry of a list under it when one ends it (where a milestone after it goes). */
function lastParagraph(e: ListEntry): Paragraph {
  const c = e.children[e.children.length - 1]!;
  return c.type === 'p' ? c : lastParagraph(c.entries[c.entries.length - 1]!);
}

function entryOf(p: Paragraph, length: number, index: LineIndex): ListEntry {
  const first = p.children[0] as Text;
  const pos = index.at(first.offset);
  const label: Text = { type: 'text', value: first.value.slice(0, length).replace(/^[ \t]+/u, ''), offset: first.offset };
  // (a text node holds no line break: the rest is on the label's line)
  const restPos = { line: pos.line, column: pos.column + length, offset: pos.offset + length };
  const rest: Inline[] = first.value.length > length ? [{ type: 'text', value: first.value.slice(length), offset: restPos.offset }] : [];
  return { label: [label], children: [{ type: 'p', children: [...rest, ...p.children.slice(1)], pos: restPos }], pos };
}

import type { DocPart, DocumentNode, Inline, ListEntry, Paragraph, Text } from '../../ir/nodes.js';

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
 * A sequence needs two labels that follow each other: a lone `2.` stays a paragraph.
 */
export function makeLists(doc: DocumentNode): void {
  for (let i = 0; i < doc.parts.length; i++) {
    const run = runAt(doc.parts, i);
    if (run.length < 2) continue;
    const end = run[run.length - 1]! + 1;
    const span = doc.parts.slice(i, end);
    const entries: ListEntry[] = [];
    for (const part of span) {
      if (part.type === 'p' && ordinal(part)) entries.push(entryOf(part, ordinal(part)!.length));
      else (entries[entries.length - 1]!.children.at(-1)!.children as Inline[]).push(part as Inline);
    }
    doc.parts.splice(i, end - i, { type: 'list', listType: 'numbered', entries, pos: span[0]!.pos });
  }
}

/** Indexes of the labelled paragraphs of the sequence that starts at `i` (milestones between allowed). */
function runAt(parts: readonly DocPart[], i: number): number[] {
  const first = ordinal(parts[i]!);
  if (!first) return [];
  const out = [i];
  let last = first;
  for (let k = i + 1; k < parts.length; k++) {
    const o = ordinal(parts[k]!);
    if (o && o.seq === last.seq && o.n === last.n + 1) {
      out.push(k);
      last = o;
    } else if (!MILESTONES.has(parts[k]!.type)) break;
  }
  return out;
}

function entryOf(p: Paragraph, length: number): ListEntry {
  const first = p.children[0] as Text;
  const pos = first.pos;
  const label: Text = { type: 'text', value: first.value.slice(0, length).replace(/^[ \t]+/u, ''), pos };
  const restPos = { line: pos.line, column: pos.column + length, offset: pos.offset + length };
  const rest: Inline[] = first.value.length > length ? [{ type: 'text', value: first.value.slice(length), pos: restPos }] : [];
  return { label: [label], children: [{ type: 'p', children: [...rest, ...p.children.slice(1)], pos: restPos }], pos };
}

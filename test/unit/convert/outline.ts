import type { DocPart, DocumentNode, Inline, ListEntry } from '../../../src/ir/nodes.js';

/** Plain text of inline nodes (for compact assertions). */
export function text(nodes: readonly Inline[]): string {
  return nodes.map((n) => ('value' in n ? n.value : n.type === 'lb' ? ' ' : 'children' in n ? text(n.children) : n.type === 'gap' ? `[${n.desc}]` : '')).join('');
}

/** An entry's paragraphs as plain text (a list inside it left out). */
const entryText = (e: ListEntry) => text(e.children.flatMap((c) => (c.type === 'p' ? c.children : [])));

function part(p: DocPart | { type: string }): string {
  const n = p as DocPart;
  switch (n.type) {
    case 'pb': return `pb ${n.n}${n.inferred ? '?' : ''}`;
    case 'fw': return `fw ${n.kind}${n.place ? `@${n.place}` : ''}${n.n ? ` ${n.n}` : ''}: ${text(n.children)}`;
    case 'head': return `head: ${text(n.children)}`;
    case 'p': return `p: ${n.children.filter((c) => c.type === 'pb').map((c) => `[pb ${(c as { n: string; inferred: boolean }).n}${(c as { inferred: boolean }).inferred ? '?' : ''}]`).join('')}${text(n.children).slice(0, 24)}`;
    case 'ab': return `ab ${n.abType}: ${text(n.children)}`;
    case 'opener':
    case 'closer':
      return `${n.type}(${n.children.map((c) => ('fieldType' in c ? `${c.fieldType}=${c.entries ? `[${c.entries.map(entryText).join(' / ')}]` : text(c.value)}` : c.type === 'address' ? `address×${c.lines.length}` : c.type === 'pb' || c.type === 'fw' ? part(c) : `${c.type}: ${text(c.children)}`)).join(' | ')})`;
    case 'postscript': return `postscript`;
    case 'list': return `list ${n.listType}: ${n.entries.map((e) => text(e.label)).join(' ')}`;
    case 'table': return `table(${n.rows.map((r) => `${r.role ? `${r.role}: ` : ''}${r.cells.map((c) => text(c.children)).join(' | ')}`).join('; ')})`;
  }
  // A part kind this outline does not spell out yet still shows, so that nothing vanishes from it.
  return (p as { type: string }).type;
}

/** A compact outline of a document: its kind and each part on one line. */
export function outline(d: DocumentNode): string[] {
  return [`${d.kind}${d.date ? ` ${d.date}` : ''}${d.classification ? ` ${d.classification}` : ''}`, ...d.parts.map(part)];
}

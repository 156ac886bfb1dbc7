import type { Furniture, Inline, PageBreak, Span } from '../../ir/nodes.js';
import { el, type XNode } from '../xml.js';

/** `pb`: `cert="medium"` marks a number inferred from the sequence. */
export function pageBreak(n: PageBreak): XNode[] {
  return [el('pb', { n: n.n, break: n.noBreak ? 'no' : undefined, cert: n.inferred ? 'medium' : undefined }, [], n.pos)];
}

/** `fw` with its type, place and normalised number; a stamp wraps its text in `stamp`. */
export function furniture(f: Furniture): XNode[] {
  const type = f.kind === 'running-head' ? 'header' : f.kind;
  const content = inlines(f.children);
  const children = f.kind === 'stamp' ? [el('stamp', { type: f.stampType }, content)] : content;
  return [el('fw', { type, place: f.place, n: f.n, cert: f.nInferred ? 'medium' : undefined }, children, f.pos)];
}

type NodeOf<T extends Inline['type']> = T extends Span['type'] ? Span : Extract<Inline, { type: T }>;
type Handler<T extends Inline['type']> = (n: NodeOf<T>) => XNode[];

/** One handler per inline node type. */
const handlers: { [T in Inline['type']]: Handler<T> } = {
  text: (n) => [n.value],
  lb: (n) => ['\n', el('lb', { break: n.noBreak ? 'no' : undefined }, [], n.offset)],
  pb: pageBreak,
  fw: furniture,
  del: (n) => [el('del', { ...n.attrs }, inlines(n.children), n.offset)],
  add: (n) => [el('add', { ...n.attrs }, inlines(n.children), n.offset)],
  unclear: (n) => [el('unclear', { ...n.attrs }, inlines(n.children), n.offset)],
  q: (n) => [el('q', {}, inlines(n.children), n.offset)],
  ref: (n) => [el('ref', { ...n.attrs }, inlines(n.children), n.offset)],
  seg: (n) => [el('seg', { ...n.attrs }, inlines(n.children), n.offset)],
  label: (n) => [el('label', { ...n.attrs }, inlines(n.children), n.offset)],
  sic: (n) => [el('sic', { ...n.attrs }, inlines(n.children), n.offset)],
  corr: (n) => [el('corr', { ...n.attrs }, inlines(n.children), n.offset)],
  choice: (n) => [el('choice', { ...n.attrs }, inlines(n.children), n.offset)],
  supplied: (n) => [el('supplied', { ...n.attrs }, inlines(n.children), n.offset)],
  placeName: (n) => [el('placeName', { ...n.attrs }, inlines(n.children), n.offset)],
  note: (n) => [el('note', { type: 'editorial', ...n.attrs }, inlines(n.children), n.pos)],
  date: (n) => [el('date', { when: n.when, from: n.from, to: n.to, cert: n.inferred ? 'medium' : undefined }, inlines(n.children), n.offset)],
  gap: (n) => [el('gap', { reason: n.reason, extent: n.extent }, [el('desc', {}, [n.desc])], n.offset)],
};

/** Converts inline nodes to XML nodes. */
export function inlines(nodes: readonly Inline[]): XNode[] {
  return nodes.flatMap((n) => (handlers[n.type] as (x: Inline) => XNode[])(n));
}

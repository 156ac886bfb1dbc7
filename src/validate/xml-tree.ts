/**
 * A small XML reader that keeps the line and column of every start tag, attribute and text
 * node — what rule checks need to report a place, and what fast-xml-parser does not give.
 * It expects input that has already passed the well-formedness check (`well-formed.ts`); on
 * anything else it still returns a tree (best effort), never throws. DOCTYPEs are skipped, not
 * read: entities other than the five predefined ones and character references stay literal.
 */
import { LineIndex } from '../ir/position.js';

/** 1-based line and column of a node's first character (`<` for elements). */
export interface XPlace {
  readonly line: number;
  readonly column: number;
}

/** One attribute, with the place of its name. */
export interface XAttr extends XPlace {
  readonly name: string;
  readonly value: string;
}

/** A text node (character data, entity references resolved). */
export interface XText extends XPlace {
  readonly kind: 'text';
  readonly text: string;
}

/** An element; `ns` is the resolved namespace URI ('' for none). */
export interface XElement extends XPlace {
  readonly kind: 'element';
  readonly name: string;
  readonly local: string;
  readonly ns: string;
  readonly attrs: readonly XAttr[];
  readonly children: (XElement | XText)[];
  readonly parent?: XElement;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;
const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
const TAG = /<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/y;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Resolves the predefined entities and character references in `s`. */
export function decodeReferences(s: string): string {
  return s.replace(REFERENCE, (all, ref: string) => {
    if (ref.startsWith('#x')) return safeChar(parseInt(ref.slice(2), 16), all);
    if (ref.startsWith('#')) return safeChar(parseInt(ref.slice(1), 10), all);
    return PREDEFINED[ref] ?? all;
  });
}

function safeChar(code: number, fallback: string): string {
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Skips markup that is not an element or text: comments, PIs, CDATA (kept as text), DOCTYPE. */
const SKIPS: readonly [string, string][] = [['<!--', '-->'], ['<?', '?>'], ['<!DOCTYPE', '>']];

interface Frame {
  el: XElement;
  nsMap: Map<string, string>;
}

function makeElement(name: string, rawAttrs: string, tagOffset: number, idx: LineIndex, parent: Frame | undefined): Frame {
  const nsMap = new Map(parent?.nsMap ?? [['xml', XML_NS]]);
  const attrs: XAttr[] = [];
  const attrStart = tagOffset + 1 + name.length;
  for (const m of rawAttrs.matchAll(ATTR)) {
    const value = decodeReferences(m[3] ?? m[4] ?? '');
    const key = m[1] ?? '';
    if (key === 'xmlns') nsMap.set('', value);
    else if (key.startsWith('xmlns:')) nsMap.set(key.slice(6), value);
    const p = idx.at(attrStart + (m.index ?? 0));
    attrs.push({ name: key, value, line: p.line, column: p.column });
  }
  const colon = name.indexOf(':');
  const prefix = colon > 0 ? name.slice(0, colon) : '';
  const p = idx.at(tagOffset);
  const el: XElement = {
    kind: 'element', name, local: colon > 0 ? name.slice(colon + 1) : name,
    ns: nsMap.get(prefix) ?? '', attrs, children: [], line: p.line, column: p.column,
    ...(parent ? { parent: parent.el } : {}),
  };
  parent?.el.children.push(el);
  return { el, nsMap };
}

/** Parses `text` into its root element (undefined when there is none). */
export function parseTree(text: string): XElement | undefined {
  const idx = new LineIndex(text);
  const stack: Frame[] = [];
  let root: XElement | undefined;
  let i = 0;
  const pushText = (from: number, to: number, raw: boolean): void => {
    const top = stack[stack.length - 1];
    if (!top || to <= from) return;
    const p = idx.at(from);
    const s = text.slice(from, to);
    top.el.children.push({ kind: 'text', text: raw ? s : decodeReferences(s), line: p.line, column: p.column });
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) break;
    pushText(i, lt, false);
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      pushText(lt + 9, end === -1 ? text.length : end, true);
      i = end === -1 ? text.length : end + 3;
      continue;
    }
    const skip = SKIPS.find(([open]) => text.startsWith(open, lt));
    if (skip) {
      const end = text.indexOf(skip[1], lt + skip[0].length);
      i = end === -1 ? text.length : end + skip[1].length;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (!m) { i = lt + 1; continue; }
    i = TAG.lastIndex;
    const [, close, name = '', rawAttrs = '', selfClose] = m;
    if (close) { stack.pop(); continue; }
    const frame = makeElement(name, rawAttrs, lt, idx, stack[stack.length - 1]);
    root ??= frame.el;
    if (!selfClose) stack.push(frame);
  }
  return root;
}

/** All elements of the tree in document order. */
export function* elements(root: XElement): Generator<XElement> {
  yield root;
  for (const c of root.children) if (c.kind === 'element') yield* elements(c);
}

/** The concatenated text content of an element. */
export function textOf(el: XElement): string {
  return el.children.map((c) => (c.kind === 'text' ? c.text : textOf(c))).join('');
}

/** The value of attribute `name` (qualified name as written, e.g. `xml:id`). */
export function attr(el: XElement, name: string): XAttr | undefined {
  return el.attrs.find((a) => a.name === name);
}

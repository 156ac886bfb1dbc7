/**
 * One parse of a document into the positioned tree (`xml-nodes.ts`), with saxes — a
 * conforming, namespace-aware XML parser that reports where it is. The parse is also the
 * well-formedness check: the first error stops it, with its line and column. A DOCTYPE is
 * reported as such (only a real one: `<!DOCTYPE` inside a comment, CDATA section or
 * processing instruction is just text there). saxes expands no entity other than the five
 * predefined ones and character references, so nothing is ever fetched or expanded.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LineIndex } from '../ir/position.js';
import type { XAttr, XElement, XText } from './xml-nodes.js';

/** Why a text is not a well-formed document: the first error, or a DOCTYPE at its place. */
export interface TreeError {
  readonly kind: 'not-well-formed' | 'doctype';
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The root element, or the first reason there is none. */
export type TreeResult = { readonly ok: true; readonly root: XElement } | { readonly ok: false; readonly error: TreeError };

/** Thrown inside saxes handlers (or the quick builder) to stop at the first problem. */
export class Stop extends Error {
  constructor(readonly error: TreeError) { super(error.message); }
}

/** An attribute name and its `=` value, in a start tag already known to be well-formed. */
const ATTRIBUTE = /([^ \t\r\n=<>"'/]+)[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*')/gu;

// Namespaces are resolved here, not by saxes: its resolution chains one prototype per open
// element, which made 20,000 nested elements take 3.6 s (quadratic in depth).
type Parser = SaxesParser<{ xmlns: false; position: true }>;
/** Namespace prefix → URI in force inside an element. */
export type Scope = ReadonlyMap<string, string>;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** The scope outside the root: the two prefixes bound by definition. */
export const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([['xml', XML_NS], ['xmlns', 'http://www.w3.org/2000/xmlns/']]);

/**
 * Line and column of offsets asked for in (mostly) rising order, as a parse asks: the cursor
 * moves forward line by line, so a whole document costs O(length); a step back searches.
 */
export class Cursor {
  private line = 1;
  private start = 0;
  private next: number;

  constructor(private readonly text: string, private readonly idx: LineIndex) {
    this.next = text.indexOf('\n');
  }

  /** 1-based line and column of `offset`. */
  at(offset: number): { line: number; column: number } {
    if (offset < this.start) return this.idx.at(offset);
    while (this.next !== -1 && this.next < offset) {
      this.line++;
      this.start = this.next + 1;
      this.next = this.text.indexOf('\n', this.start);
    }
    return { line: this.line, column: offset - this.start + 1 };
  }
}

/** The tree being built, shared by the saxes handlers and the quick builder (quick-tree.ts). */
export interface Builder {
  readonly text: string;
  readonly idx: Cursor;
  readonly stack: XElement[];
  /** The namespace scope of each open element (shared with the parent when it declares none). */
  readonly scopes: Scope[];
  root?: XElement;
  /** Offset just past the last markup (or text) handled: where the next node starts. */
  lastEnd: number;
}

/** The scope inside an element: its parent's, plus the namespaces its attributes declare. */
function scopeOf(parent: Scope, attributes: Record<string, string>): Scope {
  let scope: Map<string, string> | undefined;
  for (const name in attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(name === 'xmlns' ? '' : name.slice(6), attributes[name] ?? '');
  }
  return scope ?? parent;
}

const prefixOf = (name: string): string => { const c = name.indexOf(':'); return c > 0 ? name.slice(0, c) : ''; };

/** The namespace of a qualified name in `scope` (unprefixed attributes have none); stops when unbound. */
function resolve(b: Builder, scope: Scope, name: string, lt: number, isElement: boolean): string {
  const prefix = prefixOf(name);
  if (prefix === '' && !isElement) return '';
  const uri = scope.get(prefix);
  if (uri !== undefined) return uri;
  if (prefix === '') return '';
  const at = b.idx.at(lt);
  throw new Stop({ kind: 'not-well-formed', line: at.line, column: at.column, message: `The namespace prefix ${prefix} of ${name} is not declared.` });
}

function attributesOf(b: Builder, tag: StartTag, scope: Scope, lt: number): XAttr[] {
  const names = Object.keys(tag.attributes);
  if (names.length === 0) return [];
  // saxes gives the attributes in document order: the k-th `name=value` of the tag is names[k].
  ATTRIBUTE.lastIndex = lt + tag.name.length + 1;
  return names.map((name, k) => {
    resolve(b, scope, name, lt, false);
    const known = tag.places?.[k];
    const m = known === undefined ? ATTRIBUTE.exec(b.text) : null;
    const p = b.idx.at(known ?? (m && m[1] === name ? m.index : lt));
    return { name, value: tag.attributes[name] ?? '', line: p.line, column: p.column };
  });
}

/** A start tag as both tokenizers give it: qualified name, attributes in document order. */
export interface StartTag {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly isSelfClosing: boolean;
  /** Offsets of the attribute names, in order, when the tokenizer already knows them. */
  readonly places?: readonly number[];
}

/** Opens the element of a start tag ending just before offset `end`. */
export function openAt(b: Builder, tag: StartTag, end: number): void {
  // No raw `<` can occur inside a start tag, so the last one before its end is its own.
  const lt = b.text.lastIndexOf('<', end - 1);
  const parent = b.stack[b.stack.length - 1];
  const scope = scopeOf(b.scopes[b.scopes.length - 1] ?? ROOT_SCOPE, tag.attributes);
  const place = b.idx.at(lt);
  const prefix = prefixOf(tag.name);
  const el: XElement = {
    kind: 'element', name: tag.name, local: prefix === '' ? tag.name : tag.name.slice(prefix.length + 1),
    ns: resolve(b, scope, tag.name, lt, true), attrs: attributesOf(b, tag, scope, lt),
    children: [], line: place.line, column: place.column, parent,
  };
  parent?.children.push(el);
  b.root ??= el;
  if (!tag.isSelfClosing) { b.stack.push(el); b.scopes.push(scope); }
  b.lastEnd = end;
}

/** Closes the open element at an end tag ending just before offset `end` (nothing for a self-closing tag). */
export function closeAt(b: Builder, tag: StartTag, end: number): void {
  if (tag.isSelfClosing) return;
  const el = b.stack.pop();
  b.scopes.pop();
  const lt = b.text.lastIndexOf('</', end - 1);
  const written = b.text.slice(lt + 2, end - 1).replace(/[ \t\r\n]+$/u, '');
  if (el && written !== el.name) {
    const at = b.idx.at(lt);
    throw new Stop({ kind: 'not-well-formed', line: at.line, column: at.column, message: `The closing tag </${written}> does not match the open element <${el.name}> of line ${el.line}, column ${el.column}.` });
  }
  b.lastEnd = end;
}

/** Adds character data starting at offset `from` to the open element (none outside the root). */
export function pushText(b: Builder, s: string, from: number): void {
  const top = b.stack[b.stack.length - 1];
  if (!top || s === '') return;
  const p = b.idx.at(from);
  const node: XText = { kind: 'text', text: s, line: p.line, column: p.column };
  top.children.push(node);
}

function handlers(b: Builder, p: Parser): void {
  const markupEnd = (): void => { b.lastEnd = p.position; };
  p.on('opentag', (tag: SaxesTagPlain) => openAt(b, tag, p.position));
  p.on('closetag', (tag: SaxesTagPlain) => closeAt(b, tag, p.position));
  // Text is reported when the next `<` has been read: it ends one code unit before.
  p.on('text', (s) => { pushText(b, s, b.lastEnd); b.lastEnd = p.position - 1; });
  p.on('cdata', (s) => { pushText(b, s, b.lastEnd + '<![CDATA['.length); markupEnd(); });
  p.on('comment', markupEnd);
  p.on('processinginstruction', markupEnd);
  p.on('xmldecl', markupEnd);
  p.on('doctype', () => {
    const at = b.idx.at(b.text.indexOf('<!DOCTYPE', b.lastEnd));
    throw new Stop({ kind: 'doctype', line: at.line, column: at.column, message: 'The file has a DOCTYPE declaration.' });
  });
  p.on('error', (e) => {
    // saxes prefixes its message with the place; the place is given separately.
    const message = e.message.replace(/^\d+:\d+: /u, '');
    throw new Stop({ kind: 'not-well-formed', line: p.line, column: p.columnIndex + 1, message });
  });
}

/** Parses `text` (already decoded, BOM removed) into its positioned tree; never throws. */
export function parsePositioned(text: string): TreeResult {
  const b: Builder = { text, idx: new Cursor(text, new LineIndex(text)), stack: [], scopes: [], lastEnd: 0 };
  const p: Parser = new SaxesParser({ xmlns: false, position: true });
  handlers(b, p);
  try {
    p.write(text).close();
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: e.error };
    return { ok: false, error: { kind: 'not-well-formed', line: p.line, column: p.columnIndex + 1, message: e instanceof Error ? e.message : String(e) } };
  }
  return b.root ? { ok: true, root: b.root } : { ok: false, error: { kind: 'not-well-formed', line: 1, column: 1, message: 'The document has no root element.' } };
}

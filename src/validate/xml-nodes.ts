/**
 * The positioned tree every validation layer shares: elements, attributes and text nodes with
 * the 1-based line and column (UTF-16 code units, as everywhere in teipress) of their first
 * character. Built once per document by `positioned-tree.ts`; these are its types and the
 * read-only helpers rules use.
 */

/** 1-based line and column of a node's first character (`<` for elements). */
export interface XPlace {
  readonly line: number;
  readonly column: number;
}

/** One attribute (qualified name as written, e.g. `xml:id`), with the place of its name. */
export interface XAttr extends XPlace {
  readonly name: string;
  readonly value: string;
}

/** A text node (character data or CDATA, references resolved). */
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

/** `root` and all its descendant elements in document order (iterative: any depth). */
export function* elements(root: XElement): Generator<XElement> {
  const stack: XElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as XElement;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c?.kind === 'element') stack.push(c);
    }
  }
}

/** {@link elements} as an array (the rule checks list it once per document, for all rules). */
export function elementList(root: XElement): readonly XElement[] {
  return [...elements(root)];
}

/** The element children of `el`, in order. */
export function childElements(el: XElement): XElement[] {
  return el.children.filter((c): c is XElement => c.kind === 'element');
}

/** The concatenated text content of an element (iterative: any depth). */
export function textOf(el: XElement): string {
  const parts: string[] = [];
  const stack: (XElement | XText)[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as XElement | XText;
    if (n.kind === 'text') { parts.push(n.text); continue; }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as XElement | XText);
  }
  return parts.join('');
}

/** The attribute `name` (qualified name as written, e.g. `xml:id`). */
export function attr(el: XElement, name: string): XAttr | undefined {
  return el.attrs.find((a) => a.name === name);
}

// XML's white space (the S production: space, tab, CR, LF) — not `trim()`'s, which also takes
// U+FEFF, U+00A0 and other characters that are text to an encoder.
const XML_SPACE_EDGES = /^[ \t\r\n]+|[ \t\r\n]+$/gu;

/** The string without XML white space at either end. */
export function trimXmlSpace(s: string): string {
  return s.replace(XML_SPACE_EDGES, '');
}

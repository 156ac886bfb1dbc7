/**
 * What a rule check is: a pure function of a positioned TEI tree and a `report` sink. Rules
 * are data (`registry.ts` lists the built-ins); callers pass the list to run in ValidateOptions.rules.
 */
import type { Report } from '../../diagnostics/diagnostic.js';
import { TEI_NS } from '../well-formed.js';
import { attr, type XElement } from '../xml-nodes.js';

/** What a rule sees: the document text, its positioned tree, and the report sink. */
export interface RuleContext {
  readonly text: string;
  readonly root: XElement;
  /** Every element of the tree in document order, listed once per document for all rules. */
  readonly elements: readonly XElement[];
  /** The TEI elements of `elements` by local name, in document order, indexed once per document for all rules. */
  readonly teiByName: ReadonlyMap<string, readonly XElement[]>;
  readonly report: Report;
}

/** A rule check: a name (the file's name) and a pure check. */
export interface Rule {
  readonly name: string;
  check(ctx: RuleContext): void;
}

/** True when `el` is the TEI element `local`. */
export function isTei(el: XElement, local: string): boolean {
  return el.ns === TEI_NS && el.local === local;
}

/** The TEI elements of `all` (a document's elements) by local name, in document order: one pass. */
export function teiIndex(all: readonly XElement[]): Map<string, XElement[]> {
  const index = new Map<string, XElement[]>();
  for (const e of all) {
    if (e.ns !== TEI_NS) continue;
    const list = index.get(e.local);
    if (list) list.push(e);
    else index.set(e.local, [e]);
  }
  return index;
}

/** The TEI elements named `local` in a document's index (`RuleContext.teiByName`), in document order (a new array). */
export function teiElements(byName: ReadonlyMap<string, readonly XElement[]>, local: string): XElement[] {
  return [...(byName.get(local) ?? [])];
}

/** The nearest ancestor (or self) that is TEI element `local` and satisfies `test`. */
export function closest(el: XElement, local: string, test: (e: XElement) => boolean = () => true): XElement | undefined {
  for (let e: XElement | undefined = el; e; e = e.parent) if (isTei(e, local) && test(e)) return e;
  return undefined;
}

/** The value of an attribute, or undefined. */
export function attrValue(el: XElement, name: string): string | undefined {
  return attr(el, name)?.value;
}

/** The place of an attribute if present, else of the element. */
export function placeOf(el: XElement, attrName?: string): { line: number; column: number } {
  const a = attrName ? attr(el, attrName) : undefined;
  return a ? { line: a.line, column: a.column } : { line: el.line, column: el.column };
}

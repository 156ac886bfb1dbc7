/**
 * Finds the column libxml2 does not give: a RELAX NG error carries a line, an XPath of the
 * context node and a message naming an element; the column is that of the `<` of the named
 * element's start tag on that line (or of the context element, or the line's first element).
 */
import { elements, type XElement } from './xml-tree.js';

/** Message shapes that name the offending element, most specific first. */
const NAMED: readonly RegExp[] = [
  /extra content: (\S+)/,
  /Did not expect element (\S+)/,
  /Expecting element \S+, got (\S+)/,
  /for element (\S+)/,
  /Element (\S+)/,
  /element (\S+)/,
];

/** The element name a libxml2 RELAX NG message is about, if it names one. */
export function elementNamed(message: string): string | undefined {
  for (const re of NAMED) {
    const m = re.exec(message);
    if (m?.[1]) return m[1].replace(/[.,:]$/, '');
  }
  return undefined;
}

/** Follows libxml2's `/*\/*[2]/…` path from the root (element children only). */
export function elementAtPath(root: XElement, xpath: string | undefined): XElement | undefined {
  if (!xpath) return undefined;
  const steps = xpath.split('/').filter((s) => s !== '');
  let el: XElement | undefined = root;
  for (const [k, step] of steps.entries()) {
    if (k === 0) continue; // the first step is the root itself
    const n = Number(/\[(\d+)\]$/.exec(step)?.[1] ?? '1');
    const kids: XElement[] = el ? el.children.filter((c): c is XElement => c.kind === 'element') : [];
    el = kids[n - 1];
    if (!el) return undefined;
  }
  return el;
}

/** The element an error on `line` is about, as described above (undefined when none). */
export function elementFor(root: XElement, line: number, message: string, xpath?: string): XElement | undefined {
  const onLine = [...elements(root)].filter((e) => e.line === line);
  const name = elementNamed(message);
  const named = onLine.find((e) => e.name === name || e.local === name);
  if (named) return named;
  const ctx = elementAtPath(root, xpath);
  // libxml2 gives the parent's line for an unexpected child: look among the parent's children.
  const child = ctx?.children.find((c): c is XElement => c.kind === 'element' && (c.name === name || c.local === name));
  if (child) return child;
  return ctx && ctx.line === line ? ctx : onLine[0];
}

/** True when `inner` is `outer` or lies inside it. */
export function contains(outer: XElement, inner: XElement): boolean {
  for (let e: XElement | undefined = inner; e; e = e.parent) if (e === outer) return true;
  return false;
}

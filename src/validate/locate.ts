/**
 * Finds the node a libxml2 RELAX NG error is about. libxml2 gives a line, the XPath of the
 * context node (`/*\/*[2]/…`, element children only) and a message that usually names an
 * element or attribute; the place is that element's `<` (or the attribute's name) in the
 * positioned tree. Lookups go through per-document indexes built once, so locating k errors
 * in a document of n elements costs O(n + k·depth), not O(n·k).
 */
import { attr, childElements, elements, type XElement, type XPlace } from './xml-nodes.js';

/** Message shapes that name the offending element, most specific first. */
const NAMED: readonly RegExp[] = [
  /extra content: ([^ \t\n]+)/u,
  /Did not expect element ([^ \t\n]+)/u,
  /Expecting element [^ \t\n]+, got ([^ \t\n]+)/u,
  /for element ([^ \t\n]+)/u,
  /Element ([^ \t\n]+)/u,
  /element ([^ \t\n]+)/u,
];

/** An attribute error names the attribute: its place is the attribute's name. */
const ATTRIBUTE = /(?:Invalid attribute|Attribute) ([^ \t\n]+) (?:for|of) element ([^ \t\n]+)/u;

/** The element name a libxml2 RELAX NG message is about, if it names one. */
export function elementNamed(message: string): string | undefined {
  for (const re of NAMED) {
    const m = re.exec(message);
    if (m?.[1]) return m[1].replace(/[.,:]$/u, '');
  }
  return undefined;
}

/** Per-document indexes over a positioned tree (built on first use). */
export class Locator {
  private lines?: Map<number, XElement[]>;
  private readonly kids = new WeakMap<XElement, XElement[]>();

  constructor(readonly root: XElement) {}

  /** The elements whose start tag begins on `line`, in document order. */
  onLine(line: number): readonly XElement[] {
    if (!this.lines) {
      this.lines = new Map();
      for (const e of elements(this.root)) {
        const l = this.lines.get(e.line);
        if (l) l.push(e);
        else this.lines.set(e.line, [e]);
      }
    }
    return this.lines.get(line) ?? [];
  }

  /** The element children of `el` (cached). */
  children(el: XElement): readonly XElement[] {
    let k = this.kids.get(el);
    if (!k) { k = childElements(el); this.kids.set(el, k); }
    return k;
  }

  /** Follows libxml2's `/*\/*[2]/…` path from the root. */
  atPath(xpath: string | undefined): XElement | undefined {
    if (!xpath) return undefined;
    const steps = xpath.split('/').filter((s) => s !== '');
    let el: XElement | undefined = this.root;
    for (const step of steps.slice(1)) {
      const n = Number(/\[(\d+)\]$/u.exec(step)?.[1] ?? '1');
      el = el ? this.children(el)[n - 1] : undefined;
      if (!el) return undefined;
    }
    return el;
  }
}

const named = (e: XElement, name: string | undefined): boolean => e.name === name || e.local === name;

/** The element an error on `line` is about (the context node, a named child, or one on the line). */
export function elementFor(loc: Locator, line: number, message: string, xpath?: string): XElement | undefined {
  const name = elementNamed(message);
  const ctx = loc.atPath(xpath);
  if (ctx && ctx.line === line && named(ctx, name)) return ctx;
  const onLine = loc.onLine(line);
  const hit = onLine.find((e) => named(e, name));
  if (hit) return hit;
  // libxml2 gives the parent's line for an unexpected child: look among the parent's children.
  const child = ctx ? loc.children(ctx).find((c) => named(c, name)) : undefined;
  return child ?? (ctx && ctx.line === line ? ctx : onLine[0]);
}

/** The place to report: the named attribute of `el` when the message is about one, else `el`. */
export function placeFor(el: XElement, message: string): XPlace {
  if (TEXT.test(message)) return firstText(el) ?? el;
  const m = ATTRIBUTE.exec(message);
  const a = m && named(el, m[2]) ? attr(el, m[1] ?? '') : undefined;
  return a ?? el;
}

/** Text where the content model admits none: libxml2 names the parent; the text is the place. */
const TEXT = /^Did not expect text in element /u;

/** The first text child of `el` that is not only white space. */
function firstText(el: XElement): XPlace | undefined {
  const t = el.children.find((c) => c.kind === 'text' && /[^ \t\r\n]/u.test(c.text));
  if (!t || t.kind !== 'text') return undefined;
  // The text node starts where the previous markup ended; report its first non-white character.
  const lead = /^[ \t\r\n]*/u.exec(t.text)?.[0] ?? '';
  const nl = lead.lastIndexOf('\n');
  return nl === -1 ? { line: t.line, column: t.column + lead.length } : { line: t.line + (lead.match(/\n/gu)?.length ?? 0), column: lead.length - nl };
}

/** True when `inner` is `outer` or lies inside it. */
export function contains(outer: XElement, inner: XElement): boolean {
  for (let e: XElement | undefined = inner; e; e = e.parent) if (e === outer) return true;
  return false;
}

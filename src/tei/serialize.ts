import type { SourceMapEntry } from './source-map.js';
import { escapeAttr, escapeText, type XElement, type XNode } from './xml.js';

/** Elements whose content is always written on one line (phrase-level content). */
const MIXED: ReadonlySet<string> = new Set([
  'p', 'head', 'ab', 'salute', 'signed', 'dateline', 'addrLine', 'seg', 'fw', 'note', 'title', 'resp', 'name',
  'publisher', 'licence', 'repository', 'collection', 'idno', 'persName', 'placeName', 'orgName', 'change',
  'catDesc', 'origDate', 'date', 'label', 'q', 'del', 'add', 'unclear', 'ref', 'stamp', 'desc', 'edition', 'item',
]);

/** Output being built, with the current line and column for the source map. */
class Out {
  parts: string[] = [];
  line = 1;
  column = 1;
  readonly entries: SourceMapEntry[] = [];

  write(s: string): void {
    this.parts.push(s);
    const nl = s.lastIndexOf('\n');
    if (nl === -1) this.column += s.length;
    else {
      for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) this.line++;
      this.column = s.length - nl;
    }
  }
}

function startTag(e: XElement, root: boolean): string {
  const ns = root ? ' xmlns="http://www.tei-c.org/ns/1.0"' : '';
  return `<${e.name}${ns}${e.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`;
}

function record(out: Out, e: XElement): void {
  if (e.pos) out.entries.push({ xmlLine: out.line, xmlColumn: out.column, element: e.name, line: e.pos.line, column: e.pos.column });
}

function inline(out: Out, n: XNode): void {
  if (typeof n === 'string') return out.write(escapeText(n));
  record(out, n);
  if (!n.children.length) return out.write(`${startTag(n, false)}/>`);
  out.write(`${startTag(n, false)}>`);
  for (const c of n.children) inline(out, c);
  out.write(`</${n.name}>`);
}

function block(out: Out, e: XElement, depth: number): void {
  const pad = '  '.repeat(depth);
  out.write(pad);
  record(out, e);
  const mixed = MIXED.has(e.name) || e.children.some((c) => typeof c === 'string');
  if (!e.children.length) return out.write(`${startTag(e, depth === 0)}/>\n`);
  if (mixed) {
    out.write(`${startTag(e, depth === 0)}>`);
    for (const c of e.children) inline(out, c);
    return out.write(`</${e.name}>\n`);
  }
  out.write(`${startTag(e, depth === 0)}>\n`);
  for (const c of e.children) block(out, c as XElement, depth + 1);
  out.write(`${pad}</${e.name}>\n`);
}

/**
 * Serialises a TEI tree: UTF-8 XML declaration, two-space indentation of element-only
 * content, mixed content on one line with no added white space. Deterministic. Returns the
 * text and a source-map entry per element that carries a transcript position.
 */
export function serialize(root: XElement): { xml: string; entries: SourceMapEntry[] } {
  const out = new Out();
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  block(out, root, 0);
  return { xml: out.parts.join(''), entries: out.entries };
}

// Test helpers for the render tests: fixture paths, golden files, and a small HTML tree
// reader over fast-xml-parser's order-preserving output.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/** A fixture file under test/fixtures/render/. */
export function fixture(path: string): string {
  return new URL(`../../fixtures/render/${path}`, import.meta.url).pathname;
}

/** The golden text at `path`; with UPDATE=1 it is (re)written from `actual` first. */
export function golden(path: string, actual: string): string {
  if (process.env['UPDATE'] === '1' || !existsSync(path)) {
    if (process.env['UPDATE'] !== '1') throw new Error(`missing golden ${path}; run with UPDATE=1`);
    writeFileSync(path, actual);
  }
  return readFileSync(path, 'utf8');
}

/** An element of parsed HTML. */
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = El | string;
type Raw = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  unpairedTags: ['br', 'meta', 'link', 'hr', 'img', 'input'],
});

function convert(raw: Raw): Node {
  if ('#text' in raw) return String(raw['#text']);
  const name = Object.keys(raw).find((k) => k !== ':@') ?? '';
  const attrs = (raw[':@'] ?? {}) as Record<string, string>;
  const children = ((raw[name] ?? []) as Raw[]).map(convert);
  return { name, attrs, children };
}

/** Parses an HTML fragment or page written as XHTML-compatible HTML (void elements allowed). */
export function parseHtml(html: string): El {
  const body = html.replace(/^<!DOCTYPE[^>]*>/i, '');
  return { name: '#root', attrs: {}, children: (parser.parse(body) as Raw[]).map(convert) };
}

/** Every descendant element matching `test`, in document order. */
export function findAll(el: El, test: (e: El) => boolean): El[] {
  const out: El[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (test(c)) out.push(c);
    out.push(...findAll(c, test));
  }
  return out;
}

/** The first descendant element matching `test`; throws when there is none. */
export function find(el: El, test: (e: El) => boolean): El {
  const found = findAll(el, test)[0];
  if (!found) throw new Error('no matching element');
  return found;
}

/** True when the element's class list has `cls`. */
export const hasClass = (cls: string) => (e: El): boolean => (e.attrs['class'] ?? '').split(/\s+/).includes(cls);

/** The text content, with whitespace runs collapsed. */
export function text(node: Node): string {
  const raw = (n: Node): string => (typeof n === 'string' ? n : n.children.map(raw).join(''));
  return raw(node).replace(/\s+/g, ' ').trim();
}

/**
 * tei_all (and the project schema, which has the same layout) restricted to a batch's
 * vocabulary. Compiling the whole of tei_all in WebAssembly
 * takes ~10–15 s; a batch of documents uses a few dozen of its ~590 elements. RELAX NG
 * validation of a document only ever matches element patterns whose names occur in it, so
 * replacing every `<element name="X">` define whose X does not occur in the batch by a
 * pattern that matches nothing (and pruning the defines no longer reachable from `start`) leaves the
 * verdict on every document of the batch unchanged: an element tei_all does not define is
 * still refused, a required child that is absent is still missing. Wildcards (`anyName`,
 * `nsName`), elements declared with an explicit `ns` (egXML), inline element patterns and
 * every non-element define are left as they are. Restricting can only shrink the language
 * (patterns are monotone), and nothing the batch uses is removed, so nothing changes for it.
 *
 * An absent element X keeps the shape of an element pattern, `<element name="X"><notAllowed/>
 * </element>`, rather than a bare `<notAllowed/>`: both match no element of the batch, but
 * with bare `notAllowed` libxml2 falls back from its compiled content models to its
 * backtracking matcher, which reports errors at an ancestor ("Did not expect element body
 * there" instead of the bad attribute three levels down) and validates ~8x slower; with the
 * element-shaped stub the errors are those of the full schema, at the same lines.
 *
 * The define-reading helpers follow scripts/derive-schema.mjs (same regular expressions, same
 * reachability). They are not imported from there, nor it from here: the script must run on
 * Node 20 without a build (it cannot import TypeScript), tsc emits only `src/**\/*.ts` (no
 * allowJs), and `scripts/` is not shipped in the package. The test
 * test/unit/validate/tei-all-subset.test.ts checks that both agree on schema/teipress.rng.
 */
import { TEI_NS } from './well-formed.js';
import { elements, type XElement } from './xml-nodes.js';

/** A top-level define of the trang/ODD layout of tei_all (3-space indent, one per block). */
const DEFINE = /\n   <define name="([^"]+)">\n([\s\S]*?)\n   <\/define>/gu;
const REF = /<(?:rng:)?ref name="([^"]+)"\/>/gu;
const START = /\n   <start>\n[\s\S]*?\n   <\/start>/u;

/** A schema text split into the parts restriction works on. */
export interface RngParts {
  /** Everything before the first define (XML declaration, `<grammar …>`, comments). */
  readonly header: string;
  /** Top-level defines in document order: name → body text. */
  readonly defines: ReadonlyMap<string, string>;
  /** Everything after the last define (`<start>`, embedded Schematron, `</grammar>`). */
  readonly tail: string;
  /** The `<start>` block. */
  readonly start: string;
}

/** Reads every top-level define into a Map name → body text (as scripts/derive-schema.mjs). */
export function readDefines(text: string): Map<string, string> {
  const defines = new Map<string, string>();
  for (const m of text.matchAll(DEFINE)) defines.set(m[1] ?? '', m[2] ?? '');
  return defines;
}

/** The element name an element define declares (no `ns` attribute), else undefined. */
export function elementName(body: string): string | undefined {
  return /^\s*<element name="([^"]+)">/u.exec(body)?.[1];
}

/** Names of the defines reachable from `startBody` through refs. */
export function reachable(defines: ReadonlyMap<string, string>, startBody: string): Set<string> {
  const seen = new Set<string>();
  const todo = [...startBody.matchAll(REF)].map((m) => m[1] ?? '');
  while (todo.length > 0) {
    const n = todo.pop() as string;
    if (seen.has(n)) continue;
    const body = defines.get(n);
    if (body === undefined) continue;
    seen.add(n);
    for (const m of body.matchAll(REF)) todo.push(m[1] ?? '');
  }
  return seen;
}

/** Splits `text` into the parts restriction works on (a validation context keeps them per schema file). */
export function splitRng(text: string): RngParts {
  const first = text.indexOf('\n   <define ');
  const lastEnd = text.lastIndexOf('\n   </define>');
  const start = START.exec(text)?.[0];
  if (first < 0 || lastEnd < 0 || start === undefined) throw new Error('restrictTeiAll: not a tei_all-style grammar (no top-level defines or start)');
  const parts: RngParts = {
    header: text.slice(0, first),
    defines: readDefines(text),
    tail: text.slice(lastEnd + '\n   </define>'.length),
    start,
  };
  return parts;
}

/**
 * tei_all restricted to `elementNames` (local names of TEI-namespace elements): element
 * defines for other names keep only their name, with `<notAllowed/>` content; defines then
 * unreachable from `start` are dropped; every other byte is kept. Pure.
 */
export function restrictTeiAll(rngText: string, elementNames: ReadonlySet<string>): string {
  return restrictParts(splitRng(rngText), elementNames);
}

/** As `restrictTeiAll`, on a schema text already split by `splitRng`. Pure. */
export function restrictParts(parts: RngParts, elementNames: ReadonlySet<string>): string {
  return joinParts(parts, stubbedDefines(parts, elementNames));
}

/** The defines of `parts` with every element define whose name is not in `elementNames` made a stub. */
export function stubbedDefines(parts: RngParts, elementNames: ReadonlySet<string>): Map<string, string> {
  const rewritten = new Map<string, string>();
  for (const [name, body] of parts.defines) {
    const el = elementName(body);
    rewritten.set(name, el === undefined || elementNames.has(el) ? body : `      <element name="${el}"><notAllowed/></element>`);
  }
  return rewritten;
}

/** The schema text of `parts` with `defines` in place of its own, less those unreachable from `start`. */
export function joinParts(parts: RngParts, defines: ReadonlyMap<string, string>): string {
  const keep = reachable(defines, parts.start);
  let out = parts.header;
  for (const [name, body] of defines) if (keep.has(name)) out += `\n   <define name="${name}">\n${body}\n   </define>`;
  return out + parts.tail;
}

/** The local names of the TEI-namespace elements of the given documents. */
export function teiElementNames(roots: Iterable<XElement>): Set<string> {
  const names = new Set<string>();
  for (const root of roots) for (const el of elements(root)) if (el.ns === TEI_NS) names.add(el.local);
  return names;
}

/** A start tag's qualified name (end tags, comments, declarations and PIs start otherwise). */
const START_NAME = /<([^ \t\r\n/>!?][^ \t\r\n/>]*)/gu;

/**
 * Adds to `into` the local names written in the start tags of `xml`. Every element of a
 * well-formed document starts with `<` and its name, and no raw `<` occurs in text or in an
 * attribute value, so this is a superset of the TEI elements it uses (names in comments or
 * in other namespaces only keep more of the schema); no tree is built. Bytes are read as
 * Latin-1 (one code unit each) and every distinct name is then decoded as UTF-8.
 */
export function writtenElementNames(xml: string | Uint8Array, into: Set<string>): Set<string> {
  const bytes = typeof xml !== 'string';
  const text = bytes ? Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('latin1') : xml;
  const qnames = new Set<string>();
  for (const m of text.matchAll(START_NAME)) qnames.add(m[1] ?? '');
  for (const q of qnames) {
    const name = bytes ? Buffer.from(q, 'latin1').toString('utf8') : q;
    into.add(name.slice(name.lastIndexOf(':') + 1));
  }
  return into;
}

/** True when the environment asks for the full tei_all (TEIPRESS_TEI_ALL_FULL=1), for comparison. */
export function fullTeiAllRequested(): boolean {
  const v = process.env.TEIPRESS_TEI_ALL_FULL;
  return v !== undefined && v !== '' && v !== '0';
}

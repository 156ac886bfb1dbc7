/**
 * The RELAX NG adapter, over libxml2-wasm. A schema is compiled once per validation run
 * (validate-context.ts) and reused for every document (tei_all takes ~10 s to compile, a document then ~1 ms to validate);
 * measured against xmllint-wasm, which recompiles the schema on every call (see
 * bench/validate.ts). A document is parsed by libxml2 once and that tree is validated by
 * every schema layer. Errors come as structured details (line, XPath of the context node);
 * the place of the element or attribute is found in the positioned tree by `locate.ts`.
 */
import { RelaxNGValidator, XmlDocument, XmlValidateError, type ErrorDetail } from 'libxml2-wasm';
import { parseForSchemas, SAFE_PARSE, sentence } from './well-formed.js';
import { elementFor, Locator, placeFor } from './locate.js';
import { parsePositioned } from './positioned-tree.js';
import type { XElement } from './xml-nodes.js';

/** One schema error, with the column already found. */
export interface SchemaError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A compiled schema, or why it could not be compiled. */
export type LoadedSchema = { ok: true; validator: RelaxNGValidator; excluded: ReadonlySet<string> } | { ok: false; reason: string };

/** An element define that can never match (how restricted schemas exclude an element). */
const STUB = /<element name="([^"]+)"><notAllowed\/><\/element>/gu;

/** The names a schema text excludes with element-shaped stubs. */
export function excludedElements(text: string): Set<string> {
  return new Set([...text.matchAll(STUB)].map((m) => m[1] ?? ''));
}

/** The two schemas shipped in schema/ (found relative to this module, in src/ or lib/). */
export const SCHEMAS = {
  project: new URL('../../schema/teipress.rng', import.meta.url),
  teiAll: new URL('../../schema/tei_all.rng', import.meta.url),
} as const;

/** Compiles schema `text` (`path` resolves relative references); not cached. Never throws. */
export function compileSchema(text: string, path: string): LoadedSchema {
  let doc: XmlDocument | undefined;
  try {
    doc = XmlDocument.fromString(text, { url: path, option: SAFE_PARSE });
    // libxml2 copies the schema document when it makes the parser context: it can go.
    return { ok: true, validator: RelaxNGValidator.fromDoc(doc), excluded: excludedElements(text) };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  } finally {
    doc?.dispose();
  }
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message.trim() : String(e));

/** libxml2's message for an element whose define is a stub, and what it means. */
const STUB_MESSAGE = /^Element ([^ \t\n]+) failed to validate (?:attributes|content)/u;

/** Validates one libxml2 document (parsed once for all layers); `loc` indexes its positioned tree. */
export function validateWith(schema: Extract<LoadedSchema, { ok: true }>, doc: XmlDocument, loc: Locator): SchemaError[] {
  try {
    schema.validator.validate(doc);
    return [];
  } catch (e) {
    const details: readonly ErrorDetail[] = e instanceof XmlValidateError ? e.details : [{ message: String(e), line: 1, col: 1 } as ErrorDetail];
    return dedupe(details.map((d) => toSchemaError(d, loc, schema.excluded)));
  }
}

/**
 * Validates XML text against a compiled schema on its own (a CMIF or other non-TEI file):
 * parses it once for the positions and once with libxml2. A file either parser refuses gives
 * one error at the refusal's place.
 */
export function validateText(schema: Extract<LoadedSchema, { ok: true }>, text: string): SchemaError[] {
  const tree = parsePositioned(text);
  if (!tree.ok) return [{ line: tree.error.line, column: tree.error.column, message: tree.error.message }];
  const refused: SchemaError[] = [];
  const doc = parseForSchemas(text, (_rule, place, message) => refused.push({ line: place.line, column: place.column, message }));
  if (!doc) return refused;
  try {
    return validateWith(schema, doc, new Locator(tree.root));
  } finally {
    doc.dispose();
  }
}

interface Located extends SchemaError { readonly at?: XElement; readonly context?: XElement; readonly cascade: boolean }

/** libxml2 says only this when a required child is missing: the element is named from the tree. */
const MISSING_CHILD = /^Expecting an element , got nothing/u;

/** libxml2's wording, except for an excluded element (which it calls an attribute failure) and a missing child. */
function messageOf(raw: string, excluded: ReadonlySet<string>, at: XElement | undefined): string {
  const stub = STUB_MESSAGE.exec(raw);
  const name = stub?.[1];
  if (name && excluded.has(name.replace(/^.*:/u, ''))) return `Element ${name} is not allowed anywhere in this schema.`;
  if (at && MISSING_CHILD.test(raw)) return `Element ${at.name} is incomplete: a required child element is missing.`;
  return sentence(raw);
}

function toSchemaError(d: ErrorDetail, loc: Locator, excluded: ReadonlySet<string>): Located {
  const line = d.line && d.line > 0 ? d.line : loc.root.line;
  const at = elementFor(loc, line, d.message, d.xpath);
  const context = owner(loc.atPath(d.xpath), /Element ([^ \t\n]+) /u.exec(d.message)?.[1]);
  const place = at ? placeFor(at, d.message) : { line, column: 1 };
  return {
    line: place.line, column: place.column, message: messageOf(d.message, excluded, at),
    ...(at ? { at } : {}), ...(context ? { context } : {}),
    cascade: /has extra content|failed to validate content/u.test(d.message),
  };
}

/** The nearest ancestor-or-self of `el` named `name` (the element a cascade message is about). */
function owner(el: XElement | undefined, name: string | undefined): XElement | undefined {
  for (let e = el; e; e = e.parent) if (e.name === name || e.local === name) return e;
  return el;
}

/**
 * libxml2 repeats itself: "Did not expect element foo there" comes with "Element div has extra
 * content: foo", and every ancestor then says it has extra content. A cascade message is
 * dropped when another error lies inside its context element (checked through the ancestors
 * of the specific errors, a set); exact repeats are dropped too.
 */
function dedupe(errors: readonly Located[]): SchemaError[] {
  const covered = new Set<XElement>();
  for (const e of errors) if (!e.cascade) for (let a = e.at; a && !covered.has(a); a = a.parent) covered.add(a);
  const seen = new Set<string>();
  const out: SchemaError[] = [];
  for (const e of errors) {
    if (e.cascade && e.context && covered.has(e.context)) continue;
    const k = `${e.line}:${e.column}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ line: e.line, column: e.column, message: e.message });
  }
  return out;
}

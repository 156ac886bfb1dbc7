/**
 * The RELAX NG adapter, over libxml2-wasm. A schema is compiled once per process and reused
 * for every document (tei_all takes ~10 s to compile, a document then ~1 ms to validate);
 * measured against xmllint-wasm, which recompiles the schema on every call (see
 * src/bench/validate.ts and the closing note). Errors come as structured details (line, XPath
 * of the context node); the column is found in the document text by `locate.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RelaxNGValidator, XmlDocument, XmlValidateError, type ErrorDetail } from 'libxml2-wasm';
import { SAFE_PARSE, sentence } from './well-formed.js';
import { contains, elementAtPath, elementFor } from './locate.js';
import type { XElement } from './xml-tree.js';

/** One schema error, with the column already found. */
export interface SchemaError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A compiled schema, or why it could not be compiled. */
export type LoadedSchema = { ok: true; validator: RelaxNGValidator } | { ok: false; reason: string };

const cache = new Map<string, LoadedSchema>();

/** The two schemas shipped in schema/ (found relative to this module, in src/ or lib/). */
export const SCHEMAS = {
  project: new URL('../../schema/teipress.rng', import.meta.url),
  teiAll: new URL('../../schema/tei_all.rng', import.meta.url),
} as const;

/** Compiles the schema at `url` once per process; later calls return the same validator. */
export function loadSchema(url: URL): LoadedSchema {
  const key = url.href;
  const hit = cache.get(key);
  if (hit) return hit;
  let loaded: LoadedSchema;
  try {
    const path = fileURLToPath(url);
    loaded = compileSchema(readFileSync(path, 'utf8'), path);
  } catch (e) {
    loaded = { ok: false, reason: reasonOf(e) };
  }
  cache.set(key, loaded);
  return loaded;
}

/** Forgets (and frees) every compiled schema, so that the next load compiles again (benches). */
export function clearSchemaCache(): void {
  for (const l of cache.values()) if (l.ok) l.validator.dispose();
  cache.clear();
}

/** Compiles schema `text` (`path` resolves relative references); not cached. Never throws. */
export function compileSchema(text: string, path: string): LoadedSchema {
  let doc: XmlDocument | undefined;
  try {
    doc = XmlDocument.fromString(text, { url: path, option: SAFE_PARSE });
    // libxml2 copies the schema document when it makes the parser context: it can go.
    return { ok: true, validator: RelaxNGValidator.fromDoc(doc) };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  } finally {
    doc?.dispose();
  }
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message.trim() : String(e));

/** Validates one (already well-formed) document; `root` is its positioned tree. */
export function validateWith(validator: RelaxNGValidator, text: string, root: XElement): SchemaError[] {
  let doc: XmlDocument | undefined;
  try {
    doc = XmlDocument.fromString(text, { option: SAFE_PARSE });
    validator.validate(doc);
    return [];
  } catch (e) {
    const details: readonly ErrorDetail[] = e instanceof XmlValidateError ? e.details : [{ message: String(e), line: 1, col: 1 } as ErrorDetail];
    return dedupe(details.map((d) => toSchemaError(d, root)));
  } finally {
    doc?.dispose();
  }
}

interface Located extends SchemaError { readonly at?: XElement; readonly context?: XElement; readonly cascade: boolean }

function toSchemaError(d: ErrorDetail, root: XElement): Located {
  const line = d.line && d.line > 0 ? d.line : root.line;
  const at = elementFor(root, line, d.message, d.xpath);
  const context = owner(elementAtPath(root, d.xpath), /Element (\S+) /.exec(d.message)?.[1]);
  return {
    line, column: at?.column ?? 1, message: sentence(d.message),
    ...(at ? { at } : {}), ...(context ? { context } : {}),
    cascade: /has extra content|failed to validate content/.test(d.message),
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
 * dropped when another error lies inside its context element; exact repeats are dropped too.
 */
function dedupe(errors: readonly Located[]): SchemaError[] {
  const specific = errors.filter((e) => !e.cascade);
  const kept = errors.filter((e) => !e.cascade || !specific.some((s) => e.context && s.at && contains(e.context, s.at)));
  const seen = new Set<string>();
  return kept
    .filter((e) => {
      const k = `${e.line}:${e.column}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map(({ line, column, message }) => ({ line, column, message }));
}

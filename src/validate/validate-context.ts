/**
 * The compiled schemas of one validation run, owned by its caller: a build, a `validate`
 * command, or one `validateDocuments` call when the caller passes none. A schema is compiled
 * once per context (tei_all takes ~10 s in WebAssembly, a document then ~1 ms), a restriction to
 * a vocabulary once per context and name set (up to 16 kept, least recently used dropped).
 * `dispose` frees them; nothing is kept in module state, so two runs never share a validator.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileSchema, type LoadedSchema } from './relaxng.js';
import { compactParts } from './prune-choices.js';
import { splitRng, type RngParts } from './tei-all-subset.js';

/** What a validation run compiles once and reuses for every document. */
export interface ValidateContext {
  /** The whole schema at `url`, compiled on first use. */
  schema(url: URL): LoadedSchema;
  /**
   * The schema at `url` (tei_all, or the project schema, which has the same layout) restricted
   * to `names`. Should a restriction fail to compile, the full schema is used instead, so the
   * verdict never depends on the restriction.
   */
  subset(url: URL, names: ReadonlySet<string>): LoadedSchema;
  /** Frees every compiled schema; the context compiles again if used afterwards. */
  dispose(): void;
}

/** At most this many restricted schemas are kept: a few vocabularies cover a project's batches. */
const MAX_SUBSETS = 16;

type SchemaText = { ok: true; parts: RngParts } | { ok: false; reason: string };

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message.trim() : String(e));

/** Compiles the schema file at `url`; never throws. */
function compileFile(url: URL): LoadedSchema {
  try {
    const path = fileURLToPath(url);
    return compileSchema(readFileSync(path, 'utf8'), path);
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

/** Reads and splits a schema file once for all its restrictions; never throws. */
function readParts(url: URL): SchemaText {
  try {
    return { ok: true, parts: splitRng(readFileSync(fileURLToPath(url), 'utf8')) };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

const free = (l: LoadedSchema): void => {
  if (l.ok) l.validator.dispose();
};

/** A new validation context (see the module comment). */
export function validateContext(): ValidateContext {
  const full = new Map<string, LoadedSchema>();
  const subsets = new Map<string, LoadedSchema>();
  const texts = new Map<string, SchemaText>();
  const schema = (url: URL): LoadedSchema => {
    let hit = full.get(url.href);
    if (!hit) full.set(url.href, (hit = compileFile(url)));
    return hit;
  };
  const compileSubset = (url: URL, names: ReadonlySet<string>): LoadedSchema => {
    let text = texts.get(url.href);
    if (!text) texts.set(url.href, (text = readParts(url)));
    if (!text.ok) return { ok: false, reason: text.reason };
    try {
      return compileSchema(compactParts(text.parts, names), fileURLToPath(url));
    } catch {
      return { ok: false, reason: 'restriction failed' };
    }
  };
  return {
    schema,
    subset(url, names) {
      const key = `${url.href}\n${[...names].sort().join(' ')}`;
      const hit = subsets.get(key);
      // Most recently used last: re-inserting moves a hit to the end.
      if (hit) subsets.delete(key);
      const loaded = hit ?? compileSubset(url, names);
      if (!loaded.ok) return schema(url);
      subsets.set(key, loaded);
      const oldest = subsets.size > MAX_SUBSETS ? subsets.keys().next().value : undefined;
      if (oldest !== undefined) {
        const old = subsets.get(oldest);
        subsets.delete(oldest);
        if (old) free(old);
      }
      return loaded;
    },
    dispose() {
      for (const l of [...full.values(), ...subsets.values()]) free(l);
      full.clear();
      subsets.clear();
      texts.clear();
    },
  };
}

/**
 * Validation of a chunk of TEI files: a file whose bytes, name, conversion, schemas, Schematron
 * and options are those of the last build gets the last build's diagnostics; the others are
 * validated together (one call, so the schemas are compiled once for the chunk).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceMap } from '../tei/source-map.js';
import { append } from '../util/append.js';
import type { BuildContext, DocInput } from './build-context.js';
import { editionPath, keptPlaces, shownPlaces } from './cached-places.js';
import { keyOf } from './fingerprint.js';

/** Rules after which a TEI file is left out of the editions (not handed to the XSLT engine). */
export const REFUSED: ReadonlySet<string> = new Set(['validate/not-well-formed', 'validate/doctype', 'validate/not-tei', 'validate/too-large']);

/** The source map a cached conversion kept (so errors still point at the transcript). */
async function sourceMapOf(ctx: BuildContext, convertKey: string): Promise<SourceMap | undefined> {
  const bytes = await ctx.cache.getPart(convertKey, 'sourcemap');
  return bytes ? (JSON.parse(bytes.toString('utf8')) as SourceMap) : undefined;
}

function validateKey(ctx: BuildContext, doc: DocInput): string {
  return keyOf('validate', ctx.tool.code, ctx.tool.schemas, doc.teiSha, editionPath(ctx.root, doc.teiPath), doc.convertKey ?? 'as-is', ctx.opts.teiAll ?? true, ctx.schematronKey);
}

/**
 * Validates the chunk (see the module comment), adds every diagnostic to the build's, and
 * returns the ids of the documents validation refused.
 */
export async function validateChunk(ctx: BuildContext, docs: readonly DocInput[]): Promise<Set<string>> {
  const found = new Map<string, Diagnostic[]>();
  const misses: DocInput[] = [];
  for (const doc of docs) {
    const key = validateKey(ctx, doc);
    const cached = ctx.opts.force ? undefined : doc.cached?.validate;
    if (cached?.key === key) {
      found.set(doc.id, shownPlaces(cached.diagnostics, ctx.root));
      doc.next.validate = cached;
    } else misses.push(doc);
  }
  if (misses.length) {
    const { validateContext, validateDocuments } = await import('../validate/index.js');
    const context = (ctx.validation.context ??= validateContext());
    const inputs = [];
    for (const d of misses) {
      const map = d.sourceMap ?? (d.cachedSourceMap && d.convertKey ? await sourceMapOf(ctx, d.convertKey) : undefined);
      inputs.push({ file: d.file, xml: d.xml, ...(map ? { sourceMap: map } : {}) });
    }
    const all = await validateDocuments(inputs, { teiAll: ctx.opts.teiAll ?? true, schematron: ctx.config.schematron, context });
    const byFile = new Map(misses.map((d) => [d.file, [] as Diagnostic[]]));
    const general: Diagnostic[] = [];
    for (const d of all) (byFile.get(d.file) ?? general).push(d);
    append(ctx.diagnostics, general);
    for (const doc of misses) {
      const ds = byFile.get(doc.file) ?? [];
      found.set(doc.id, ds);
      // A schema that could not be loaded leaves the verdict incomplete: not one to keep.
      if (!general.length) doc.next.validate = { key: validateKey(ctx, doc), diagnostics: keptPlaces(ds, ctx.root) };
    }
  }
  const refused = new Set<string>();
  for (const doc of docs) {
    const ds = found.get(doc.id) ?? [];
    append(ctx.diagnostics, ds);
    if (ds.some((d) => REFUSED.has(d.rule))) refused.add(doc.id);
  }
  return refused;
}

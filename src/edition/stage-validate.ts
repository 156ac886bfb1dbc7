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
import { sha256 } from '../util/sha256.js';

/** Rules after which a TEI file is left out of the editions (not handed to the XSLT engine). */
export const REFUSED: ReadonlySet<string> = new Set(['validate/not-well-formed', 'validate/doctype', 'validate/not-tei', 'validate/too-large']);

/**
 * The source map of a conversion the cache gave (so errors still point at the transcript): made
 * again from the transcript, which its key says gives the same TEI; undefined when it no longer
 * does (the transcript changed since its chunk read it) or gives none.
 */
async function sourceMapAgain(ctx: BuildContext, doc: DocInput): Promise<SourceMap | undefined> {
  const { convertTranscript } = await import('./stage-convert.js');
  const r = await convertTranscript(ctx, doc.name);
  return r.xml !== undefined && sha256(r.xml) === doc.teiSha ? r.sourceMap : undefined;
}

function validateKey(ctx: BuildContext, doc: DocInput): string {
  return keyOf('validate', ctx.tool.code, ctx.tool.schemas, doc.teiSha, editionPath(ctx.root, doc.teiPath), doc.convertKey ?? 'as-is', ctx.opts.teiAll ?? true, ctx.schematronKey);
}

/**
 * Starts validating the chunk (see the module comment) on the build's validation thread.
 * `refused` gives the ids of the documents validation refuses (known once they are parsed,
 * before any schema compiles); `done` settles once every diagnostic has been added to the
 * build's and each document's verdict is in `doc.next.validate`.
 */
export function startValidation(ctx: BuildContext, docs: readonly DocInput[]): { refused: Promise<Set<string>>; done: Promise<void> } {
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
  const refusedOf = (ids: Iterable<string>): Set<string> => new Set([...ids].filter((id) => found.get(id)?.some((d) => REFUSED.has(d.rule))));
  const hits = refusedOf(found.keys());
  if (!misses.length) {
    for (const doc of docs) append(ctx.diagnostics, found.get(doc.id) ?? []);
    return { refused: Promise.resolve(hits), done: Promise.resolve() };
  }
  const run = (async () => {
    const inputs = [];
    for (const d of misses) {
      const map = d.sourceMap ?? (d.cachedSourceMap ? await sourceMapAgain(ctx, d) : undefined);
      inputs.push({ file: d.file, xml: d.xml, ...(map ? { sourceMap: map } : {}) });
    }
    // Loaded before the check: two chunks validating at once must share one thread.
    const { validationWorker } = await import('./validation-worker.js');
    ctx.validation.worker ??= validationWorker();
    return ctx.validation.worker.validate(inputs, { teiAll: ctx.opts.teiAll ?? true, schematron: ctx.config.schematron });
  })();
  const byFile = new Map(misses.map((d) => [d.file, d]));
  const refused = run.then((v) => v.refused).then((files) => {
    const out = new Set(hits);
    for (const f of files) { const d = byFile.get(f); if (d) out.add(d.id); }
    return out;
  });
  const done = run.then((v) => v.done).then((all) => {
    const perFile = new Map(misses.map((d) => [d.file, [] as Diagnostic[]]));
    const general: Diagnostic[] = [];
    for (const d of all) (perFile.get(d.file) ?? general).push(d);
    append(ctx.diagnostics, general);
    for (const doc of misses) {
      const ds = perFile.get(doc.file) ?? [];
      found.set(doc.id, ds);
      // A schema that could not be loaded leaves the verdict incomplete: not one to keep.
      if (!general.length) doc.next.validate = { key: validateKey(ctx, doc), diagnostics: keptPlaces(ds, ctx.root) };
    }
    for (const doc of docs) append(ctx.diagnostics, found.get(doc.id) ?? []);
  });
  return { refused, done };
}

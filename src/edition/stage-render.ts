/**
 * Rendering of a chunk of TEI files: a document whose TEI bytes, stylesheets, resources, tool
 * and render options are those of the last build keeps the last build's parts (in the cache);
 * the others are rendered one by one and their parts cached. PDFs are made for every document
 * of the chunk that has print HTML but no PDF yet (one Chromium per chunk), so a PDF that could
 * not be made is tried again by the next build. The deposit record (Dublin Core, CMIF) of each
 * TEI file is read once per TEI version and cached too.
 */
import { append } from '../util/append.js';
import { resolveChromium } from '../render/pdf.js';
import { documentOptions } from '../render/document-options.js';
// The XSLT engine loads only when a document has to be rendered (in the pool): a no-op build never needs it.
import type { RenderedDocument } from '../render/document.js';
import type { PoolResult } from '../render/pool.js';
import type { BuildContext, DocInput, DocOutcome } from './build-context.js';
import { editionPath, keptPlaces, shownPlaces } from './cached-places.js';
import { keyOf, keyPart } from './fingerprint.js';
import { REFUSED } from './stage-validate.js';
import { outputPath } from '../render/links.js';
import { bundleParts, EARLY_KINDS, type KeepRequest } from '../render/keep.js';
import { ownOutputKey } from '../render/site-plan.js';
import { dcPath } from '../deposit/dublin-core.js';
import { documentIdentifier } from '../deposit/deposit-config.js';
import { dcKey } from './harvest-plan.js';
import type { DocRecord } from './doc-cache.js';

const text = (xml: string | Uint8Array): string => (typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8'));

/** The render key of each document, with what every document's key shares worked out once. */
function renderKeys(ctx: BuildContext): (doc: DocInput) => string {
  const chromium = ctx.render.targets.includes('pdf') ? resolveChromium(ctx.render.chromium) ?? 'none' : 'no-pdf';
  const options = keyPart(documentOptions(ctx.render));
  return (doc) => keyOf('render', ctx.tool.code, ctx.tool.stylesheets, ctx.tool.resources, doc.teiSha, editionPath(ctx.root, doc.teiPath), options, chromium);
}

/** The document as the cache holds it (its parts stay there), or undefined when it must be rendered. */
function reuse(ctx: BuildContext, doc: DocInput, key: string): { r?: RenderedDocument } | undefined {
  const cached = ctx.opts.force ? undefined : doc.cached?.render;
  if (cached?.key !== key) return undefined;
  append(ctx.diagnostics, shownPlaces(cached.diagnostics, ctx.root));
  doc.next.render = cached;
  return cached.summary ? { r: { id: doc.id, file: doc.file, summary: cached.summary, made: new Set(cached.made), parts: {} } } : {};
}

/**
 * Caches the parts of a document the pool rendered, under `key`, unless its worker kept them;
 * keeps its diagnostics. Gives the document, whether its TEI is TEI when its deposit record was
 * read into the bundle (by the worker or here), and the files its worker wrote into the fresh
 * dist folder.
 */
async function renderFresh(ctx: BuildContext, doc: DocInput, key: string, result: PoolResult): Promise<{ r?: RenderedDocument; record?: boolean; early?: readonly string[] }> {
  const { rendered: r, diagnostics: ds } = result;
  let kept = result.kept;
  append(ctx.diagnostics, ds);
  const early = kept?.wrote.length ? { early: kept.wrote } : {};
  if (r && !kept) {
    const record = !reusableRecord(ctx, doc, key);
    const bundle = bundleParts(r, text(doc.xml), { search: ctx.render.targets.includes('html'), record });
    await ctx.cache.putParts(key, bundle.parts);
    kept = { ...(record ? { record: bundle.record !== undefined } : {}), wrote: [] };
  }
  doc.next.render = { key, diagnostics: keptPlaces(ds, ctx.root), made: r ? [...r.made] : [], searchable: r?.parts.reading !== undefined, ...(r ? { summary: r.summary } : {}) };
  return { ...(r ? { r } : {}), ...(kept?.record !== undefined ? { record: kept.record } : {}), ...early };
}

/**
 * Starts rendering, on the pool, the documents of the chunk that the cache cannot give and that
 * the validator's pre-parse accepts, so that rendering runs while the chunk is validated. A
 * document validation then refuses all the same has its result dropped.
 */
export async function startRenders(ctx: BuildContext, docs: readonly DocInput[]): Promise<Map<string, Promise<PoolResult>>> {
  const started = new Map<string, Promise<PoolResult>>();
  const renderKey = renderKeys(ctx);
  const todo = docs.filter((d) => (ctx.opts.force ? undefined : d.cached?.render)?.key !== renderKey(d));
  if (!todo.length) return started;
  const { preParse, DEFAULT_MAX_BYTES } = await import('../validate/well-formed.js');
  await ctx.cache.files?.ready();
  for (const doc of todo) {
    let refused = false;
    // A TEI this build converted (text, not bytes read back) is well-formed TEI by construction,
    // and far under the size limit unless its text is long: only the others are pre-parsed here
    // (validation reads every one all the same, and a refused document's render is dropped).
    const converted = typeof doc.xml === 'string' && doc.xml.length * 3 <= DEFAULT_MAX_BYTES;
    if (!converted && !preParse(doc.xml, (rule) => (refused ||= REFUSED.has(rule)))) continue;
    if (!refused) started.set(doc.id, ctx.pool.render({ id: doc.id, file: doc.file, xml: text(doc.xml) }, keepRequest(ctx, doc, renderKey(doc))));
  }
  return started;
}

/**
 * What a render worker is to keep of the document itself (render/keep.ts): its parts under
 * the render key `key`, with its deposit record when the cache has none to reuse, and its own
 * outputs (and Dublin Core record) when the build fills a fresh dist folder. Nothing without a
 * cache folder.
 */
function keepRequest(ctx: BuildContext, doc: DocInput, key: string): KeepRequest | undefined {
  const files = ctx.cache.files;
  if (!files) return undefined;
  const title = ctx.config.title;
  return {
    bundle: files.bundle(key),
    search: ctx.render.targets.includes('html'),
    record: !reusableRecord(ctx, doc, key),
    ...(ctx.early ? { dist: { dir: ctx.early.dir, tei: typeof doc.xml === 'string', dc: { editionTitle: title, identifier: documentIdentifier(doc.id, title, ctx.config.deposit) } } } : {}),
  };
}

/**
 * The key, as an output, of the file at `path` a worker may write into the fresh dist folder
 * for document `o` (rendered under its entry's key): what the write stage checks the files the
 * worker wrote (`o.early`) against. Undefined for a path that is none of them.
 */
export function earlyKey(ctx: BuildContext, o: DocOutcome, path: string): string | undefined {
  if (!o.entry) return undefined;
  for (const kind of EARLY_KINDS) if (outputPath(kind, o.id) === path) return ownOutputKey(o.entry.key, kind);
  // (the Dublin Core record's key as the harvest plan makes it, from the outcome's deposit record key)
  return dcPath(o.id) === path ? dcKey(ctx, o.id, o.recordKey) : undefined;
}

/**
 * The cached deposit record of the document's TEI, when it can be used with its render under
 * `renderKey`: one kept in a render's bundle only with that render (another render's bundle
 * goes when the cache is pruned).
 */
function reusableRecord(ctx: BuildContext, doc: DocInput, renderKey: string | undefined): DocRecord['record'] {
  const cached = ctx.opts.force ? undefined : doc.cached?.record;
  return cached?.key === keyOf('record', ctx.tool.code, doc.teiSha) && (cached.in === undefined || cached.in === renderKey) ? cached : undefined;
}

/** PDFs for the chunk's documents that have print HTML and no PDF yet. */
async function pdfsFor(ctx: BuildContext, rendered: readonly { doc: DocInput; key: string; r: RenderedDocument }[]): Promise<void> {
  if (!ctx.render.targets.includes('pdf')) return;
  const want = rendered.filter((x) => x.r.made.has('print') && !x.r.made.has('pdf'));
  if (!want.length) return;
  for (const x of want) x.r.parts.print ??= (await ctx.cache.getPart(x.key, 'print'))?.toString('utf8') ?? '';
  const { addPdfs } = await import('../render/index.js');
  await addPdfs(want.map((x) => x.r), ctx.render, ctx.diagnostics);
  for (const x of want) {
    const pdf = x.r.parts.pdf;
    if (pdf === undefined || !x.doc.next.render) continue;
    await ctx.cache.putPart(x.key, 'pdf', pdf);
    x.doc.next.render = { ...x.doc.next.render, made: [...x.r.made] };
  }
}

/**
 * The deposit record of the document (rendered under `renderKey`, if it was): the cached one
 * when it can be used, the one its render worker put in the bundle (`kept` says whether the
 * file is TEI), else read here and cached as a part of its own.
 */
async function recordOf(ctx: BuildContext, doc: DocInput, renderKey: string | undefined, kept: boolean | undefined): Promise<NonNullable<DocRecord['record']>> {
  const key = keyOf('record', ctx.tool.code, doc.teiSha);
  const cached = reusableRecord(ctx, doc, renderKey);
  if (cached) return (doc.next.record = cached);
  if (kept !== undefined && renderKey !== undefined) return (doc.next.record = { key, tei: kept, ...(kept ? { in: renderKey } : {}) });
  const { readTeiRecord } = await import('../deposit/tei-record.js');
  // Asked only for a document validation did not refuse: well-formed.
  const record = readTeiRecord(text(doc.xml), { wellFormed: true });
  if (record) await ctx.cache.putPart(key, 'record', JSON.stringify(record));
  return (doc.next.record = { key, tei: record !== undefined });
}

/** Writes the cache record of each document a stage made something new for. */
export async function writeRecords(ctx: BuildContext, docs: readonly DocInput[]): Promise<void> {
  for (const doc of docs) if (recordChanged(doc)) await ctx.cache.write(doc.id, doc.next);
}

/** Whether a stage made something new for the document (then its record is written again). */
function recordChanged(doc: DocInput): boolean {
  const was = doc.cached;
  const stages = ['convert', 'validate', 'render', 'record'] as const;
  return !was || stages.some((s) => doc.next[s]?.key !== was[s]?.key) || (doc.next.render?.made ?? []).join() !== (was.render?.made ?? []).join();
}

/**
 * Renders (or reuses) every document of the chunk that validation did not refuse, writes each
 * document's cache record, and returns what the site and the harvest files need of each.
 */
export async function renderChunk(ctx: BuildContext, docs: readonly DocInput[], refused: ReadonlySet<string>, started: ReadonlyMap<string, Promise<PoolResult>> = new Map()): Promise<DocOutcome[]> {
  const rendered: { doc: DocInput; key: string; r: RenderedDocument; record?: boolean }[] = [];
  const outcomes: DocOutcome[] = [];
  // The files each document's worker wrote into the fresh dist folder.
  const wrote = new Map<string, readonly string[]>();
  // Documents to render go to the pool all at once (one per worker at a time); the order of the
  // results does not matter: each document's parts depend on it and the options only.
  const renderKey = renderKeys(ctx);
  const jobs = docs.filter((d) => !refused.has(d.id)).map(async (doc) => {
    const key = renderKey(doc);
    const hit = reuse(ctx, doc, key);
    if (hit) return hit.r ? [{ doc, key, r: hit.r }] : [];
    if (!started.has(doc.id)) await ctx.cache.files?.ready();
    const result = await (started.get(doc.id) ?? ctx.pool.render({ id: doc.id, file: doc.file, xml: text(doc.xml) }, keepRequest(ctx, doc, key)));
    const { r, record, early } = await renderFresh(ctx, doc, key, result);
    if (early) wrote.set(doc.id, early);
    return r ? [{ doc, key, r, ...(record !== undefined ? { record } : {}) }] : [];
  });
  // A document validation refused after its render had started: what its worker wrote into the
  // fresh dist folder is noted all the same, for the write stage to delete (no output has it).
  const dropped = docs.filter((d) => refused.has(d.id) && started.has(d.id)).map(async (doc) => {
    const kept = (await started.get(doc.id)!.catch(() => undefined))?.kept;
    if (kept?.wrote.length) wrote.set(doc.id, kept.wrote);
  });
  rendered.push(...(await Promise.all(jobs)).flat());
  await Promise.all(dropped);
  await pdfsFor(ctx, rendered);
  const byId = new Map(rendered.map((x) => [x.doc.id, x]));
  for (const doc of docs) {
    const x = byId.get(doc.id);
    const rec = refused.has(doc.id) ? { key: '', tei: false } : await recordOf(ctx, doc, x?.key, x?.record);
    const early = wrote.get(doc.id);
    outcomes.push({ id: doc.id, name: doc.name, teiPath: doc.teiPath, teiSha: doc.teiSha, harvested: !refused.has(doc.id), recordKey: rec.key, ...(rec.in ? { recordIn: rec.in } : {}), isTei: rec.tei, ...(x ? { entry: { id: doc.id, key: x.key, summary: x.r.summary, made: x.r.made, searchable: doc.next.render?.searchable === true } } : {}), ...(early ? { early } : {}) });
  }
  return outcomes;
}

/**
 * Rendering of a chunk of TEI files: a document whose TEI bytes, stylesheets, resources, tool
 * and render options are those of the last build keeps the last build's parts (in the cache);
 * the others are rendered one by one and their parts cached. PDFs are made for every document
 * of the chunk that has print HTML but no PDF yet (one Chromium per chunk), so a PDF that could
 * not be made is tried again by the next build. The deposit record (Dublin Core, CMIF) of each
 * TEI file is read once per TEI version and cached too.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { append } from '../util/append.js';
import { resolveChromium } from '../render/pdf.js';
import { documentOptions } from '../render/document-options.js';
// The XSLT engine loads only when a document has to be rendered: a no-op build never needs it.
import type { PartKind, RenderedDocument } from '../render/document.js';
import type { BuildContext, DocInput, DocOutcome } from './build-context.js';
import { keyOf } from './fingerprint.js';

const PARTS: readonly PartKind[] = ['body', 'print', 'reading', 'diplomatic'];

const text = (xml: string | Uint8Array): string => (typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8'));

function renderKey(ctx: BuildContext, doc: DocInput): string {
  const chromium = ctx.render.targets.includes('pdf') ? resolveChromium(ctx.render.chromium) ?? 'none' : 'no-pdf';
  return keyOf('render', ctx.tool.code, ctx.tool.stylesheets, ctx.tool.resources, doc.teiSha, doc.file, documentOptions(ctx.render), chromium);
}

/** The document rendered now, or as the cache holds it (parts stay in the cache). */
async function renderOrReuse(ctx: BuildContext, doc: DocInput, key: string): Promise<RenderedDocument | undefined> {
  const cached = ctx.opts.force ? undefined : doc.cached?.render;
  if (cached?.key === key) {
    append(ctx.diagnostics, cached.diagnostics);
    doc.next.render = cached;
    return cached.summary ? { id: doc.id, file: doc.file, summary: cached.summary, made: new Set(cached.made), parts: {} } : undefined;
  }
  const ds: Diagnostic[] = [];
  const { renderDocument } = await import('../render/document.js');
  const r = renderDocument({ id: doc.id, file: doc.file, xml: text(doc.xml) }, ctx.render, ds);
  append(ctx.diagnostics, ds);
  if (r) for (const part of PARTS) { const c = r.parts[part]; if (c !== undefined) await ctx.cache.putPart(key, part, c); }
  doc.next.render = { key, diagnostics: ds, made: r ? [...r.made] : [], searchable: r?.parts.reading !== undefined, ...(r ? { summary: r.summary } : {}) };
  return r;
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

/** The deposit record's key, reading and caching the record when the TEI changed. */
async function recordOf(ctx: BuildContext, doc: DocInput): Promise<{ key: string; tei: boolean }> {
  const key = keyOf('record', ctx.tool.code, doc.teiSha);
  const cached = ctx.opts.force ? undefined : doc.cached?.record;
  if (cached?.key === key) return (doc.next.record = cached);
  const { readTeiRecord } = await import('../deposit/tei-record.js');
  const record = readTeiRecord(text(doc.xml));
  if (record) await ctx.cache.putPart(key, 'record', JSON.stringify(record));
  return (doc.next.record = { key, tei: record !== undefined });
}

/**
 * Renders (or reuses) every document of the chunk that validation did not refuse, writes each
 * document's cache record, and returns what the site and the harvest files need of each.
 */
export async function renderChunk(ctx: BuildContext, docs: readonly DocInput[], refused: ReadonlySet<string>): Promise<DocOutcome[]> {
  const rendered: { doc: DocInput; key: string; r: RenderedDocument }[] = [];
  const outcomes: DocOutcome[] = [];
  for (const doc of docs) {
    if (refused.has(doc.id)) continue;
    const key = renderKey(ctx, doc);
    const r = await renderOrReuse(ctx, doc, key);
    if (r) rendered.push({ doc, key, r });
  }
  await pdfsFor(ctx, rendered);
  const byId = new Map(rendered.map((x) => [x.doc.id, x]));
  for (const doc of docs) {
    const x = byId.get(doc.id);
    const rec = refused.has(doc.id) ? { key: '', tei: false } : await recordOf(ctx, doc);
    outcomes.push({ id: doc.id, teiPath: doc.teiPath, teiSha: doc.teiSha, harvested: !refused.has(doc.id), recordKey: rec.key, isTei: rec.tei, ...(x ? { entry: { id: doc.id, key: x.key, summary: x.r.summary, made: x.r.made, searchable: doc.next.render?.searchable === true } } : {}) });
    if (JSON.stringify(doc.next) !== JSON.stringify(doc.cached ?? {})) await ctx.cache.write(doc.id, doc.next);
  }
  return outcomes;
}

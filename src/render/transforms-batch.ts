/**
 * Documents rendered in batches: each stylesheet runs once for a batch (saxon.ts,
 * transformBatch) instead of once per document, because saxon-js prepares the whole compiled
 * stylesheet again for every run, a cost per run that grows with the stylesheet. Each document
 * gets exactly what `renderDocument` makes of it alone. When any stylesheet fails on any
 * document of a batch, the batch is rendered again one document at a time, so that each
 * document has its own outputs and its own `render/xslt` error, as without batches.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { pageOptions, renderDocument, summaryParams, type RenderedDocument } from './document.js';
import type { RenderDoc, RenderOptions } from './index.js';
import type { OutputKind } from './links.js';
import { transformBatch, transformHtmlBatch, type BatchSource, type Stylesheets } from './saxon.js';
import { parseSummary } from './summary.js';
import { citationParams, printParams, READING_TEXT, textEditionsBatch } from './transforms.js';

import { MAX_BATCH } from './batch-limit.js';
import { nativeEnabled, renderNative, type NativeOutputs } from './native/index.js';

/** One document of a batch: what it rendered to, with what was found on the way, or the error that stopped it. */
export interface DocumentResult {
  readonly rendered?: RenderedDocument;
  readonly diagnostics: Diagnostic[];
  readonly error?: string;
}

/**
 * Renders `docs`, each as `renderDocument` renders it alone: by the native renderer
 * (native/index.ts: the same bytes), and the documents it leaves to the stylesheets in batches
 * of at most MAX_BATCH.
 */
export function renderDocuments(docs: readonly RenderDoc[], opts: RenderOptions, sheets: Stylesheets): DocumentResult[] {
  const native = nativeEnabled() ? docs.map((d) => renderedNatively(d, opts)) : docs.map(() => undefined);
  const rest = docs.filter((_, i) => native[i] === undefined);
  const xslt: DocumentResult[] = [];
  for (let i = 0; i < rest.length; i += MAX_BATCH) xslt.push(...renderBatch(rest.slice(i, i + MAX_BATCH), opts, sheets));
  let k = 0;
  return native.map((r) => (r ? { rendered: r, diagnostics: [] } : (xslt[k++] as DocumentResult)));
}

/** A document's parts from the native renderer, or undefined when the stylesheets are to render it. */
function renderedNatively(d: RenderDoc, opts: RenderOptions): RenderedDocument | undefined {
  const targets = new Set(opts.targets);
  const print = targets.has('print') || targets.has('pdf');
  const html = targets.has('html');
  const text = targets.has('text');
  const page = pageOptions(d.id, opts);
  let n: NativeOutputs | undefined;
  try {
    n = renderNative(d.xml, { siteTitle: page.siteTitle, buildDate: page.buildDate ?? '', docPath: page.docPath, pdfPath: page.pdfPath ?? '', dateFormat: page.dateFormat, pageSize: page.pageSize },
      { html, print, text, readingText: html && opts.site !== false && !text });
  } catch {
    // a fault of the native renderer is never the user's: the stylesheets render the document
    return undefined;
  }
  if (n === undefined) return undefined;
  const out: RenderedDocument = { id: d.id, file: d.file, summary: parseSummary(n.summary), made: new Set<OutputKind>(), parts: {} };
  if (n.reading !== undefined) out.parts.reading = n.reading;
  if (text && n.diplomatic !== undefined) {
    out.parts.diplomatic = n.diplomatic;
    out.made.add('reading').add('diplomatic');
  }
  if (print && n.print !== undefined) {
    out.parts.print = n.print;
    out.made.add('print');
  }
  if (html && n.body !== undefined) {
    out.parts.body = n.body;
    out.made.add('html').add('tei');
  }
  return out;
}

function renderBatch(docs: readonly RenderDoc[], opts: RenderOptions, sheets: Stylesheets): DocumentResult[] {
  if (docs.length > 1) {
    try {
      return renderTogether(docs, opts, sheets).map((rendered) => ({ rendered, diagnostics: [] }));
    } catch {
      // one document failed: render each alone below, for its own outputs and its own error
    }
  }
  return docs.map((doc) => {
    const diagnostics: Diagnostic[] = [];
    try {
      const rendered = renderDocument(doc, opts, diagnostics, sheets);
      return rendered ? { rendered, diagnostics } : { diagnostics };
    } catch (e) {
      return { diagnostics, error: e instanceof Error ? e.message : String(e) };
    }
  });
}

/**
 * Every target of every document, one stylesheet run per output: what `renderDocument` makes of
 * each alone when no stylesheet fails. Throws when any run fails (`renderDocuments` then renders
 * the batch one document at a time).
 */
export function renderTogether(docs: readonly RenderDoc[], opts: RenderOptions, sheets: Stylesheets): RenderedDocument[] {
  const sources: BatchSource[] = docs.map((d) => {
    const page = pageOptions(d.id, opts);
    return { xml: d.xml, docPath: page.docPath, pdfPath: page.pdfPath ?? '' };
  });
  // the page paths are each document's own (tunnel parameters of the batch), not global ones
  const page = { ...pageOptions('', opts), docPath: '', pdfPath: '' };
  const targets = new Set(opts.targets);
  const print = targets.has('print') || targets.has('pdf');
  // The HTML run also writes the summaries (tei-to-html reads the metadata for its page anyway)
  // and, when print is a target, the print pages (one parse and one metadata for both pages).
  const html = targets.has('html') ? transformHtmlBatch(sources, print ? printParams(page) : citationParams(page), sheets, print) : undefined;
  const summaries = html?.summaries ?? transformBatch('tei-to-summary', sources, summaryParams(opts), sheets);
  const out: RenderedDocument[] = docs.map((d, i) => ({ id: d.id, file: d.file, summary: parseSummary(summaries[i]!), made: new Set<OutputKind>(), parts: {} }));
  const each = (part: 'reading' | 'diplomatic' | 'print' | 'body', results: readonly string[], made: readonly OutputKind[]): void =>
    out.forEach((r, i) => {
      r.parts[part] = results[i]!;
      for (const kind of made) r.made.add(kind);
    });
  if (targets.has('text')) {
    // both editions from one run, as renderDocument makes them
    const texts = textEditionsBatch(sources.map((s) => s.xml), sheets);
    each('reading', texts.map((t) => t.reading), ['reading']);
    each('diplomatic', texts.map((t) => t.diplomatic), ['diplomatic']);
  }
  if (print) each('print', html?.prints ?? transformBatch('tei-to-print', sources, printParams(page), sheets), ['print']);
  if (html) {
    each('body', html.outputs, ['html', 'tei']);
    // the search index needs the reading text even when the text edition is not made
    if (opts.site !== false && !targets.has('text')) each('reading', transformBatch('tei-to-text', sources, READING_TEXT, sheets), []);
  }
  return out;
}

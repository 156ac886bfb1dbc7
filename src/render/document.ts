/**
 * One document rendered on its own: everything of its outputs that does not depend on the
 * other documents (the HTML body before its page shell, the print HTML, the texts, the reading
 * text for the search index) and the summary the site index needs. The site pages are made
 * from these afterwards (site-plan.ts), so a build can render, cache and drop one document at
 * a time, and a worker can render one document without knowing the others.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { outputHref, type OutputKind } from './links.js';
import { parseSummary, type DocSummary } from './summary.js';
import { citationParams, printHtml, READING_TEXT, textEditions, tryTransform, type PageOptions } from './transforms.js';
import type { RenderDoc, RenderOptions } from './index.js';
import type { Stylesheets } from './saxon.js';
export { documentOptions } from './document-options.js';

/** The parts of a document's outputs that a render makes (the PDF is added by `addPdfs`). */
export type PartKind = 'body' | 'print' | 'reading' | 'diplomatic' | 'pdf';

/** A document rendered on its own (see the module comment). */
export interface RenderedDocument {
  readonly id: string;
  readonly file: string;
  readonly summary: DocSummary;
  /** The output files the document has (html and tei with a body, print, pdf, the texts). */
  readonly made: Set<OutputKind>;
  /** The parts made; `reading` may be there for the search index alone (then `made` lacks it). */
  readonly parts: Partial<Record<PartKind, string | Uint8Array>>;
}

/** The parameters of tei-to-summary.xsl. */
export function summaryParams(opts: RenderOptions): Record<string, string> {
  return { 'date-format': opts.dateFormat ?? 'dmy' };
}

/** The edition and document facts a page's citation and layout need. */
export function pageOptions(id: string, opts: RenderOptions): PageOptions {
  return {
    siteTitle: opts.siteTitle ?? 'Edition',
    pageSize: opts.pageSize ?? 'A4',
    dateFormat: opts.dateFormat ?? 'dmy',
    ...(opts.buildDate ? { buildDate: opts.buildDate } : {}),
    docPath: outputHref('html', id, 0),
    ...(opts.targets.includes('pdf') ? { pdfPath: outputHref('pdf', id, 1) } : {}),
  };
}

/**
 * Renders one document to the targets' parts. Returns undefined when its summary cannot be
 * made (a `render/xslt` error in `into`: the document is then left out of the site); a part a
 * stylesheet fails on is left out, with its error, and the others are made. `sheets` are the
 * run's parsed stylesheets (one set per thread, shared by its documents).
 */
export function renderDocument(doc: RenderDoc, opts: RenderOptions, into: Diagnostic[], sheets: Stylesheets): RenderedDocument | undefined {
  const json = tryTransform('tei-to-summary', doc, into, summaryParams(opts), sheets);
  if (json === undefined) return undefined;
  const targets = new Set(opts.targets);
  const out: RenderedDocument = { id: doc.id, file: doc.file, summary: parseSummary(json), made: new Set(), parts: {} };
  if (targets.has('text')) {
    const text = textEditions(doc, into, sheets);
    if (text) {
      Object.assign(out.parts, { reading: text.reading, diplomatic: text.diplomatic });
      out.made.add('reading').add('diplomatic');
    }
  }
  if (targets.has('print') || targets.has('pdf')) {
    const html = printHtml(doc, into, pageOptions(doc.id, opts), sheets);
    if (html !== undefined) {
      out.parts.print = html;
      out.made.add('print');
    }
  }
  if (targets.has('html')) {
    const body = tryTransform('tei-to-html', doc, into, citationParams(pageOptions(doc.id, opts)), sheets);
    if (body !== undefined) {
      out.parts.body = body;
      out.made.add('html').add('tei');
      // The search index needs the reading text even when the text edition is not made.
      if (opts.site !== false && out.parts.reading === undefined) {
        const reading = tryTransform('tei-to-text', doc, into, READING_TEXT, sheets);
        if (reading !== undefined) out.parts.reading = reading;
      }
    }
  }
  return out;
}

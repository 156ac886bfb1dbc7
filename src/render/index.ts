/**
 * Editions: TEI files → HTML pages (reading and diplomatic views), print HTML, PDF, plain
 * text, and a site index. The API the build and the CLI call; it writes no files.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { linksFor, outputHref, outputPath, type OutputKind } from './links.js';
import { printPdfs, type PdfJob } from './pdf.js';
import { binaryAssets, resource } from './resources.js';
import { documentPage, indexPage, partiesLabel, searchPage, typeLabel, type SiteDoc } from './site.js';
import { searchIndexScript } from './search.js';
import type { PdfInfo } from './pdf-info.js';
import { parseSummary, type DocSummary } from './summary.js';
import type { StylesheetName, StylesheetParams } from './saxon.js';
import { citationParams, precompute, printHtml, printParams, TEXT_PARAMS, textEditions, tryTransform, type PageOptions } from './transforms.js';
import { compareCodePoints } from '../util/collate.js';

/** An edition format. `pdf` implies the print HTML it is printed from. */
export type RenderTarget = 'html' | 'print' | 'pdf' | 'text';

/** The site's one date format. */
export type DateFormat = 'dmy' | 'mdy' | 'iso';

/** A TEI file to render. */
export interface RenderDoc {
  /** The file's basename without extension; names its outputs. */
  id: string;
  /** The file's path, for diagnostics. */
  file: string;
  /** The TEI XML. */
  xml: string;
}

/** What to render and how. */
export interface RenderOptions {
  targets: readonly RenderTarget[];
  /** The edition's title (site header, index, print title page). Default "Edition". */
  siteTitle?: string;
  /** Chromium for PDFs; `null` = don't try; default `TEIPRESS_CHROMIUM` or /usr/bin/chromium. */
  chromium?: string | null;
  /** Shown in page footers and PDF metadata when given; nothing time-dependent otherwise. */
  buildDate?: string;
  /** Paper size of the print HTML and PDF. Default A4. */
  pageSize?: 'A4' | 'Letter';
  /**
   * Whether the html target writes the site's index and search page (default true). A render of
   * some files of an edition passes false, so that the edition's index is not replaced by one
   * that lists only those files.
   */
  site?: boolean;
  /** How dates read everywhere on the site: 'dmy' (5 November 1962, default), 'mdy' or 'iso'. */
  dateFormat?: DateFormat;
}

/** One output file. */
export interface OutputFile {
  /** Relative to the output dir, '/'-separated. */
  path: string;
  content: string | Uint8Array;
}

/** The files to write and what was found on the way. */
export interface RenderResult {
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

interface Prepared extends RenderDoc {
  summary: DocSummary;
  made: Set<OutputKind>;
  /** The reading text, once made (for the search index). */
  reading?: string;
}

/**
 * Renders every document to the requested targets. Returns the output files (sorted by
 * path) and diagnostics: `render/xslt` for a document a stylesheet fails on (its outputs are
 * left out, the others are made), `render/pdf-unavailable` (warning) when Chromium is
 * missing, `render/pdf-failed` when it cannot print a page. Deterministic: the same inputs
 * and options give the same files.
 */
export async function renderEditions(docs: readonly RenderDoc[], opts: RenderOptions): Promise<RenderResult> {
  const diagnostics: Diagnostic[] = [];
  const files: OutputFile[] = [];
  const targets = new Set(opts.targets);
  const forget = await precompute(plannedTransforms(docs, opts));
  try {
    const prepared = prepare(docs, opts, diagnostics);
    if (targets.has('text')) files.push(...renderText(prepared, diagnostics));
    if (targets.has('print') || targets.has('pdf')) files.push(...(await renderPrint(prepared, opts, diagnostics)));
    if (targets.has('html')) files.push(...renderSite(prepared, opts, diagnostics));
  } finally {
    forget();
  }
  // html and print share the font files: each path once
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  unique.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: unique, diagnostics: sortDiagnostics(diagnostics) };
}

/** Every stylesheet run the targets need, so that a large batch can be run on all cores first. */
function plannedTransforms(docs: readonly RenderDoc[], opts: RenderOptions): { name: StylesheetName; source: RenderDoc; params: StylesheetParams }[] {
  const t = new Set(opts.targets);
  return docs.flatMap((source) => [
    { name: 'tei-to-summary' as const, source, params: summaryParams(opts) },
    ...(t.has('text') ? TEXT_PARAMS.map((params) => ({ name: 'tei-to-text' as const, source, params })) : []),
    ...(t.has('html') && !t.has('text') && opts.site !== false ? [{ name: 'tei-to-text' as const, source, params: TEXT_PARAMS[0] ?? {} }] : []),
    ...(t.has('print') || t.has('pdf') ? [{ name: 'tei-to-print' as const, source, params: printParams(pageOptions(source.id, opts)) }] : []),
    ...(t.has('html') ? [{ name: 'tei-to-html' as const, source, params: citationParams(pageOptions(source.id, opts)) }] : []),
  ]);
}

function summaryParams(opts: RenderOptions): Record<string, string> {
  return { 'date-format': opts.dateFormat ?? 'dmy' };
}

/** The edition and document facts a page's citation and layout need. */
function pageOptions(id: string, opts: RenderOptions): PageOptions {
  return {
    siteTitle: opts.siteTitle ?? 'Edition',
    pageSize: opts.pageSize ?? 'A4',
    dateFormat: opts.dateFormat ?? 'dmy',
    ...(opts.buildDate ? { buildDate: opts.buildDate } : {}),
    docPath: outputHref('html', id, 0),
    ...(opts.targets.includes('pdf') ? { pdfPath: outputHref('pdf', id, 1) } : {}),
  };
}

/** Summarises each document and puts them in site order (by date, then id). */
function prepare(docs: readonly RenderDoc[], opts: RenderOptions, diagnostics: Diagnostic[]): Prepared[] {
  const prepared: Prepared[] = [];
  for (const doc of docs) {
    const json = tryTransform('tei-to-summary', doc, diagnostics, summaryParams(opts));
    if (json === undefined) continue;
    prepared.push({ ...doc, summary: parseSummary(json), made: new Set() });
  }
  const key = (d: Prepared): string => d.summary.date ?? '\uffff';
  return prepared.sort((a, b) => compareCodePoints(key(a), key(b)) || compareCodePoints(a.id, b.id));
}

function renderText(docs: readonly Prepared[], diagnostics: Diagnostic[]): OutputFile[] {
  const files: OutputFile[] = [];
  for (const doc of docs) {
    const text = textEditions(doc, diagnostics);
    if (!text) continue;
    files.push({ path: outputPath('reading', doc.id), content: text.reading });
    doc.reading = text.reading;
    files.push({ path: outputPath('diplomatic', doc.id), content: text.diplomatic });
    doc.made.add('reading').add('diplomatic');
  }
  return files;
}

async function renderPrint(docs: readonly Prepared[], opts: RenderOptions, diagnostics: Diagnostic[]): Promise<OutputFile[]> {
  const files: OutputFile[] = [
    { path: 'assets/print.css', content: resource('assets/print.css') },
    { path: 'assets/paged.polyfill.js', content: resource('assets/paged.polyfill.js') },
    { path: 'assets/paged.LICENSE.txt', content: resource('assets/paged.LICENSE.txt') },
    { path: 'assets/hyphen.js', content: resource('assets/hyphen.js') },
    { path: 'assets/hyphen.LICENSE.txt', content: resource('assets/hyphen.LICENSE.txt') },
    { path: 'assets/hyphenate.js', content: resource('assets/hyphenate.js') },
    ...fontFiles(),
  ];
  const jobs: PdfJob[] = [];
  for (const doc of docs) {
    const html = printHtml(doc, diagnostics, pageOptions(doc.id, opts));
    if (html === undefined) continue;
    files.push({ path: outputPath('print', doc.id), content: html });
    doc.made.add('print');
    jobs.push({ id: doc.id, file: doc.file, html, info: pdfInfo(doc.summary, opts.siteTitle ?? 'Edition') });
  }
  if (!opts.targets.includes('pdf')) return files;
  const assets = new Map(files.filter((f) => f.path.startsWith('assets/')).map((f) => [f.path, f.content]));
  const { pdfs, diagnostics: pdfDiagnostics } = await printPdfs(jobs, opts.chromium, opts.buildDate, assets);
  diagnostics.push(...pdfDiagnostics);
  for (const doc of docs) {
    const pdf = pdfs.get(doc.id);
    if (!pdf) continue;
    files.push({ path: outputPath('pdf', doc.id), content: pdf });
    doc.made.add('pdf');
  }
  return files;
}

/** HTML pages, the index, the assets and the TEI copies the pages link to. */
function renderSite(docs: readonly Prepared[], opts: RenderOptions, diagnostics: Diagnostic[]): OutputFile[] {
  const siteTitle = opts.siteTitle ?? 'Edition';
  const bodies = new Map<string, string>();
  for (const doc of docs) {
    const body = tryTransform('tei-to-html', doc, diagnostics, citationParams(pageOptions(doc.id, opts)));
    if (body === undefined) continue;
    bodies.set(doc.id, body);
    doc.made.add('html').add('tei');
  }
  const site: SiteDoc[] = docs.filter((d) => bodies.has(d.id)).map((d) => siteDoc(d));
  const files: OutputFile[] = site.map((d, i) => ({
    path: outputPath('html', d.id),
    content: documentPage(site, i, bodies.get(d.id) ?? '', siteTitle, opts.buildDate),
  }));
  files.push(...docs.filter((d) => d.made.has('tei')).map((d) => ({ path: outputPath('tei', d.id), content: d.xml })));
  if (opts.site !== false) {
    files.push({ path: 'index.html', content: indexPage(site, siteTitle, opts.buildDate) });
    files.push(...searchFiles(docs.filter((d) => bodies.has(d.id)), siteTitle, opts, diagnostics));
  }
  files.push({ path: 'assets/edition.css', content: resource('assets/edition.css') });
  files.push({ path: 'assets/edition.js', content: resource('assets/edition.js') });
  files.push(...fontFiles());
  return files;
}

/** The search page, its script, MiniSearch and the index of the documents' reading texts. */
function searchFiles(docs: readonly Prepared[], siteTitle: string, opts: RenderOptions, diagnostics: Diagnostic[]): OutputFile[] {
  const searchable = docs.map((d) => ({ id: d.id, summary: d.summary, reading: d.reading ?? tryTransform('tei-to-text', d, diagnostics, TEXT_PARAMS[0]) ?? '' }));
  const types = [...new Set(docs.flatMap((d) => d.summary.types))].sort();
  const years = [...new Set(docs.map((d) => d.summary.date?.slice(0, 4) ?? '').filter((y) => /^\d{4}$/u.test(y)))].sort();
  return [
    { path: 'search.html', content: searchPage(siteTitle, types, years, opts.buildDate) },
    { path: 'assets/search-index.js', content: searchIndexScript(searchable) },
    { path: 'assets/search.js', content: resource('assets/search.js') },
    { path: 'assets/minisearch.js', content: resource('assets/minisearch.js') },
    { path: 'assets/minisearch.LICENSE.txt', content: resource('assets/minisearch.LICENSE.txt') },
  ];
}

/** A PDF's document information, from what the site knows of the document. */
function pdfInfo(s: DocSummary, siteTitle: string): PdfInfo {
  const subject = [typeLabel(s), s.dateLabel, partiesLabel(s)].filter((x) => x).join(', ');
  const keywords = [...new Set(s.types), s.repository, s.collection, s.classification].filter((x) => x).join('; ');
  return {
    ...(s.title ? { title: s.title } : {}),
    ...(s.sender ?? s.publisher ? { author: s.sender ?? s.publisher } : {}),
    subject: subject ? `${subject} (${siteTitle})` : siteTitle,
    ...(keywords ? { keywords } : {}),
  };
}

/** The bundled font: its @font-face sheet, woff2 files and licence. */
function fontFiles(): OutputFile[] {
  return [{ path: 'assets/fonts.css', content: resource('assets/fonts.css') }, ...binaryAssets('assets/fonts/')];
}

function siteDoc(doc: Prepared): SiteDoc {
  const others = new Set([...doc.made].filter((k) => k !== 'html'));
  return {
    id: doc.id,
    summary: doc.summary,
    indexLinks: linksFor(doc.id, doc.made, 0),
    pageLinks: linksFor(doc.id, others, 1),
    href: outputHref('html', doc.id, 0),
  };
}

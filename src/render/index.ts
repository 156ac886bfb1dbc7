/**
 * Editions: TEI files → HTML pages (reading and diplomatic views), print HTML, PDF, plain
 * text, and a site index. The API the build and the CLI call; it writes no files.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { printPdfs, type PdfJob } from './pdf.js';
import { binaryAssets, resource } from './resources.js';
import { partiesLabel, typeLabel } from './site.js';
import type { PdfInfo } from './pdf-info.js';
import type { DocSummary } from './summary.js';
import { availableParallelism } from 'node:os';
import type { RenderedDocument } from './document.js';
import { documentPool, RENDER_WORKER_LIMITS } from './pool.js';
import { jobsFromEnv } from './jobs.js';
import { sitePlan, type PartSource, type SiteEntry } from './site-plan.js';

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
  /** Worker threads rendering documents (default: TEIPRESS_RENDER_WORKERS, else one per core for four or more documents; 1 renders on this thread). */
  jobs?: number;
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

/**
 * Renders every document to the requested targets. Returns the output files (sorted by
 * path) and diagnostics: `render/xslt` for a document a stylesheet fails on (its outputs are
 * left out, the others are made), `render/pdf-unavailable` (warning) when Chromium is
 * missing, `render/pdf-failed` when it cannot print a page. Deterministic: the same inputs
 * and options give the same files.
 */
export async function renderEditions(docs: readonly RenderDoc[], opts: RenderOptions): Promise<RenderResult> {
  const diagnostics: Diagnostic[] = [];
  // every output is kept until the end: the workers' old generation is not capped (RENDER_WORKER_LIMITS)
  const pool = documentPool(opts, opts.jobs ?? defaultJobs(docs.length), RENDER_WORKER_LIMITS);
  let rendered: RenderedDocument[];
  try {
    const results = await Promise.all(docs.map((d) => pool.render(d)));
    rendered = results.flatMap((r) => {
      diagnostics.push(...r.diagnostics);
      return r.rendered ?? [];
    });
  } finally {
    await pool.close();
  }
  await addPdfs(rendered, opts, diagnostics);
  const byId = new Map(rendered.map((r) => [r.id, r]));
  const xml = new Map(docs.map((d) => [d.id, d.xml]));
  const parts: PartSource = (id, part) => Promise.resolve((part === 'tei' ? xml.get(id) : byId.get(id)?.parts[part]) ?? '');
  const plan = sitePlan(rendered.map((r) => siteEntry(r, '')), opts, parts);
  const files: OutputFile[] = [];
  for (const p of plan) {
    const content = await p.make();
    files.push({ path: p.path, content: typeof content === 'string' || content instanceof Uint8Array ? content : await joined(content) });
  }
  // html and print share the font files: each path once
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  unique.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: unique, diagnostics: sortDiagnostics(diagnostics) };
}

/** Text in pieces as one string. */
async function joined(pieces: Iterable<string> | AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const p of pieces) s += p;
  return s;
}

/** What the site needs of a rendered document, under the document's key. */
export function siteEntry(r: RenderedDocument, key: string): SiteEntry {
  return { id: r.id, key, summary: r.summary, made: r.made, searchable: r.parts.reading !== undefined };
}

/** Below this many documents a pool costs more (each worker loads saxon-js and the SEFs) than it saves. */
const MIN_POOL_DOCS = 4;

/** Workers for a batch: TEIPRESS_RENDER_WORKERS when set, else one per core for a batch worth it. */
export function defaultJobs(docs: number): number {
  return jobsFromEnv() ?? (docs < MIN_POOL_DOCS ? 1 : availableParallelism());
}

/**
 * Prints the print HTML of `docs` to PDF when the targets ask for it (one Chromium for the
 * call), adding each PDF to its document's parts and outputs.
 */
export async function addPdfs(docs: readonly RenderedDocument[], opts: RenderOptions, diagnostics: Diagnostic[]): Promise<void> {
  if (!opts.targets.includes('pdf')) return;
  const jobs: PdfJob[] = docs.flatMap((d) => (typeof d.parts.print === 'string' ? [{ id: d.id, file: d.file, html: d.parts.print, info: pdfInfo(d.summary, opts.siteTitle ?? 'Edition') }] : []));
  const assets = new Map<string, string | Uint8Array>([
    ['assets/print.css', resource('assets/print.css')],
    ['assets/paged.polyfill.js', resource('assets/paged.polyfill.js')],
    ['assets/paged.LICENSE.txt', resource('assets/paged.LICENSE.txt')],
    ['assets/hyphen.js', resource('assets/hyphen.js')],
    ['assets/hyphen.LICENSE.txt', resource('assets/hyphen.LICENSE.txt')],
    ['assets/hyphenate.js', resource('assets/hyphenate.js')],
    ['assets/fonts.css', resource('assets/fonts.css')],
    ...binaryAssets('assets/fonts/').map((f) => [f.path, f.content] as [string, Uint8Array]),
  ]);
  const { pdfs, diagnostics: pdfDiagnostics } = await printPdfs(jobs, opts.chromium, opts.buildDate, assets);
  diagnostics.push(...pdfDiagnostics);
  for (const d of docs) {
    const pdf = pdfs.get(d.id);
    if (!pdf) continue;
    d.parts.pdf = pdf;
    d.made.add('pdf');
  }
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

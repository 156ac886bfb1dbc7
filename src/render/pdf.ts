import { existsSync } from 'node:fs';
import type { Browser, BrowserType } from 'playwright-core';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { withInfo, type PdfInfo } from './pdf-info.js';

/** One print HTML page to turn into a PDF. */
export interface PdfJob {
  readonly id: string;
  /** For diagnostics. */
  readonly file: string;
  /** The print HTML; it links ../assets/ (print.css, fonts, paged.js), given to `printPdfs`. */
  readonly html: string;
  /** The PDF's document information (title, author, subject, keywords). */
  readonly info?: PdfInfo;
}

/** The PDFs made (by document id) and what went wrong. */
export interface PdfResult {
  readonly pdfs: Map<string, Uint8Array>;
  readonly diagnostics: Diagnostic[];
}

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * The Chromium to use: `null` means do not try; `undefined` means `TEIPRESS_CHROMIUM` or
 * Debian's /usr/bin/chromium. Returns the path, or `null` when there is none.
 */
export function resolveChromium(option: string | null | undefined): string | null {
  if (option === null) return null;
  const path = option ?? process.env['TEIPRESS_CHROMIUM'] ?? DEFAULT_CHROMIUM;
  return existsSync(path) ? path : null;
}

/**
 * Prints every job to PDF with one Chromium for the whole call. A missing Chromium gives one
 * `render/pdf-unavailable` warning and no PDFs; a page that fails gives `render/pdf-failed`.
 * `assets` are the files under `assets/` the pages link to.
 * `buildDate` (YYYY-MM-DD), when given, replaces the PDF's own timestamps, which are
 * otherwise set to 1970-01-01, so that the same input gives the same bytes.
 */
export async function printPdfs(jobs: readonly PdfJob[], chromiumOption: string | null | undefined, buildDate?: string, assets: ReadonlyMap<string, string | Uint8Array> = new Map()): Promise<PdfResult> {
  const pdfs = new Map<string, Uint8Array>();
  const diagnostics: Diagnostic[] = [];
  const first = jobs[0];
  if (!first) return { pdfs, diagnostics };
  const executablePath = resolveChromium(chromiumOption);
  if (!executablePath) {
    const where = chromiumOption === null ? 'PDF output was turned off' : `Chromium was not found (${chromiumOption ?? process.env['TEIPRESS_CHROMIUM'] ?? DEFAULT_CHROMIUM})`;
    diagnostics.push(diagnostic('render/pdf-unavailable', { file: first.file, line: 1, column: 1 }, `${where}, so no PDF was made for ${jobs.length} document(s); the print HTML is written.`));
    return { pdfs, diagnostics };
  }
  const chromium = await loadChromiumDriver();
  if (!chromium) {
    diagnostics.push(diagnostic('render/pdf-unavailable', { file: first.file, line: 1, column: 1 }, `The optional package playwright-core is not installed (npm install playwright-core), so no PDF was made for ${jobs.length} document(s); the print HTML is written.`));
    return { pdfs, diagnostics };
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: ARGS });
  } catch (err) {
    diagnostics.push(diagnostic('render/pdf-unavailable', { file: first.file, line: 1, column: 1 }, `Chromium at ${executablePath} did not start (${firstLine(err)}), so no PDF was made.`));
    return { pdfs, diagnostics };
  }
  try {
    for (const job of jobs) {
      try {
        const pdf = stableDates(await printOne(browser, job, assets), buildDate);
        pdfs.set(job.id, job.info ? withInfo(pdf, { ...job.info, ...(buildDate ? { date: buildDate } : {}) }) : pdf);
      } catch (err) {
        diagnostics.push(diagnostic('render/pdf-failed', { file: job.file, line: 1, column: 1 }, `Chromium failed to print ${job.id} (${firstLine(err)}).`));
      }
    }
  } finally {
    await browser.close();
  }
  return { pdfs, diagnostics };
}

/**
 * playwright-core is an optional dependency, loaded only when a PDF is asked for, so that
 * converting, validating and rendering HTML never need it. `undefined` when it is absent.
 */
async function loadChromiumDriver(): Promise<BrowserType | undefined> {
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    return undefined;
  }
}

// The print HTML links ../assets/; it is served from memory under an origin that never reaches
// the network (every request is answered by the route or refused).
const ORIGIN = 'http://teipress.invalid';
const PAGED_TIMEOUT_MS = 60_000;

async function printOne(browser: Browser, job: PdfJob, assets: ReadonlyMap<string, string | Uint8Array>): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.route('**/*', async (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      const body = path === 'print/page.html' ? job.html : assets.get(path);
      if (body === undefined) return route.abort();
      return route.fulfill({ body: typeof body === 'string' ? body : Buffer.from(body), contentType: contentType(path) });
    });
    await page.goto(`${ORIGIN}/print/page.html`, { waitUntil: 'load' });
    // paged.js marks the root when its layout is done (window.PagedConfig in the print HTML)
    await page.waitForSelector('html[data-paged="done"]', { timeout: PAGED_TIMEOUT_MS, state: 'attached' });
    const buffer = await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: false, printBackground: true, outline: true, tagged: true });
    return new Uint8Array(buffer);
  } finally {
    await page.close();
  }
}

const TYPES: Readonly<Record<string, string>> = { html: 'text/html', css: 'text/css', js: 'text/javascript', woff2: 'font/woff2', txt: 'text/plain' };

function contentType(path: string): string {
  return TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/**
 * Overwrites the digits of /CreationDate and /ModDate in place (same length, so the xref
 * offsets stay valid) with the build date, or 1970-01-01.
 */
export function stableDates(pdf: Uint8Array, buildDate?: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const stamp = (buildDate ?? '1970-01-01').replace(/\D/gu, '');
  const replaced = text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)(\d+)/gu, (_m, head: string, digits: string) => {
    const fixed = (stamp + '0'.repeat(digits.length)).slice(0, digits.length);
    return head + fixed;
  });
  return new Uint8Array(Buffer.from(replaced, 'latin1'));
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}

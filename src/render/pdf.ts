import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** One print HTML page to turn into a PDF. */
export interface PdfJob {
  readonly id: string;
  /** For diagnostics. */
  readonly file: string;
  /** A self-contained HTML document (CSS inline, no external resources). */
  readonly html: string;
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
 * `buildDate` (YYYY-MM-DD), when given, replaces the PDF's own timestamps, which are
 * otherwise set to 1970-01-01, so that the same input gives the same bytes.
 */
export async function printPdfs(jobs: readonly PdfJob[], chromiumOption: string | null | undefined, buildDate?: string): Promise<PdfResult> {
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
        pdfs.set(job.id, stableDates(await printOne(browser, job.html), buildDate));
      } catch (err) {
        diagnostics.push(diagnostic('render/pdf-failed', { file: job.file, line: 1, column: 1 }, `Chromium failed to print ${job.id} (${firstLine(err)}).`));
      }
    }
  } finally {
    await browser.close();
  }
  return { pdfs, diagnostics };
}

async function printOne(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const buffer = await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: false, printBackground: true });
    return new Uint8Array(buffer);
  } finally {
    await page.close();
  }
}

/**
 * Overwrites the digits of /CreationDate and /ModDate in place (same length, so the xref
 * offsets stay valid) with the build date, or 1970-01-01.
 */
export function stableDates(pdf: Uint8Array, buildDate?: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const stamp = (buildDate ?? '1970-01-01').replace(/\D/g, '');
  const replaced = text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)(\d+)/g, (_m, head: string, digits: string) => {
    const fixed = (stamp + '0'.repeat(digits.length)).slice(0, digits.length);
    return head + fixed;
  });
  return new Uint8Array(Buffer.from(replaced, 'latin1'));
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}

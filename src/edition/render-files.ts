import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { collector, diagnostic } from '../diagnostics/diagnostic.js';
import { checkWellFormed } from '../validate/well-formed.js';
import { renderEditions, type DateFormat, type RenderDoc, type RenderTarget } from '../render/index.js';
import { writeAtomic, writeFailure } from '../node/fs.js';

/** How `renderFiles` renders. */
export interface RenderFilesOptions {
  /** The edition's title (default "Edition"). */
  readonly siteTitle?: string;
  /** Also write the site index and search page (default false: a render of some files never replaces an edition's index). */
  readonly site?: boolean;
  /** Paper size of the print HTML and PDF (default A4). */
  readonly pageSize?: 'A4' | 'Letter';
  /** How dates read on the pages (default dmy: 5 November 1962). */
  readonly dateFormat?: DateFormat;
  readonly buildDate?: string;
  /** Worker threads rendering documents (default: one per core for four or more files). */
  readonly jobs?: number;
}

/**
 * Renders TEI files from disk into `outDir` (`teipress render`); the site index only with
 * `site: true`. Unreadable files are
 * diagnostics; an output that cannot be written is a `build/write-failed` diagnostic (and the
 * rest are not tried). Returns the diagnostics and the paths written.
 */
export async function renderFiles(paths: readonly string[], targets: readonly RenderTarget[], outDir: string, options: string | RenderFilesOptions = {}): Promise<{ diagnostics: Diagnostic[]; written: string[] }> {
  const diagnostics: Diagnostic[] = [];
  const docs: RenderDoc[] = [];
  for (const p of paths) {
    try {
      // The validator's safe pre-parse first: a hostile or broken file is reported at its
      // place and never reaches the XSLT engine.
      const checked = checkWellFormed(await readFile(p), collector(p, diagnostics));
      if (checked) docs.push({ id: basename(p, extname(p)), file: p, xml: checked.text });
    } catch (e) {
      diagnostics.push(diagnostic('source/unreadable', { file: p, line: 1, column: 1 }, `The file could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`));
    }
  }
  if (!docs.length) return { diagnostics, written: [] };
  const o: RenderFilesOptions = typeof options === 'string' ? { siteTitle: options } : options;
  const r = await renderEditions(docs, { targets, site: o.site === true, ...(o.siteTitle ? { siteTitle: o.siteTitle } : {}), ...(o.pageSize ? { pageSize: o.pageSize } : {}), ...(o.dateFormat ? { dateFormat: o.dateFormat } : {}), ...(o.buildDate ? { buildDate: o.buildDate } : {}), ...(o.jobs ? { jobs: o.jobs } : {}) });
  const written: string[] = [];
  for (const f of r.files) {
    const path = join(outDir, f.path);
    try {
      await writeAtomic(path, f.content);
      written.push(path);
    } catch (e) {
      // One reason (the out-dir is a file, no permission) fails every file: say it once.
      diagnostics.push(writeFailure(path, e));
      break;
    }
  }
  return { diagnostics: [...diagnostics, ...r.diagnostics], written };
}

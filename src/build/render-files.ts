import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { renderEditions, type RenderDoc, type RenderTarget } from '../render/index.js';
import { writeAtomic } from './fs.js';

/**
 * Renders TEI files from disk into `outDir` (`teipress render`). Unreadable files are
 * diagnostics. Returns the diagnostics and the paths written.
 */
export async function renderFiles(paths: readonly string[], targets: readonly RenderTarget[], outDir: string, siteTitle?: string): Promise<{ diagnostics: Diagnostic[]; written: string[] }> {
  const diagnostics: Diagnostic[] = [];
  const docs: RenderDoc[] = [];
  for (const p of paths) {
    try {
      docs.push({ id: basename(p, extname(p)), file: p, xml: await readFile(p, 'utf8') });
    } catch (e) {
      diagnostics.push(diagnostic('source/unreadable', { file: p, line: 1, column: 1 }, `The file could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`));
    }
  }
  const r = await renderEditions(docs, { targets, ...(siteTitle ? { siteTitle } : {}) });
  const written: string[] = [];
  for (const f of r.files) {
    const path = join(outDir, f.path);
    await writeAtomic(path, f.content);
    written.push(path);
  }
  return { diagnostics: [...diagnostics, ...r.diagnostics], written };
}

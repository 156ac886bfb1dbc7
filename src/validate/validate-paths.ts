/**
 * Validation of files and folders on disk: `.xml` files are collected (folders recursively,
 * in sorted order) and validated in one batch. Unreadable paths become diagnostics.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { validateDocuments, type ValidateInput, type ValidateOptions } from './validate-documents.js';

async function collect(path: string, files: string[], errors: Diagnostic[]): Promise<void> {
  try {
    const s = await stat(path);
    if (!s.isDirectory()) { files.push(path); return; }
    const names = (await readdir(path)).sort();
    for (const name of names) {
      const child = join(path, name);
      const cs = await stat(child).catch(() => undefined);
      if (cs?.isDirectory() || name.endsWith('.xml')) await collect(child, files, errors);
    }
  } catch (e) {
    errors.push(unreadable(path, e));
  }
}

function unreadable(file: string, e: unknown): Diagnostic {
  const why = e instanceof Error && 'code' in e ? String(e.code) : e instanceof Error ? e.message : String(e);
  return diagnostic('source/unreadable', { file, line: 1, column: 1 }, `The file could not be read (${why}).`);
}

/**
 * Validates the `.xml` files named by `pathsOrDirs` (files are taken as given, whatever their
 * extension; folders are searched recursively). Never throws.
 */
export async function validatePaths(pathsOrDirs: readonly string[], opts: ValidateOptions = {}): Promise<Diagnostic[]> {
  const files: string[] = [];
  const errors: Diagnostic[] = [];
  for (const p of pathsOrDirs) await collect(p, files, errors);
  const inputs: ValidateInput[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, xml: new Uint8Array(await readFile(file)) });
    } catch (e) {
      errors.push(unreadable(file, e));
    }
  }
  return sortDiagnostics([...errors, ...(await validateDocuments(inputs, opts))]);
}

/**
 * Validation of files and folders on disk: `.xml` files are collected (folders recursively,
 * in sorted order) and validated in one batch. Unreadable paths become diagnostics. The walk
 * follows symbolic links but visits each real folder and each real file once (keyed by device
 * and inode), so links to `.` or to an ancestor end instead of looping, and a file reached
 * through several links is validated once, under the first path that reaches it. Hidden
 * entries inside a folder (`.teipress/backup/`, `.git`, temporary `.NAME.tmp` files) are never
 * walked: they are teipress's own or another tool's, not the edition's TEI.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { validateDocuments, type ValidateInput, type ValidateOptions } from './validate-documents.js';

/** What a walk has collected so far. */
interface Walk {
  readonly files: string[];
  readonly errors: Diagnostic[];
  /** `dev:ino` of every folder and file already visited. */
  readonly seen: Set<string>;
}

/** Sorted by code unit, not by the machine's locale, so the order is the same everywhere. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function collect(path: string, walk: Walk, named: boolean): Promise<void> {
  try {
    const s = await stat(path);
    const key = `${s.dev}:${s.ino}`;
    if (walk.seen.has(key)) return;
    if (!s.isDirectory()) {
      if (!named && !path.endsWith('.xml')) return;
      walk.seen.add(key);
      walk.files.push(path);
      return;
    }
    walk.seen.add(key);
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort(byCodeUnit);
    for (const name of names) await collect(join(path, name), walk, false);
  } catch (e) {
    // Inside a folder only `.xml` names matter: a broken link named notes.txt is not an input.
    if (named || path.endsWith('.xml')) walk.errors.push(unreadable(path, e));
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
  return (await validatePathsCounted(pathsOrDirs, opts)).diagnostics;
}

/** As `validatePaths`, and also the number of files that were validated (for a summary line). */
export async function validatePathsCounted(pathsOrDirs: readonly string[], opts: ValidateOptions = {}): Promise<{ diagnostics: Diagnostic[]; files: number }> {
  const walk: Walk = { files: [], errors: [], seen: new Set() };
  for (const p of pathsOrDirs) await collect(p, walk, true);
  const inputs: ValidateInput[] = [];
  for (const file of walk.files) {
    try {
      inputs.push({ file, xml: new Uint8Array(await readFile(file)) });
    } catch (e) {
      walk.errors.push(unreadable(file, e));
    }
  }
  return { diagnostics: sortDiagnostics([...walk.errors, ...(await validateDocuments(inputs, opts))]), files: inputs.length };
}

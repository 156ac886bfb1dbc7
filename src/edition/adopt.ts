/**
 * `teipress adopt`: an edited TEI file becomes canonical. The manifest records it as adopted
 * with its current bytes, so later builds keep it (an `info`, not a warning) and no longer
 * convert its transcript, even when the transcript changes.
 */
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { sha256 } from '../util/sha256.js';
import { readOptional } from '../node/fs.js';
import { lockEdition } from '../node/lock.js';
import { readManifest, writeManifest, type Manifest } from './manifest.js';
import { preflight } from './preflight.js';

/** What `adopt` did. */
export interface AdoptResult {
  readonly adopted: string[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Adopts the TEI files `files` (paths inside the edition `dir`'s TEI folder): each must exist
 * and be one the manifest knows or whose transcript `transcripts/<name>.txt` exists. Locks the
 * edition as a build does. Never throws on bad input.
 */
export async function adopt(dir: string, files: readonly string[], opts: { configPath?: string } = {}): Promise<AdoptResult> {
  const pre = await preflight(dir, opts.configPath);
  if (!pre.config || !pre.folders) return { adopted: [], diagnostics: pre.diagnostics };
  const lock = await lockEdition(dir);
  if ('heldBy' in lock) return { adopted: [], diagnostics: [diagnostic('build/locked', { file: relative(process.cwd(), join(dir, '.teipress.lock')), line: 1, column: 1 }, `A build of this edition is running (process ${lock.heldBy.pid}); nothing was adopted.`)] };
  try {
    const teiDir = pre.folders.tei;
    const { manifest, problems } = await readManifest(teiDir);
    const diagnostics = [...pre.diagnostics, ...problems];
    const adopted: string[] = [];
    for (const file of files) {
      const d = await adoptOne(file, teiDir, pre.config.transcripts, pre.folders.transcripts, manifest);
      if (d.severity === 'error') diagnostics.push(d);
      else adopted.push(file);
    }
    if (adopted.length && !hasErrors(diagnostics)) await writeManifest(teiDir, manifest);
    return { adopted: hasErrors(diagnostics) ? [] : adopted, diagnostics: sortDiagnostics(diagnostics) };
  } finally {
    await lock.release();
  }
}

/** Marks one file adopted in `m`; returns an error, or an info saying what was done. */
async function adoptOne(file: string, teiDir: string, transcriptsSetting: string, transcriptsDir: string, m: Manifest): Promise<Diagnostic> {
  const at = { file, line: 1, column: 1 };
  const inside = resolve(file).startsWith(resolve(teiDir) + sep) && !relative(teiDir, file).includes(sep);
  const name = basename(file);
  if (!inside || !name.endsWith('.xml')) return diagnostic('build/no-input', at, `${file} is not a TEI file of this edition's TEI folder (${relative(process.cwd(), teiDir) || '.'}/NAME.xml); nothing was adopted.`);
  const bytes = await readOptional(file);
  if (!bytes) return diagnostic('build/no-input', at, `${file} does not exist; nothing was adopted.`);
  const source = m.generated[name]?.source ?? `${transcriptsSetting}/${name.replace(/\.xml$/u, '.txt')}`;
  const known = m.generated[name] !== undefined || (await readOptional(join(transcriptsDir, name.replace(/\.xml$/u, '.txt')))) !== undefined;
  if (!known) return diagnostic('build/no-input', at, `${file} has no transcript in this edition (${source}); a build never converts anything for it, so there is nothing to adopt.`);
  m.generated[name] = { sha256: sha256(bytes), source, adopted: true };
  return diagnostic('source/tei-adopted', at, `${file} is adopted: builds keep it as it is and no longer convert ${source} for it.`);
}

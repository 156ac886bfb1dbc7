import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { sha256 } from '../util/sha256.js';
import { writeAtomic } from '../node/fs.js';
import { editedSince, type Manifest } from './manifest.js';

/** The folder (inside the TEI folder) where `--force` keeps edited files before replacing them. */
export const BACKUP_DIR = '.teipress/backup';

/**
 * What a build does with one TEI file: `generate` (absent, or known or provably generated),
 * keep an `edited` one, keep it and report a `conflict` (edited, and its transcript or
 * sidecar changed since), or `force` it (back it up, then regenerate).
 */
export type TeiVerdict = 'generate' | 'edited' | 'conflict' | 'force';

/** The hashes of what a TEI file is generated from now. */
export interface Sources {
  readonly sourceSha256?: string;
  readonly sidecarSha256?: string;
}

/**
 * Decides a TEI file's fate. A file the manifest does not know (a missing or corrupt
 * manifest) still counts as generated when its bytes are exactly what the conversion gives
 * now: that is proof, where the absence of a record is not.
 */
export function teiVerdict(name: string, current: Buffer | undefined, fresh: string | undefined, m: Manifest, now: Sources, force: boolean): TeiVerdict {
  if (!current || !editedSince(name, current, m)) return 'generate';
  if (fresh !== undefined && current.equals(Buffer.from(fresh))) return 'generate';
  if (force && fresh !== undefined) return 'force';
  const entry = m.generated[name];
  if (!entry?.transcript) return 'edited';
  const changed = entry.transcript !== now.sourceSha256 || (entry.sidecar ?? '') !== (now.sidecarSha256 ?? '');
  return changed ? 'conflict' : 'edited';
}

/** The diagnostic of a kept file: a warning for an edit, an error naming both files for a conflict. */
export function keptNotice(verdict: 'edited' | 'conflict', teiFile: string, transcript: string): Diagnostic {
  const at = { file: teiFile, line: 1, column: 1 };
  if (verdict === 'edited') return diagnostic('source/tei-edited', at, `${teiFile} was edited after it was generated; it is kept, validated and rendered as it is (pass --force to regenerate it from ${transcript}; the edit is then kept under tei/${BACKUP_DIR}/).`);
  return diagnostic('source/tei-conflict', at, `${teiFile} was edited and ${transcript} (or its sidecar) changed since it was generated; the edit is kept and the change is not applied. Run teipress adopt ${teiFile} to make the edit canonical (${transcript} is then no longer converted for it), carry the change over by hand, undo it in ${transcript}, or pass --force to regenerate ${teiFile} from ${transcript} (the edit is kept under tei/${BACKUP_DIR}/).`);
}

/**
 * Keeps an edited file under `tei/.teipress/backup/NAME.HASH.xml` (the hash of its bytes, so a
 * second backup of the same edit is the same file), atomically. Returns the notice saying where.
 */
export async function backUpEdited(teiDir: string, name: string, current: Buffer, teiFile: string, transcript: string): Promise<Diagnostic> {
  const backup = join(teiDir, BACKUP_DIR, `${name.replace(/\.xml$/u, '')}.${sha256(current).slice(0, 12)}.xml`);
  await writeAtomic(backup, current);
  const shown = relative(process.cwd(), backup);
  return diagnostic('source/tei-backup', { file: teiFile, line: 1, column: 1 }, `${teiFile} was edited; --force regenerated it from ${transcript} and kept the edited file as ${shown}.`);
}

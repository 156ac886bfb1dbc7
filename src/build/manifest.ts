import { join } from 'node:path';
import { readOptional, writeAtomic } from './fs.js';
import { sha256 } from '../util/sha256.js';

/**
 * What a build generated, per TEI file name: the checksum of the bytes it wrote, and while a
 * write is under way (`pending`) the checksum of the bytes it is about to write, so that a
 * kill between the manifest and the file never makes either version look hand-edited.
 */
export interface ManifestEntry {
  readonly sha256: string;
  readonly source: string;
  readonly pending?: string;
}

/** The manifest of a TEI folder. */
export interface Manifest {
  readonly generated: Record<string, ManifestEntry>;
}

export const MANIFEST_FILE = '.teipress-manifest.json';

/** Reads the manifest of a TEI folder (empty when there is none or it is unreadable). */
export async function readManifest(teiDir: string): Promise<Manifest> {
  const bytes = await readOptional(join(teiDir, MANIFEST_FILE));
  if (!bytes) return { generated: {} };
  try {
    const v = JSON.parse(bytes.toString('utf8')) as Manifest;
    return v && typeof v.generated === 'object' && v.generated !== null ? v : { generated: {} };
  } catch {
    return { generated: {} };
  }
}

/** Code-unit order: the same on every machine, whatever its locale. */
const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** Writes the manifest atomically (sorted keys, so the file is deterministic). */
export async function writeManifest(teiDir: string, m: Manifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(m.generated).sort(byName));
  await writeAtomic(join(teiDir, MANIFEST_FILE), JSON.stringify({ generated: sorted }, null, 2) + '\n');
}

/**
 * Whether the TEI file on disk was edited after a build generated it: it exists and its
 * bytes are neither the ones the manifest recorded nor ones a build was about to write
 * (or the manifest never recorded it).
 */
export function editedSince(name: string, current: Buffer | undefined, m: Manifest): boolean {
  if (!current) return false;
  const entry = m.generated[name];
  if (!entry) return true;
  const h = sha256(current);
  return h !== entry.sha256 && h !== entry.pending;
}

/** A TEI file a build is about to write. */
export interface PlannedWrite {
  readonly name: string;
  readonly xml: string;
  readonly source: string;
  /** The bytes on disk before the write, if any. */
  readonly current?: Buffer;
}

/**
 * Writes a batch of TEI files with the manifest kept ahead of them: first the manifest names
 * each new checksum as pending (beside the old one), then the files are written, and the
 * caller's next `writeManifest` (or the next batch) confirms them. Returns after the files.
 */
export async function writeTracked(teiDir: string, m: Manifest, batch: readonly PlannedWrite[]): Promise<void> {
  for (const w of batch) {
    const h = sha256(w.xml);
    const old = m.generated[w.name];
    const cur = w.current ? sha256(w.current) : undefined;
    // What stays recognised as generated meanwhile: the file on disk when a build made it,
    // else the last generated version (an edited file forced over stays "edited" until replaced).
    const known = cur && old && (cur === old.sha256 || cur === old.pending) ? cur : old?.sha256;
    m.generated[w.name] = known && known !== h ? { sha256: known, source: w.source, pending: h } : { sha256: h, source: w.source };
  }
  await writeManifest(teiDir, m);
  for (const w of batch) await writeAtomic(join(teiDir, w.name), w.xml);
  for (const w of batch) m.generated[w.name] = { sha256: sha256(w.xml), source: w.source };
}

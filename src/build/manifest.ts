import { join } from 'node:path';
import { readOptional, writeAtomic } from './fs.js';
import { sha256 } from '../util/sha256.js';

/** What a build generated: per TEI file name, the checksum of the bytes it wrote. */
export interface Manifest {
  readonly generated: Record<string, { sha256: string; source: string }>;
}

export const MANIFEST_FILE = '.teipress-manifest.json';

/** Reads the manifest of a TEI folder (empty when there is none or it is unreadable). */
export async function readManifest(teiDir: string): Promise<Manifest> {
  const bytes = await readOptional(join(teiDir, MANIFEST_FILE));
  if (!bytes) return { generated: {} };
  try {
    const v = JSON.parse(bytes.toString('utf8')) as Manifest;
    return v && typeof v.generated === 'object' ? v : { generated: {} };
  } catch {
    return { generated: {} };
  }
}

/** Writes the manifest (sorted keys, so the file is deterministic). */
export async function writeManifest(teiDir: string, m: Manifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(m.generated).sort(([a], [b]) => a.localeCompare(b)));
  await writeAtomic(join(teiDir, MANIFEST_FILE), JSON.stringify({ generated: sorted }, null, 2) + '\n');
}

/**
 * Whether the TEI file on disk was edited after a build generated it: it exists and its
 * bytes are not the ones the manifest recorded (or the manifest never recorded it).
 */
export function editedSince(name: string, current: Buffer | undefined, m: Manifest): boolean {
  if (!current) return false;
  const entry = m.generated[name];
  return !entry || entry.sha256 !== sha256(current);
}

import { join } from 'node:path';
import { readOptional, writeAtomic, writeAtomicNow } from '../node/fs.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { parseJsonSource } from './json-source.js';
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
  /** sha256 of the transcript the TEI was generated from (tells a conflict from a plain edit). */
  readonly transcript?: string;
  /** sha256 of its sidecar, when it had one. */
  readonly sidecar?: string;
  /**
   * `teipress adopt` made this TEI file canonical: while it exists, builds keep it as it is and
   * no longer convert its transcript (`sha256` is then the adopted bytes).
   */
  readonly adopted?: boolean;
}

/** The manifest of a TEI folder. */
export interface Manifest {
  readonly generated: Record<string, ManifestEntry>;
}

export const MANIFEST_FILE = '.teipress-manifest.json';

/** A manifest read from disk, and what was wrong with the file (then only what could be proven is kept). */
export interface ReadManifest {
  readonly manifest: Manifest;
  readonly problems: Diagnostic[];
}

const isEntry = (v: unknown): v is ManifestEntry => {
  const e = v as Record<string, unknown> | null;
  const optional = (k: string) => e?.[k] === undefined || typeof e[k] === 'string';
  return typeof e === 'object' && e !== null && typeof e.sha256 === 'string' && typeof e.source === 'string' && ['pending', 'transcript', 'sidecar'].every(optional) && (e.adopted === undefined || e.adopted === true);
};

/**
 * Reads the manifest of a TEI folder. A missing one is empty; a corrupt one is never read as
 * empty without a word: each problem is a `build/manifest-corrupt` warning at its place, and
 * the entries of the right shape are kept (the build then proves the others by regenerating).
 */
export async function readManifest(teiDir: string, display = join(teiDir, MANIFEST_FILE), file = MANIFEST_FILE): Promise<ReadManifest> {
  const bytes = await readOptional(join(teiDir, file));
  if (!bytes) return { manifest: { generated: {} }, problems: [] };
  const quick = wellFormedManifest(bytes);
  if (quick) return { manifest: quick, problems: [] };
  const src = parseJsonSource(bytes, display, 'build/manifest-corrupt', 'The manifest');
  const rebuilt = ' it is rebuilt from the TEI files that match what their transcripts give now; any other file counts as edited';
  if (src.value === undefined) return { manifest: { generated: {} }, problems: src.diagnostics.map((d) => ({ ...d, message: `${d.message.replace(/\.$/u, '')};${rebuilt}.` })) };
  const generated = (src.value as { generated?: unknown }).generated;
  if (typeof generated !== 'object' || generated === null || Array.isArray(generated)) {
    return { manifest: { generated: {} }, problems: [diagnostic('build/manifest-corrupt', { file: display, ...src.placeOf([]) }, `The manifest has no "generated" object;${rebuilt}.`)] };
  }
  const good: Record<string, ManifestEntry> = {};
  const problems: Diagnostic[] = [];
  for (const [name, entry] of Object.entries(generated)) {
    if (isEntry(entry)) good[name] = entry;
    else problems.push(diagnostic('build/manifest-corrupt', { file: display, ...src.placeOf(['generated', name]) }, `The manifest entry of ${name} is not of the shape teipress writes;${rebuilt}.`));
  }
  return { manifest: { generated: good }, problems };
}

/**
 * The manifest when the file is exactly of the shape teipress writes (the usual case), read with
 * JSON.parse; undefined otherwise, and then the positioned reader finds and places the problems
 * (a positioned parse costs about a millisecond per entry, too much for every build of a large edition).
 */
function wellFormedManifest(bytes: Buffer): Manifest | undefined {
  let value: unknown;
  try {
    // A byte-order mark or any syntax problem takes the careful path.
    if (bytes[0] === 0xef) return undefined;
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  const generated = (value as { generated?: unknown } | null)?.generated;
  if (typeof generated !== 'object' || generated === null || Array.isArray(generated)) return undefined;
  return Object.values(generated).every(isEntry) ? { generated: generated as Record<string, ManifestEntry> } : undefined;
}

/** Code-unit order: the same on every machine, whatever its locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A name an object keeps before all others, in numeric order (an array index): so JSON.stringify of the sorted entries lists them. */
const isIndex = (name: string): boolean => /^(?:0|[1-9][0-9]*)$/u.test(name) && Number(name) < 2 ** 32 - 1;

/** Entries per piece of the manifest's text. */
const PIECE_ENTRIES = 256;

/**
 * The manifest file's text: `JSON.stringify({ generated }, null, 2)` of the entries sorted by
 * name, and a line break, in pieces of PIECE_ENTRIES entries. A build writes it after every
 * batch of TEI files; the text of a large edition's manifest is megabytes, and neither it nor a
 * sorted copy of the entries is made whole each time.
 */
export function* manifestPieces(m: Manifest): Generator<string> {
  const names = Object.keys(m.generated);
  const sorted = [...names.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...names.filter((n) => !isIndex(n)).sort(byName)];
  if (!sorted.length) {
    yield '{\n  "generated": {}\n}\n';
    return;
  }
  let piece = '{\n  "generated": {';
  for (const [i, name] of sorted.entries()) {
    // An entry's own lines, indented under "generated" (JSON strings hold no raw line break).
    piece += `${i ? ',' : ''}\n    ${JSON.stringify(name)}: ${JSON.stringify(m.generated[name], null, 2).replace(/\n/gu, '\n    ')}`;
    if ((i + 1) % PIECE_ENTRIES === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n  }\n}\n`;
}

/** Writes the manifest atomically (sorted keys, so the file is deterministic); `file` names a shard's manifest instead. */
export async function writeManifest(teiDir: string, m: Manifest, file = MANIFEST_FILE): Promise<void> {
  await writeAtomic(join(teiDir, file), manifestPieces(m));
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

/** The name of the adopted TEI file whose transcript is `source` (as the manifest records it), if any. */
export function adoptedFor(source: string, m: Manifest): string | undefined {
  return Object.entries(m.generated).find(([, e]) => e.adopted === true && e.source === source)?.[0];
}

/** A TEI file a build is about to write. */
export interface PlannedWrite {
  readonly name: string;
  readonly xml: string;
  readonly source: string;
  /** The bytes on disk before the write, if any. */
  readonly current?: Buffer;
  /** sha256 of the transcript and sidecar it comes from. */
  readonly transcript?: string;
  readonly sidecar?: string;
  /** sha256 of `xml`, when the caller has it already. */
  readonly sha256?: string;
}

/**
 * Writes a batch of TEI files with the manifest kept ahead of them: first the manifest names
 * each new checksum as pending (beside the old one), then the files are written, and the
 * caller's next `writeManifest` (or the next batch) confirms them. Returns after the files,
 * each written at once (a build writes thousands: a promise write is several thread-pool round
 * trips that the converting thread would wait on one after another).
 */
export async function writeTracked(teiDir: string, m: Manifest, batch: readonly PlannedWrite[], file = MANIFEST_FILE): Promise<void> {
  const shas = batch.map((w) => w.sha256 ?? sha256(w.xml));
  for (const [i, w] of batch.entries()) {
    const h = shas[i]!;
    const old = m.generated[w.name];
    const cur = w.current ? sha256(w.current) : undefined;
    // What stays recognised as generated meanwhile: the file on disk when a build made it,
    // else the last generated version (an edited file forced over stays "edited" until replaced).
    const known = cur && old && (cur === old.sha256 || cur === old.pending) ? cur : old?.sha256;
    const from = { ...(w.transcript ? { transcript: w.transcript } : {}), ...(w.sidecar ? { sidecar: w.sidecar } : {}) };
    m.generated[w.name] = known && known !== h ? { sha256: known, source: w.source, pending: h, ...from } : { sha256: h, source: w.source, ...from };
  }
  await writeManifest(teiDir, m, file);
  for (const w of batch) writeAtomicNow(join(teiDir, w.name), w.xml);
  for (const [i, w] of batch.entries()) m.generated[w.name] = { sha256: shas[i]!, source: w.source, ...(w.transcript ? { transcript: w.transcript } : {}), ...(w.sidecar ? { sidecar: w.sidecar } : {}) };
}

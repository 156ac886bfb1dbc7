import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { convertSource, type ConvertOptions, type ConvertResult } from '../convert/index.js';
import { DEFAULT_MAX_BYTES, SourceDecoder } from '../convert/read-source.js';
import { checkMetadata, type Metadata } from '../convert/metadata.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { readOptionalNow } from '../node/fs.js';
import { sha256 } from '../util/sha256.js';
import { parseJsonSource } from './json-source.js';
import { checkSchema, type SchemaChecks } from './schema-check.js';
import { controlCharacterDiagnostics, replaceControlCharacters } from './json-text.js';

/** One transcript converted from disk, with the path of its sidecar metadata if any. */
export interface ConvertedFile extends ConvertResult {
  readonly input: string;
  readonly id: string;
  /** sha256 of the transcript's bytes, when it could be read. */
  readonly sourceSha256?: string;
  /** sha256 of the sidecar's bytes, when there is one. */
  readonly sidecarSha256?: string;
}

/**
 * Reads `<name>.meta.json` beside a transcript, if present, and checks it against
 * `schema/teipress.meta.schema.json`: syntax errors, wrong types, unknown keys (with "did you
 * mean") and control characters are diagnostics at their place; a leading BOM is accepted.
 * Read at once: a sidecar is small, and a promise read costs several thread-pool round trips.
 * A value of the wrong type is left out. `checks` are the run's compiled schemas.
 */
export async function readMetadata(txtPath: string, checks?: SchemaChecks): Promise<{ meta: Metadata; diagnostics: Diagnostic[]; sha256?: string }> {
  const path = join(dirname(txtPath), `${basename(txtPath, extname(txtPath))}.meta.json`);
  let bytes: Buffer | undefined;
  try {
    bytes = readOptionalNow(path);
  } catch (e) {
    // A transcript name near the file system's limit leaves no room for a sidecar's name: none can exist.
    if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG') return { meta: {}, diagnostics: [] };
    return { meta: {}, diagnostics: [diagnostic('source/unreadable', { file: path, line: 1, column: 1 }, `The metadata file could not be read (${errnoText(e)}).`)] };
  }
  if (!bytes) return { meta: {}, diagnostics: [] };
  const src = parseJsonSource(bytes, path, 'source/metadata', 'The metadata');
  const hash = sha256(bytes);
  if (src.value === undefined) return { meta: {}, diagnostics: src.diagnostics, sha256: hash };
  const diagnostics = checkSchema('teipress.meta.schema.json', src.value, checks).map((p) => diagnostic('source/metadata', { file: path, ...src.placeOf(p.path, p.atKey) }, p.message));
  diagnostics.push(...controlCharacterDiagnostics(src, path, 'metadata'));
  return { meta: checkMetadata(replaceControlCharacters(src.value)).meta, diagnostics: sortDiagnostics(diagnostics), sha256: hash };
}

/** The errno code of a file-system error (ENAMETOOLONG, EACCES …), or its message. */
export function errnoText(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

/** The size of the pieces in which a transcript is read (bytes). */
export const READ_PIECE_BYTES = 64 * 1024;

/** The largest file `readFile` reads (its `ERR_FS_FILE_TOO_LARGE` beyond): a transcript is read up to the same size. */
const READ_LIMIT_BYTES = 2 ** 31 - 1;

/**
 * Reads a transcript file in pieces of `pieceBytes`, each decoded and hashed as it is read, so
 * that no buffer of the whole file is ever made (a file-sized buffer, once freed, stays with
 * the C allocator: see README, Performance). Gives what `readSource` gives for the whole
 * file's bytes, and their sha256. A file-system error is thrown, as `readFile`'s would be.
 */
export async function readTranscript(path: string, file: string, maxBytes = DEFAULT_MAX_BYTES, pieceBytes = READ_PIECE_BYTES): Promise<{ source: { text?: string; diagnostics: Diagnostic[] }; sha256: string }> {
  const small = readSmall(path, file, maxBytes, pieceBytes);
  if (small) return small;
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const decoder = new SourceDecoder(file, maxBytes, size);
    const hash = createHash('sha256');
    const piece = new Uint8Array(pieceBytes);
    let total = 0;
    for (;;) {
      if (size > READ_LIMIT_BYTES || total > READ_LIMIT_BYTES) throw Object.assign(new RangeError(`File size is greater than ${READ_LIMIT_BYTES} bytes`), { code: 'ERR_FS_FILE_TOO_LARGE' });
      const { bytesRead } = await handle.read(piece, 0, pieceBytes, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      const read = piece.subarray(0, bytesRead);
      hash.update(read);
      decoder.push(read);
    }
    return { source: decoder.end(), sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

/**
 * A transcript that fits in one piece, read at once on this thread (open, stat, read, close:
 * a build reads thousands of small ones, and each promise step is a thread-pool round trip the
 * converter waits on); undefined when the file is larger, for the reading in pieces. Gives
 * what `readTranscript` gives; a file-system error is thrown as its would be.
 */
function readSmall(path: string, file: string, maxBytes: number, pieceBytes: number): Awaited<ReturnType<typeof readTranscript>> | undefined {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > pieceBytes) return undefined;
    // One byte more than the size: a file that grew since the stat is read in pieces instead.
    const buf = new Uint8Array(size + 1);
    let got = 0;
    for (let n; got < buf.length && (n = readSync(fd, buf, got, buf.length - got, null)) > 0; ) got += n;
    if (got > size) return undefined;
    const bytes = buf.subarray(0, got);
    const decoder = new SourceDecoder(file, maxBytes, got);
    decoder.push(bytes);
    return { source: decoder.end(), sha256: sha256(bytes) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and converts one transcript file (with its sidecar metadata). File errors become
 * diagnostics; nothing is written here. `opts.checks` are the run's compiled JSON Schemas
 * (one set for all the sidecars of a build; a fresh one per file when absent).
 */
export async function convertFile(path: string, opts: Omit<ConvertOptions, 'file' | 'meta'> & { display?: string; checks?: SchemaChecks; sidecarListed?: boolean }): Promise<ConvertedFile> {
  const id = basename(path, extname(path));
  const file = opts.display ?? path;
  let read: Awaited<ReturnType<typeof readTranscript>>;
  try {
    read = await readTranscript(path, file, opts.maxBytes);
  } catch (e) {
    return { input: path, id, diagnostics: [diagnostic('source/unreadable', { file, line: 1, column: 1 }, `The file could not be read (${errnoText(e)}).`)] };
  }
  const { checks, sidecarListed, ...convertOpts } = opts;
  // A sidecar the caller's listing of the folder does not have is not looked for.
  const m = sidecarListed === false ? { meta: {}, diagnostics: [] } : await readMetadata(path, checks);
  const r = convertSource(read.source, { ...convertOpts, file, meta: m.meta }, read.sha256);
  return { ...r, input: path, id, sourceSha256: read.sha256, ...(m.sha256 ? { sidecarSha256: m.sha256 } : {}), diagnostics: [...m.diagnostics, ...r.diagnostics] };
}

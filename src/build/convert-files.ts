import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { convertBytes, type ConvertOptions, type ConvertResult } from '../convert/index.js';
import { checkMetadata, type Metadata } from '../convert/metadata.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { readOptional } from './fs.js';
import { jsonErrorPlace } from './json-error.js';

/** One transcript converted from disk, with the path of its sidecar metadata if any. */
export interface ConvertedFile extends ConvertResult {
  readonly input: string;
  readonly id: string;
}

/** Reads `<name>.meta.json` beside a transcript, if present. */
export async function readMetadata(txtPath: string): Promise<{ meta: Metadata; diagnostics: Diagnostic[] }> {
  const path = join(dirname(txtPath), `${basename(txtPath, extname(txtPath))}.meta.json`);
  const bytes = await readOptional(path);
  if (!bytes) return { meta: {}, diagnostics: [] };
  try {
    const { meta, problems } = checkMetadata(JSON.parse(bytes.toString('utf8')));
    return { meta, diagnostics: problems.map((p) => diagnostic('source/metadata', { file: path, line: 1, column: 1 }, p)) };
  } catch (e) {
    return { meta: {}, diagnostics: [diagnostic('source/metadata', { file: path, ...jsonErrorPlace(bytes.toString('utf8'), e) }, `The metadata is not valid JSON (${(e as Error).message}).`)] };
  }
}

/**
 * Reads and converts one transcript file (with its sidecar metadata). File errors become
 * diagnostics; nothing is written here.
 */
export async function convertFile(path: string, opts: Omit<ConvertOptions, 'file' | 'meta'> & { display?: string }): Promise<ConvertedFile> {
  const id = basename(path, extname(path));
  const file = opts.display ?? path;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { input: path, id, diagnostics: [diagnostic('source/unreadable', { file, line: 1, column: 1 }, `The file could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`)] };
  }
  const m = await readMetadata(path);
  const r = convertBytes(bytes, { ...opts, file, meta: m.meta });
  return { ...r, input: path, id, diagnostics: [...m.diagnostics, ...r.diagnostics] };
}

/**
 * What a render worker does with a document's parts itself, in a build, instead of sending
 * them back to the main thread (which converts the next transcripts meanwhile and would write
 * them all): it keeps the parts in the build cache as one bundle, with the TEI's deposit record
 * when the build asks for it, and, in a build that fills a fresh dist folder, writes there the
 * document's outputs that depend on it alone (print HTML, the texts, the TEI copy, its Dublin
 * Core record). The files are those the main thread would write, byte for byte. Any failure
 * leaves it to the main thread: the parts then go back as if nothing had been asked, and the
 * main thread writes (and reports) them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crosswalk, dcPath, oaiDcXml } from '../deposit/dublin-core.js';
import { readTeiRecord } from '../deposit/tei-record.js';
import { bundled } from '../node/cache-folder.js';
import { writeAtomicNow } from '../node/fs.js';
import type { RenderedDocument } from './document.js';
import { OWN_OUTPUTS, outputPath, type OutputKind } from './links.js';
import { searchPart } from './search.js';

/** What the build asks a worker to keep of one document (all paths absolute). */
export interface KeepRequest {
  /** The cache file of the render's bundle of parts (`DocCache.files.bundle`). */
  readonly bundle: string;
  /** Whether the bundle holds the document's search part (the site's search index is made). */
  readonly search: boolean;
  /** Whether the bundle holds the TEI's deposit record (the build has none for this TEI and render). */
  readonly record: boolean;
  /**
   * The fresh dist folder the build fills (a first or forced build), for the document's own
   * outputs; `tei`: whether its TEI copy is the XML given (the TEI file's bytes are exactly its
   * UTF-8, as for a TEI the build converted); `dc`: what its Dublin Core record names beside
   * the deposit record (written when the record is read here and the file is TEI).
   */
  readonly dist?: { readonly dir: string; readonly tei: boolean; readonly dc?: { readonly editionTitle: string; readonly identifier: string } };
}

/** What a worker kept: whether the file is TEI (when the record was asked for), and the files it wrote into the fresh dist folder ('/'-paths in it). */
export interface Kept {
  readonly record?: boolean;
  readonly wrote: string[];
}

/** The own outputs a worker writes into a fresh dist folder, and the part each is: all but the PDF (made on the main thread, after its chunk). */
const OWN = OWN_OUTPUTS.filter(([kind]) => kind !== 'pdf');

/** The parts a render's bundle holds (edition/doc-cache.ts reads them back). */
export type BundlePart = 'body' | 'print' | 'reading' | 'diplomatic' | 'search' | 'record';

/** The kinds of own output a worker may write into a fresh dist folder (besides the Dublin Core record). */
export const EARLY_KINDS: readonly OutputKind[] = OWN.map(([kind]) => kind);

const text = (v: string | Uint8Array | undefined): string => (v === undefined ? '' : typeof v === 'string' ? v : Buffer.from(v).toString('utf8'));

/**
 * Keeps the parts of document `r` (TEI `xml`) as `req` asks (see the module comment): the
 * bundle written atomically; the dist files straight to their names (the fresh folder is
 * swapped in whole). `folders` are the dist folders this thread already made. Throws what the
 * file system throws, and then leaves none of the document's dist files.
 */
export function keepRendered(r: RenderedDocument, xml: string, req: KeepRequest, folders: Set<string>): Kept {
  const { parts, record: json } = bundleParts(r, xml, req);
  const bundle = bundled(parts);
  if (bundle) writeAtomicNow(req.bundle, bundle);
  const wrote: string[] = [];
  if (req.dist !== undefined) {
    const { dir, tei, dc } = req.dist;
    const files: [string, string | Uint8Array][] = [];
    for (const [kind, part] of OWN) {
      if (r.made.has(kind) && (part !== 'tei' || tei)) files.push([outputPath(kind, r.id), part === 'tei' ? xml : (r.parts[part] ?? '')]);
    }
    if (dc && json !== undefined) files.push([dcPath(r.id), oaiDcXml(crosswalk(JSON.parse(json), dc))]);
    try {
      for (const [path, content] of files) {
        const to = join(dir, path);
        const folder = dirname(to);
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        wrote.push(path);
        writeFileSync(to, content);
      }
    } catch (e) {
      // None of the document's files stays unless all are written: the main thread writes them.
      for (const path of wrote) rmSync(join(dir, path), { force: true });
      throw e;
    }
  }
  return { ...(req.record ? { record: json !== undefined } : {}), wrote };
}

/**
 * The parts of document `r` (TEI `xml`) that its render's bundle holds: the four the render
 * made, its search part (with `search`) and its deposit record as JSON (with `record`, when the
 * file is TEI), as the cache gives them back; `record` is that JSON. The one list of them, for a
 * worker and for the main thread alike.
 */
export function bundleParts(r: RenderedDocument, xml: string, want: { readonly search: boolean; readonly record: boolean }): { parts: Partial<Record<BundlePart, string | Uint8Array>>; record?: string } {
  const parts: Partial<Record<BundlePart, string | Uint8Array>> = {};
  for (const part of ['body', 'print', 'reading', 'diplomatic'] as const) {
    const v = r.parts[part];
    if (v !== undefined) parts[part] = v;
  }
  if (want.search) parts.search = searchPart({ id: r.id, summary: r.summary, reading: text(r.parts.reading) });
  // A record is asked only for a document the build's validation parsed (well-formed).
  const rec = want.record ? readTeiRecord(xml, { wellFormed: true }) : undefined;
  const record = rec && JSON.stringify(rec);
  if (record !== undefined) parts.record = record;
  return { parts, ...(record !== undefined ? { record } : {}) };
}

/**
 * What a render worker does with a document's parts itself, in a build, instead of sending
 * them back to the main thread (which converts the next transcripts meanwhile and would write
 * them all): it keeps the parts in the build cache as one bundle, reads the TEI's deposit
 * record and keeps it when the build asks, and, in a build that fills a fresh dist folder,
 * writes there the document's outputs that depend on it alone (print HTML, the texts, the TEI
 * copy). The files are those the main thread would write, byte for byte. Any failure leaves it
 * to the main thread: the parts then go back as if nothing had been asked, and the main
 * thread writes (and reports) them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundled } from '../node/cache-folder.js';
import { writeAtomicNow } from '../node/fs.js';
import type { RenderedDocument } from './document.js';
import { outputPath, type OutputKind } from './links.js';
import { searchPart } from './search.js';

/** What the build asks a worker to keep of one document (all paths absolute). */
export interface KeepRequest {
  /** The cache file of the render's bundle of parts (`DocCache.files.bundle`). */
  readonly bundle: string;
  /** Whether the bundle holds the document's search part (the site's search index is made). */
  readonly search: boolean;
  /** The cache file of the TEI's deposit record, when the build has none for this TEI. */
  readonly record?: string;
  /**
   * The fresh dist folder the build fills (a first or forced build), for the document's own
   * outputs; `tei`: whether its TEI copy is the XML given (the TEI file's bytes are exactly its
   * UTF-8, as for a TEI the build converted).
   */
  readonly dist?: { readonly dir: string; readonly tei: boolean };
}

/** What a worker kept: whether the file is TEI (when the record was asked for), and the own outputs it wrote into the fresh dist folder. */
export interface Kept {
  readonly record?: boolean;
  readonly wrote: OutputKind[];
}

/** The own outputs a worker writes into a fresh dist folder, and the part each is. */
const OWN: readonly (readonly [OutputKind, 'print' | 'reading' | 'diplomatic' | 'tei'])[] = [['print', 'print'], ['reading', 'reading'], ['diplomatic', 'diplomatic'], ['tei', 'tei']];

const text = (v: string | Uint8Array | undefined): string => (v === undefined ? '' : typeof v === 'string' ? v : Buffer.from(v).toString('utf8'));

/**
 * Keeps the parts of document `r` (TEI `xml`) as `req` asks (see the module comment): the
 * bundle written atomically, the record too; the dist files straight to their names (the
 * fresh folder is swapped in whole). `folders` are the dist folders this thread already made.
 * Throws what the file system throws.
 */
export async function keepRendered(r: RenderedDocument, xml: string, req: KeepRequest, folders: Set<string>): Promise<Kept> {
  const parts: Record<string, string | Uint8Array> = {};
  for (const part of ['body', 'print', 'reading', 'diplomatic'] as const) {
    const v = r.parts[part];
    if (v !== undefined) parts[part] = v;
  }
  if (req.search) parts.search = searchPart({ id: r.id, summary: r.summary, reading: text(r.parts.reading) });
  const bundle = bundled(parts);
  if (bundle) writeAtomicNow(req.bundle, bundle);
  let record: boolean | undefined;
  if (req.record !== undefined) {
    // The XML reader loads with the first record asked for.
    const { readTeiRecord } = await import('../deposit/tei-record.js');
    // A record is used only for a document the build's validation parsed (well-formed).
    const rec = readTeiRecord(xml, { wellFormed: true });
    if (rec) writeAtomicNow(req.record, JSON.stringify(rec));
    record = rec !== undefined;
  }
  const wrote: OutputKind[] = [];
  if (req.dist !== undefined) {
    const paths: string[] = [];
    try {
      for (const [kind, part] of OWN) {
        if (!r.made.has(kind) || (part === 'tei' && !req.dist.tei)) continue;
        const to = join(req.dist.dir, outputPath(kind, r.id));
        const dir = dirname(to);
        if (!folders.has(dir)) {
          mkdirSync(dir, { recursive: true });
          folders.add(dir);
        }
        paths.push(to);
        writeFileSync(to, part === 'tei' ? xml : (r.parts[part] ?? ''));
        wrote.push(kind);
      }
    } catch (e) {
      // None of the document's own outputs stays unless all are written: the main thread writes them.
      for (const p of paths) rmSync(p, { force: true });
      throw e;
    }
  }
  return { ...(record !== undefined ? { record } : {}), wrote };
}

import { createConvertMemo } from './memo.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { collector, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { DocumentNode, Transcript } from '../ir/nodes.js';
import { LineIndex } from '../ir/position.js';
import type { Profile } from '../profiles/profile.js';
import { usGovernment20c } from '../profiles/us-government-20c.js';
import { renderDocument, toTeiStreamOf } from '../tei/to-tei.js';
import type { RenderedBlock } from '../tei/serialize.js';
import type { SourceMap } from '../tei/source-map.js';
import { VERSION } from '../version.js';
import { fullCollection } from '../node/heap-sizing.js';
import { sha256 } from '../util/sha256.js';
import type { Convention } from './inline/conventions.js';
import type { Metadata } from './metadata.js';
import { readSource } from './read-source.js';
import { scanBlocks } from './scan-lines.js';
import { itemize } from './structure/items.js';
import { transcriptYearOf } from './structure/document-evidence.js';
import { statedYearsOf } from './dates/document-context.js';
import { structureStream, type DocumentSink } from './structure/structure.js';

/** Edition-wide settings that go into every header. */
export interface EditionSettings {
  readonly publisher: string;
  readonly licence?: { readonly name: string; readonly url?: string };
  readonly language?: string;
}

/** Options of a conversion. */
export interface ConvertOptions {
  /** The transcript's path as diagnostics and the header name it. */
  readonly file: string;
  /** The path the header records (default `file`): the build gives it relative to the edition, so the TEI does not depend on the working folder. */
  readonly sourceName?: string;
  readonly meta?: Metadata;
  readonly profile?: Profile;
  readonly conventions?: readonly Convention[];
  readonly edition?: EditionSettings;
  readonly maxBytes?: number;
  /** Give the TEI as `chunks` (in order) instead of one `xml` string: a large file is never joined. */
  readonly chunked?: boolean;
  /** Give the TEI as `stream` instead: chunks made as they are read, so a writer never holds the whole text. */
  readonly streamed?: boolean;
  /** Keep the IR in the result (default true); the conversion report needs it, a plain conversion does not. */
  readonly keepTranscript?: boolean;
  /** Make the source map (default true); the build needs it to place validation problems, a plain conversion does not. */
  readonly sourceMap?: boolean;
}

/** The result: TEI and its source map when the input could be converted, and diagnostics. */
export interface ConvertResult {
  readonly xml?: string;
  /** The TEI as ordered chunks, instead of `xml`, when the conversion was asked for chunks. */
  readonly chunks?: readonly string[];
  /**
   * The TEI as chunks made as they are read, when the conversion was asked for a stream.
   * Read it once, to its end; the source map is complete only then.
   */
  readonly stream?: Iterable<string>;
  /** The source map, unless the conversion was asked for none. */
  readonly sourceMap?: SourceMap;
  readonly transcript?: Transcript;
  readonly diagnostics: Diagnostic[];
}

const DEFAULT_EDITION: EditionSettings = { publisher: 'teipress edition' };

/**
 * From this many characters of text on, each document's TEI is held deflated until the
 * header is made and the TEI written (see `tei/packed.ts`): a large transcript's TEI would
 * otherwise be held whole, as bytes, while its last documents are built. Each chunk is
 * deflated as it is made, so a single letter's only document never holds its TEI as plain
 * bytes beside the IR it is made from: a 5 MB letter peaked some 4 MB lower (RSS) than with
 * its TEI deflated once made. A smaller transcript's TEI is held as it is made, which costs
 * no CPU.
 */
export const PACK_TEI_FROM = 4 * 1024 * 1024;

/**
 * A transcript's bytes handed over to a conversion, which takes them out (`bytes` is left
 * undefined) and leaves their sha256 in `sha256`: once decoded, nothing holds them.
 */
export interface HandedBytes {
  bytes?: Uint8Array | undefined;
  sha256?: string;
}

/**
 * Converts transcript bytes to TEI. Never throws on bad input: bytes that are not a
 * transcript give an error diagnostic and no XML. Bytes given in a {@link HandedBytes} are
 * let go once decoded.
 */
export function convertBytes(input: Uint8Array | HandedBytes, opts: ConvertOptions): ConvertResult {
  const handed = input instanceof Uint8Array ? undefined : input;
  let bytes: Uint8Array | undefined = handed ? (handed.bytes ?? new Uint8Array()) : (input as Uint8Array);
  if (handed) handed.bytes = undefined;
  const checksum = sha256(bytes);
  if (handed) handed.sha256 = checksum;
  const src = readSource(bytes, opts.file, opts.maxBytes);
  bytes = undefined;
  return convertSource(src, opts, checksum);
}

/**
 * Converts a decoded transcript (`readSource`'s or a `SourceDecoder`'s result) whose bytes
 * had the sha256 `checksum`: its diagnostics come first; one that is an error, or no text,
 * gives no XML.
 */
export function convertSource(src: { text?: string; diagnostics: Diagnostic[] }, opts: ConvertOptions, checksum: string): ConvertResult {
  if (src.text === undefined || src.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: src.diagnostics };
  const r = convertText(src.text, opts, checksum);
  return { ...r, diagnostics: [...src.diagnostics, ...r.diagnostics] };
}

/** A released document of at least this many parts is collected as it is written (see `releasedCollector`). */
const COLLECT_FROM_PARTS = 2000;
/** How many times such a document is collected while it is written. */
const COLLECTIONS = 8;

/**
 * What a large transcript's conversion does as a large document's parts are written and let
 * go: a full collection at each eighth of them. V8 would collect only once the heap had grown
 * by a step over what it found live before the document was written, so the parts let go
 * stayed beside the TEI made from them: the 5 MB bench letter (28,796 parts) peaked at
 * 107.8-110.0 MB RSS (median 108.2) with the collections, 110.9-112.5 (111.0) without, for
 * about 0.1 s more of its 3.1 s (5 alternating runs each). `collect` runs a collection (V8's
 * own, made on first use, unless given).
 */
export function releasedCollector(collect?: () => void): (done: number, of: number) => void {
  let gc = collect;
  return (done, of) => {
    if (of < COLLECT_FROM_PARTS || done === of || done % Math.ceil(of / COLLECTIONS) !== 0) return;
    gc ??= fullCollection();
    gc();
  };
}

/**
 * Converts decoded text (LF line ends) to TEI. Each document's TEI is made (as UTF-8 bytes)
 * as soon as the document is built, and its IR let go unless the transcript is kept, so that
 * memory follows the text and the TEI, not the IR of the whole transcript.
 */
export function convertText(text: string, opts: ConvertOptions, checksum = sha256(new TextEncoder().encode(text))): ConvertResult {
  const diagnostics: Diagnostic[] = [];
  const keep = opts.keepTranscript !== false;
  const mapped = opts.sourceMap !== false;
  const rendered: RenderedBlock[] = [];
  const kept: DocumentNode[] = [];
  const packed = text.length >= PACK_TEI_FROM;
  const collector = releasedCollector();
  // One index for the structure (its diagnostics) and the TEI (the source map places the elements of the nodes that carry an offset).
  const index = new LineIndex(text);
  const outline = transcriptOf(text, index, opts, diagnostics, keep, (d) => {
    rendered.push(renderDocument(d, mapped, !keep, packed, index, packed && !keep ? collector : undefined));
    if (keep) kept.push(d);
  });
  const meta = opts.meta ?? {};
  const edition = opts.edition ?? DEFAULT_EDITION;
  const { chunks, sourceMap } = toTeiStreamOf(
    outline,
    rendered,
    { meta, source: { path: opts.sourceName ?? opts.file, sha256: checksum }, edition, tool: { name: 'teipress', version: VERSION } },
    edition.language,
    mapped,
  );
  const tei = opts.streamed ? { stream: chunks } : opts.chunked ? { chunks: [...chunks] } : { xml: [...chunks].join('') };
  return { ...tei, ...(mapped ? { sourceMap } : {}), ...(keep ? { transcript: { ...outline, documents: kept } } : {}), diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Lines → items → documents, each handed to `sink` as it is built. Its own function so that
 * the lines and items, which the TEI does not need, can be collected as the documents are made.
 * Returns the transcript's outline (see `structureStream`).
 */
function transcriptOf(text: string, index: LineIndex, opts: ConvertOptions, diagnostics: Diagnostic[], keep: boolean, sink: DocumentSink): Transcript {
  const profile = opts.profile ?? usGovernment20c;
  const meta = opts.meta ?? {};
  // One memo per conversion: what the recognisers and the inline pass compile from the profile lives as long as this run.
  const memo = createConvertMemo();
  // Blocks are classified as they are scanned: no list of every line or block is made.
  // The candidates of each line are evidence for the conversion report (its close calls and
  // decisions) alone: a conversion that keeps no transcript holds only what the file-wide
  // passes read of them, and lets that go before the structure.
  const items = itemize(scanBlocks(text), { profile, memo }, { verdicts: keep });
  if (!keep) for (const it of items) if (it.verdict) it.verdict = undefined;
  const stated = statedYearsOf(profile, memo);
  return structureStream(items, {
    profile,
    memo,
    stated,
    index,
    report: collector(opts.file, diagnostics),
    // Only the conversion report reads decisions, from the kept transcript: without it none is recorded.
    ...(keep ? { decisions: [] } : {}),
    applied: new Set(),
    ...(opts.conventions ? { conventions: opts.conventions } : {}),
    // The transcript's year from its own dated evidence checked against the years its text
    // states, so that a later review or release date never dates an earlier text.
    yearOf: (all) => transcriptYearOf(all, profile, meta, stated, memo),
    documentTypes: documentTypes(meta),
    meta,
    ...(opts.edition?.language ? { language: opts.edition.language } : {}),
  }, sink);
}

/** The metadata's document type per document: its own entry, the first falling back to the whole. */
function documentTypes(meta: Metadata): (string | undefined)[] {
  const n = Math.max(1, meta.documents?.length ?? 0);
  return Array.from({ length: n }, (_, i) => meta.documents?.[i]?.documentType ?? (i === 0 ? meta.documentType : undefined));
}

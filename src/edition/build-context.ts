import type { BuildHeap } from '../node/heap-sizing.js';
import type { SchemaChecks } from './schema-check.js';
import type { ValidationWorker } from './validation-worker.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RenderOptions, RenderTarget } from '../render/index.js';
import type { SiteEntry } from '../render/site-plan.js';
import type { DocumentPool } from '../render/pool.js';
import type { SourceMap } from '../tei/source-map.js';
import type { FolderKey } from '../node/folders.js';
import type { EditionConfig, PageSize } from './config.js';
import type { DocCache, DocRecord } from './doc-cache.js';
import type { ToolFingerprints } from './fingerprint.js';
import type { Manifest } from './manifest.js';
import type { Shard } from './shard.js';

/** Options of `build`. */
export interface BuildOptions {
  /** Regenerate TEI files that editors changed since they were generated (each kept under tei/.teipress/backup/ first), and rebuild everything without the cache. */
  readonly force?: boolean;
  /** Outputs to render (default: all). */
  readonly targets?: readonly RenderTarget[];
  /** Validate against the full TEI too (default true). */
  readonly teiAll?: boolean;
  /** Called as each stage progresses. */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
  readonly buildDate?: string;
  /** Collect the conversion report of each converted transcript. */
  readonly report?: boolean;
  /** The config file to use instead of the edition's own `teipress.config.json`. */
  readonly configPath?: string;
  /** Paper size of the print HTML and PDF (default: the config's `pageSize`, else a4). */
  readonly pageSize?: PageSize;
  /**
   * Threads doing the work (default: one per core): the main thread converts, N − 1 worker
   * threads render (with 1, the main thread renders too). Output bytes do not depend on it.
   */
  readonly jobs?: number;
  /** Build only this shard of the documents (by a stable hash of their ids), for `merge` to finish. */
  readonly shard?: Shard;
  /** The tool's fingerprints to key the cache with (default: hashed from the running package; tests pin them). */
  readonly tool?: ToolFingerprints;
  /** The heap sizing of the stages when the build runs as the command (heap-sizing.ts `withBuildHeap`); none leaves V8's flags alone. */
  readonly heap?: BuildHeap;
}

/** Everything the stages of one build share (passed along; no stage keeps state of its own). */
export interface BuildContext {
  readonly root: string;
  readonly config: EditionConfig;
  readonly folders: Readonly<Record<FolderKey, string>>;
  readonly opts: BuildOptions;
  readonly tool: ToolFingerprints;
  /** The config's settings that the conversion depends on, hashed. */
  readonly configKey: string;
  /** The Schematron files' bytes, hashed. */
  readonly schematronKey: string;
  readonly render: RenderOptions;
  readonly cache: DocCache;
  /** Renders documents (worker threads per `jobs`); closed when the build ends. */
  readonly pool: DocumentPool;
  readonly manifest: Manifest;
  /** The adopted TEI file of each transcript that has one (`transcripts/NAME.txt` → `NAME.xml`), from the manifest. */
  readonly adopted: ReadonlyMap<string, string>;
  /** The names in the TEI folder when the build began: a transcript's TEI file not among them is not looked for. */
  readonly teiListed: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
  readonly reports: string[];
  readonly counts: { converted: number; kept: number };
  /** Milliseconds per stage, summed over the chunks. */
  readonly timings: Record<string, number>;
  /** The JSON Schemas the sidecars are checked with, compiled once per build. */
  readonly checks: SchemaChecks;
  /**
   * The build's validation thread, which keeps the compiled RELAX NG schemas for all chunks:
   * made when the first chunk validates (a build that validates nothing loads no validator),
   * closed when the build ends; and each chunk's validation still under way (its documents'
   * cache records are written when it ends).
   */
  readonly validation: { worker?: ValidationWorker; readonly pending: Promise<void>[] };
  /**
   * The fresh dist folder this build fills as it goes, when its update will swap one in (a
   * first or forced build): the render workers write each document's own outputs there (each
   * document's outcome names them, `DocOutcome.early`), and the write stage adds the rest.
   */
  early?: { readonly dir: string };
}

/** One TEI file of the build, as the stages pass it along (its text only while its chunk runs). */
export interface DocInput {
  readonly id: string;
  /** The transcript's file name. */
  readonly name: string;
  /** The TEI file's path, and its name as diagnostics show it. */
  readonly teiPath: string;
  readonly file: string;
  readonly xml: string | Uint8Array;
  readonly teiSha: string;
  readonly sourceMap?: SourceMap;
  /** The conversion came from the cache and made a source map (made again from the transcript only if validation runs). */
  readonly cachedSourceMap?: boolean;
  /** The key of the conversion that made the TEI (absent: kept as the editor left it). */
  readonly convertKey?: string;
  /** What the cache held for the document, and what this build makes of it. */
  readonly cached?: DocRecord;
  next: { -readonly [K in keyof DocRecord]: DocRecord[K] };
}

/** What a build keeps of a document after its chunk (small: the site index's needs). */
export interface DocOutcome {
  readonly id: string;
  /** The transcript's file name (the site's files list documents in this order). */
  readonly name: string;
  readonly teiPath: string;
  readonly teiSha: string;
  /** The document in the site, unless validation refused it or its summary failed. */
  readonly entry?: SiteEntry;
  /** Rendered (not refused): it gets Dublin Core and a place in the CMIF file. */
  readonly harvested: boolean;
  readonly recordKey: string;
  /** The render key whose bundle holds the deposit record, when one does (else it is the part under `recordKey`). */
  readonly recordIn?: string;
  readonly isTei: boolean;
  /** The files its render worker wrote into the fresh dist folder (`BuildContext.early`), as '/'-paths in it. */
  readonly early?: readonly string[];
}

/** Adds the time `f` takes to `stage` in the context's timings. */
export async function timed<T>(ctx: BuildContext, stage: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await f();
  } finally {
    ctx.timings[stage] = (ctx.timings[stage] ?? 0) + Math.round(performance.now() - t0);
  }
}

/** `f` run on the first call only; later calls get the first call's promise. */
export function once(f: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= f());
}

/**
 * The build cache of an edition (`.teipress/cache/`): per document a small record of what each
 * stage made from which inputs (`docs/<id>.json`: the stage's key, its diagnostics, the summary
 * the site needs), the larger parts under the key they were made from (`parts/<key>.<part>`;
 * the parts one render makes together are one file, `parts/<key>.render`), and the record of
 * the files written into dist (`dist.json`). Every file is written atomically,
 * and a part is named by its key, so a record never points at a part made from other inputs.
 * Without a usable cache folder the build keeps parts in memory and always misses.
 *
 * Pruning lists both folders (thousands of names): a build that wrote nothing into the cache
 * and keeps the same documents and keys as the last prune skips it, known by the signature of
 * those ids and keys that the prune leaves in `pruned`. The first write of a build deletes that
 * file before anything is written, so a build killed midway leaves the next one to prune.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocSummary } from '../render/summary.js';
import type { OutputKind } from '../render/links.js';
import { distRecordJson, type DistRecord } from '../node/dist-writer.js';
import { bundled, openCacheFolder, pruneCacheFolder, readBundledPart, readCacheJson, writeCacheFile, writeCacheFileNow } from '../node/cache-folder.js';
import { readOptionalNow } from '../node/fs.js';
import { rm } from 'node:fs/promises';
import { sha256 } from '../util/sha256.js';

/** What the stages made of one document, each under the key of its inputs. */
export interface DocRecord {
  /** `sourceMap`: whether the conversion made a source map (made again from the transcript when the TEI is validated again). */
  readonly convert?: { readonly key: string; readonly teiSha: string; readonly diagnostics: Diagnostic[]; readonly sourceMap?: boolean };
  readonly validate?: { readonly key: string; readonly diagnostics: Diagnostic[] };
  readonly render?: { readonly key: string; readonly summary?: DocSummary; readonly made: OutputKind[]; readonly diagnostics: Diagnostic[]; readonly searchable: boolean };
  /**
   * The deposit record of the TEI (for Dublin Core and CMIF): its key, whether the file is TEI
   * at all, and `in`: the render key whose bundle holds it (a render worker read it), else it
   * is a part of its own under its key.
   */
  readonly record?: { readonly key: string; readonly tei: boolean; readonly in?: string };
}

/** A part kept under a key: an output's text or bytes, a deposit record as JSON, or a document's search part. */
export type CachedPart = 'body' | 'print' | 'reading' | 'diplomatic' | 'pdf' | 'record' | 'search';

const RENDERED_PARTS = ['body', 'print', 'reading', 'diplomatic', 'search', 'record'] as const satisfies readonly CachedPart[];

/** The parts a render makes of a document, kept together (`putParts`). */
export type RenderedPart = (typeof RENDERED_PARTS)[number];

const rendered = (part: CachedPart): part is RenderedPart => (RENDERED_PARTS as readonly CachedPart[]).includes(part);

/** The cache a build reads and writes (see the module comment). */
export interface DocCache {
  /** Why the cache folder cannot be used, when it cannot (the build then misses everything). */
  readonly problem?: string;
  read(id: string): Promise<DocRecord | undefined>;
  write(id: string, record: DocRecord): Promise<void>;
  putPart(key: string, part: CachedPart, content: string | Uint8Array): Promise<void>;
  /**
   * The parts one render made, under its key, as one file: a fresh build of 1,000 documents
   * makes 4,000 files fewer than with a file per part (each file made costs the file system
   * far more than its bytes). `getPart` gives each of them as if it was put alone.
   */
  putParts(key: string, parts: Readonly<Partial<Record<RenderedPart, string | Uint8Array>>>): Promise<void>;
  getPart(key: string, part: CachedPart): Promise<Buffer | undefined>;
  /**
   * Where the parts are kept, for a render worker that writes a document's parts itself
   * (render/keep.ts): the file of a render's bundle and of a single part; `ready` settles once
   * the folder may be written (every write of a build waits for it). Absent for a cache that
   * keeps its parts in memory.
   */
  readonly files?: { bundle(key: string): string; part(key: string, part: CachedPart): string; ready(): Promise<void> };
  readDist(): Promise<DistRecord | undefined>;
  writeDist(record: DistRecord): Promise<void>;
  /** Deletes the records of documents not in `ids` and the parts of keys not in `keys`. */
  prune(ids: ReadonlySet<string>, keys: ReadonlySet<string>): Promise<void>;
}

/**
 * Opens the cache of the edition at `root`. With `reuse` false (`--force`) nothing is read
 * from it (every stage runs), but everything made is written, for the next build.
 */
export async function openDocCache(root: string, reuse: boolean): Promise<DocCache> {
  const folder = await openCacheFolder(root);
  if ('problem' in folder) return memoryCache(folder.problem);
  const at = (sub: string, name: string) => join(folder.dir, sub, name);
  const mark = join(folder.dir, 'pruned');
  // Every write waits for the signature's removal (once per build) before it touches a file.
  // The records and parts are written at once (writeAtomicNow): a fresh build of 1,000
  // documents writes 7,000 of them, each a few thread-pool round trips as a promise write.
  let unmarked: Promise<void> | undefined;
  const ready = (): Promise<void> => (unmarked ??= rm(mark, { force: true }));
  const written = (path: string, content: string | Uint8Array): Promise<void> => ready().then(() => writeCacheFileNow(path, content));
  return {
    files: { bundle: (key) => at('parts', `${key}.render`), part: (key, part) => at('parts', `${key}.${part}`), ready },
    read: (id) => (reuse ? readCacheJson<DocRecord>(at('docs', `${id}.json`)) : Promise.resolve(undefined)),
    write: (id, record) => written(at('docs', `${id}.json`), JSON.stringify(record)),
    putPart: (key, part, content) => written(at('parts', `${key}.${part}`), content),
    putParts: async (key, parts) => {
      const bundle = bundled(parts);
      if (bundle) await written(at('parts', `${key}.render`), bundle);
    },
    // Read at once: the site-wide files of a one-change build read a part of every document.
    getPart: async (key, part) => {
      if (!rendered(part)) return readOptionalNow(at('parts', `${key}.${part}`));
      // The part alone, not its whole bundle; a part put alone when there is no bundle.
      const bundledPart = readBundledPart(at('parts', `${key}.render`), part);
      return bundledPart === null ? readOptionalNow(at('parts', `${key}.${part}`)) : bundledPart;
    },
    readDist: () => (reuse ? readCacheJson<DistRecord>(join(folder.dir, 'dist.json')) : Promise.resolve(undefined)),
    writeDist: (record) => writeCacheFile(join(folder.dir, 'dist.json'), distRecordJson(record)),
    prune: async (ids, keys) => {
      const signature = sha256(JSON.stringify([[...ids].sort(), [...keys].sort()]));
      if (reuse && !unmarked && readOptionalNow(mark)?.toString('utf8') === signature) return;
      await pruneCacheFolder(join(folder.dir, 'docs'), (n) => ids.has(n.replace(/\.json$/u, '')));
      await pruneCacheFolder(join(folder.dir, 'parts'), (n) => keys.has(n.replace(/\.[a-z]+$/u, '')));
      await writeCacheFile(mark, signature);
    },
  };
}

/** A cache that remembers parts for the build only (no folder could be used). */
function memoryCache(problem: string): DocCache {
  const parts = new Map<string, Buffer>();
  return {
    problem,
    read: () => Promise.resolve(undefined),
    write: () => Promise.resolve(),
    putPart(key, part, content) {
      parts.set(`${key}.${part}`, Buffer.from(content));
      return Promise.resolve();
    },
    async putParts(key, made) {
      for (const part of RENDERED_PARTS) {
        const content = made[part];
        if (content !== undefined) await this.putPart(key, part, content);
      }
    },
    getPart: (key, part) => Promise.resolve(parts.get(`${key}.${part}`)),
    readDist: () => Promise.resolve(undefined),
    writeDist: () => Promise.resolve(),
    prune: () => Promise.resolve(),
  };
}

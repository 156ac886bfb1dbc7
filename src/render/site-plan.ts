/**
 * The output files of an edition, each with a key that changes exactly when its content can:
 * a document's own outputs are keyed by the document's key; its page also by its neighbours
 * (the previous/next links) and the outputs it links to; the index, search page and search
 * index by what they list; static assets by their bytes. A build compares the keys with those
 * of the files it wrote last time and makes (and writes) only the changed ones.
 */
import { sha256 } from '../util/sha256.js';
import { compareCodePoints } from '../util/collate.js';
import { linksFor, OWN_OUTPUTS, outputHref, outputPath, type OutputKind } from './links.js';
import { binaryAssets, resource, type ResourceName } from './resources.js';
// The page templates (handlebars) and the search indexer load only when a page is made: a
// no-op build only compares keys.
import type { SiteDoc, SiteFacts, SiteShells } from './site.js';
import type { DocSummary } from './summary.js';
import type { PartKind } from './document.js';
import type { RenderOptions } from './index.js';

/** The page module and the shells it compiled, loaded once per plan when a page is made. */
interface PageMaker {
  readonly site: typeof import('./site.js');
  readonly shells: SiteShells;
}

/** What the site knows of a rendered document (small: kept for every document of a build). */
export interface SiteEntry {
  readonly id: string;
  /** Changes whenever any of the document's parts can (its TEI, the tool, the options). */
  readonly key: string;
  readonly summary: DocSummary;
  readonly made: ReadonlySet<OutputKind>;
  /** Whether a reading text exists for the search index. */
  readonly searchable: boolean;
}

/** One output file to make, with its key. */
export interface PlannedOutput {
  /** Relative to the output folder, '/'-separated. */
  readonly path: string;
  readonly key: string;
  /** Text, bytes, or text in pieces, perhaps made as they are read (written one by one, never joined). */
  readonly make: () => Promise<string | Uint8Array | Iterable<string> | AsyncIterable<string>>;
}

/** Reads a part of a document (from memory or a cache); `tei` is the TEI file itself. */
export type PartSource = (id: string, part: PartKind | 'tei') => Promise<string | Uint8Array>;

/** A document's search part (render/search.ts `searchPart`) kept from its rendering, if there is one. */
export type SearchPartSource = (entry: SiteEntry) => Promise<string | undefined>;

const textOf = async (x: Promise<string | Uint8Array>): Promise<string> => {
  const v = await x;
  return typeof v === 'string' ? v : Buffer.from(v).toString('utf8');
};

/** Documents in site order: by date (undated last), then id, in code-point order. */
export function siteOrder<T extends { readonly id: string; readonly summary: DocSummary }>(docs: readonly T[]): T[] {
  const key = (d: T): string => d.summary.date ?? '\uffff';
  return [...docs].sort((a, b) => compareCodePoints(key(a), key(b)) || compareCodePoints(a.id, b.id));
}

function siteDoc(e: SiteEntry): SiteDoc {
  const others = new Set([...e.made].filter((k) => k !== 'html'));
  return { id: e.id, summary: e.summary, indexLinks: linksFor(e.id, e.made, 0), pageLinks: linksFor(e.id, others, 1), href: outputHref('html', e.id, 0) };
}

/** The key of a document's own output `kind` (print, a text, the TEI copy …), rendered under `key`. */
export const ownOutputKey = (key: string, kind: OutputKind): string => `${key}:${kind}`;

function staticFile(path: string, content: string | Uint8Array): PlannedOutput {
  return { path, key: sha256(content), make: () => Promise.resolve(content) };
}

/** The static files the targets need (each path once). */
function assetOutputs(opts: RenderOptions): PlannedOutput[] {
  const t = new Set(opts.targets);
  const names: ResourceName[] = [];
  if (t.has('print') || t.has('pdf')) names.push('assets/print.css', 'assets/paged.polyfill.js', 'assets/paged.LICENSE.txt', 'assets/hyphen.js', 'assets/hyphen.LICENSE.txt', 'assets/hyphenate.js');
  if (t.has('html')) names.push('assets/edition.css', 'assets/edition.js');
  if (t.has('html') && opts.site !== false) names.push('assets/search.js', 'assets/minisearch.js', 'assets/minisearch.LICENSE.txt');
  const out = names.map((n) => staticFile(n, resource(n)));
  if (t.has('html') || t.has('print') || t.has('pdf')) out.push(staticFile('assets/fonts.css', resource('assets/fonts.css')), ...binaryAssets('assets/fonts/').map((f) => staticFile(f.path, f.content)));
  return out;
}

/**
 * Every output file of the edition made of `entries` (any order), with its key; `parts` gives
 * a document's parts when a file has to be made. Deterministic: the same entries and options
 * give the same paths, keys and contents.
 */
export function sitePlan(entries: readonly SiteEntry[], opts: RenderOptions, parts: PartSource, searchParts?: SearchPartSource): PlannedOutput[] {
  const siteTitle = opts.siteTitle ?? 'Edition';
  const ordered = siteOrder(entries);
  const out: PlannedOutput[] = [];
  for (const e of ordered) {
    for (const [kind, part] of OWN_OUTPUTS) if (e.made.has(kind)) out.push({ path: outputPath(kind, e.id), key: ownOutputKey(e.key, kind), make: () => parts(e.id, part) });
  }
  const paged = ordered.filter((e) => e.made.has('html'));
  const site = paged.map(siteDoc);
  // The page templates (handlebars) load and compile when the plan makes its first page, once
  // for all of them: a no-op build only compares keys.
  let loaded: Promise<PageMaker> | undefined;
  const pages = (): Promise<PageMaker> => (loaded ??= import('./site.js').then((site) => ({ site, shells: site.compileShells() })));
  const facts = siteFacts(opts);
  paged.forEach((e, i) => {
    const near = (d: SiteDoc | undefined) => (d ? [d.id, d.summary.title ?? d.id] : null);
    const key = sha256(JSON.stringify([e.key, 'page', [...e.made].sort(), near(site[i - 1]), near(site[i + 1]), siteTitle, opts.buildDate ?? '', facts.dateFormat]));
    out.push({ path: outputPath('html', e.id), key, make: async () => { const p = await pages(); return p.site.documentPage(p.shells, site, i, await textOf(parts(e.id, 'body')), facts); } });
  });
  if (opts.targets.includes('html') && opts.site !== false) out.push(...siteWide(paged, site, opts, { parts, ...(searchParts ? { searchParts } : {}) }, pages));
  out.push(...assetOutputs(opts));
  return out;
}

/** What every page says of the edition. */
function siteFacts(opts: RenderOptions): SiteFacts {
  return { siteTitle: opts.siteTitle ?? 'Edition', dateFormat: opts.dateFormat ?? 'dmy', ...(opts.buildDate ? { buildDate: opts.buildDate } : {}) };
}

/** The index, the search page and the search index. */
function siteWide(paged: readonly SiteEntry[], site: readonly SiteDoc[], opts: RenderOptions, from: { parts: PartSource; searchParts?: SearchPartSource }, pages: () => Promise<PageMaker>): PlannedOutput[] {
  const facts = siteFacts(opts);
  const siteTitle = facts.siteTitle;
  const listed = JSON.stringify(paged.map((e) => [e.id, e.key, [...e.made].sort()]));
  const types = [...new Set(paged.flatMap((d) => d.summary.types))].sort();
  const years = [...new Set(paged.map((d) => d.summary.date?.slice(0, 4) ?? '').filter((y) => /^\d{4}$/u.test(y)))].sort();
  const searchKey = sha256(JSON.stringify(paged.map((e) => [e.id, e.key, e.searchable])));
  return [
    { path: 'index.html', key: sha256(`index\u0000${siteTitle}\u0000${opts.buildDate ?? ''}\u0000${facts.dateFormat}\u0000${listed}`), make: async () => { const p = await pages(); return p.site.indexPage(p.shells, site, facts); } },
    { path: 'search.html', key: sha256(JSON.stringify(['search', siteTitle, types, years, opts.buildDate ?? '', facts.dateFormat])), make: async () => { const p = await pages(); return p.site.searchPage(p.shells, types, years, facts); } },
    {
      path: 'assets/search-index.js',
      key: searchKey,
      // Each document is indexed (its stored fields written) as it is read, none of them held;
      // by the part its rendering kept where there is one (the same as indexing its reading text).
      make: async () => {
        const { searchScript, searchPart } = await import('./search.js');
        async function* partsOf(): AsyncGenerator<string> {
          // A kept part that is empty (none was made) counts as none.
          for (const e of paged) yield (await from.searchParts?.(e)) || searchPart({ id: e.id, summary: e.summary, reading: e.searchable ? await textOf(from.parts(e.id, 'reading')) : '' });
        }
        return searchScript(paged.length, partsOf());
      },
    },
  ];
}

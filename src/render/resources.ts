import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The static files of the edition site, copied to lib/render/ by scripts/compile-xslt.mjs. */
export type ResourceName =
  | 'shells/document.hbs'
  | 'shells/index.hbs'
  | 'assets/edition.css'
  | 'assets/print.css'
  | 'assets/edition.js'
  | 'assets/fonts.css'
  | 'assets/paged.polyfill.js'
  | 'assets/paged.LICENSE.txt'
  | 'assets/hyphen.js'
  | 'assets/hyphen.LICENSE.txt'
  | 'assets/hyphenate.js'
  | 'assets/search.js'
  | 'assets/minisearch.js'
  | 'assets/minisearch.LICENSE.txt'
  | 'shells/search.hbs';

/**
 * A resource beside this module, else the build's copy in the package's lib/render: from
 * src/render (tests run the TypeScript sources) the hand-written files are read fresh from src,
 * and the bundled ones (fonts, paged.js, MiniSearch) from lib, where the build puts them.
 */
function resourceUrl(path: string): URL {
  const own = new URL(`./${path}`, import.meta.url);
  return existsSync(fileURLToPath(own)) ? own : new URL(`../../lib/render/${path}`, import.meta.url);
}

/**
 * Reads a render resource relative to this module. Throws when it is missing. Not cached: a run
 * reads each resource once (the site shells are compiled once per site plan, see site.ts).
 */
export function resource(name: ResourceName): string {
  return readFileSync(resourceUrl(name), 'utf8');
}

/**
 * Every file of a resource folder (e.g. `assets/fonts/`, bundled by scripts/bundle-assets.mjs),
 * as output paths with their bytes, sorted by name; read on each call (once per run).
 */
export function binaryAssets(folder: 'assets/fonts/'): { path: string; content: Uint8Array }[] {
  const dir = resourceUrl(folder);
  return readdirSync(dir).sort().map((name) => ({ path: folder + name, content: new Uint8Array(readFileSync(new URL(name, dir))) }));
}

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

const cache = new Map<ResourceName, string>();

/**
 * A resource beside this module, else the build's copy in the package's lib/render: from
 * src/render (tests run the TypeScript sources) the hand-written files are read fresh from src,
 * and the bundled ones (fonts, paged.js, MiniSearch) from lib, where the build puts them.
 */
function resourceUrl(path: string): URL {
  const own = new URL(`./${path}`, import.meta.url);
  return existsSync(fileURLToPath(own)) ? own : new URL(`../../lib/render/${path}`, import.meta.url);
}

/** Reads a render resource relative to this module, once per process. Throws when it is missing. */
export function resource(name: ResourceName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(resourceUrl(name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

const folders = new Map<string, { path: string; content: Uint8Array }[]>();

/**
 * Every file of a resource folder (e.g. `assets/fonts/`, bundled by scripts/bundle-assets.mjs),
 * as output paths with their bytes, sorted by name; read once per process.
 */
export function binaryAssets(folder: 'assets/fonts/'): { path: string; content: Uint8Array }[] {
  let files = folders.get(folder);
  if (!files) {
    const dir = resourceUrl(folder);
    files = readdirSync(dir).sort().map((name) => ({ path: folder + name, content: new Uint8Array(readFileSync(new URL(name, dir))) }));
    folders.set(folder, files);
  }
  return files;
}

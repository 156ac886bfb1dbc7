import { readFileSync } from 'node:fs';

/** The static files of the edition site, copied to lib/render/ by scripts/compile-xslt.mjs. */
export type ResourceName =
  | 'shells/document.hbs'
  | 'shells/index.hbs'
  | 'assets/edition.css'
  | 'assets/print.css'
  | 'assets/edition.js';

const cache = new Map<ResourceName, string>();

/** Reads a render resource relative to this module, once per process. Throws when it is missing. */
export function resource(name: ResourceName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}

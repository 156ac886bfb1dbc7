import { readFileSync } from 'node:fs';
import SaxonJS from 'saxon-js';

/** The compiled stylesheets in lib/xslt/ (see scripts/compile-xslt.mjs). */
export type StylesheetName = 'tei-to-html' | 'tei-to-print' | 'tei-to-text' | 'tei-to-summary';

/** Stylesheet parameters: no-namespace names to atomic values. */
export type StylesheetParams = Readonly<Record<string, string>>;

/**
 * The parsed stylesheets of one render run (a build, a `renderEditions` call, a worker thread):
 * each SEF is read on first use and reused for every document of that run. The caller owns it;
 * nothing outlives the run in module state.
 */
export interface Stylesheets {
  /** The parsed SEF of `name`. Throws when the SEF is missing (`npm run build` compiles it). */
  get(name: StylesheetName): object;
}

/**
 * Where a compiled stylesheet lives: the package's lib/xslt (the build compiles it there). The
 * path goes through the package root so that it is the same from lib/render (the shipped code)
 * and from src/render (tests run the TypeScript sources).
 */
export function sefUrl(name: StylesheetName): URL {
  return new URL(`../../lib/xslt/${name}.sef.json`, import.meta.url);
}

/** A new, empty set of stylesheets for one run (parsing is the costly part: share it within the run). */
export function stylesheets(): Stylesheets {
  const loaded = new Map<StylesheetName, object>();
  return {
    get(name) {
      let sef = loaded.get(name);
      if (!sef) {
        sef = JSON.parse(readFileSync(sefUrl(name), 'utf8')) as object;
        loaded.set(name, sef);
      }
      return sef;
    },
  };
}

/**
 * Runs a compiled stylesheet on an XML string and returns its serialized result; `sheets` are
 * the run's parsed stylesheets (a fresh set when none is passed, read for this call alone).
 * Throws the stylesheet's or parser's error (callers turn it into a `render/xslt` diagnostic).
 */
export function transform(name: StylesheetName, xml: string, params: StylesheetParams = {}, sheets: Stylesheets = stylesheets()): string {
  const result = SaxonJS.transform(
    { stylesheetInternal: sheets.get(name), sourceText: xml, destination: 'serialized', stylesheetParams: { ...params } },
    'sync',
  );
  return result.principalResult;
}

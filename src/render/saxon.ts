import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type SaxonJSType from 'saxon-js';

// Required, not imported: saxon-js is CommonJS, and through the ES module loader its 1.5 MB
// bundle (and what it requires) is also scanned for export names, about twice the load time
// (0.65 s against 1.1-1.6 s on the loaded 2-core machine), paid by every render worker.
const SaxonJS = createRequire(import.meta.url)('saxon-js') as typeof SaxonJSType;

/** The compiled stylesheets in lib/xslt/ (see scripts/compile-xslt.mjs). */
export type StylesheetName = 'tei-to-html' | 'tei-to-print' | 'tei-to-text' | 'tei-to-summary';

/** Stylesheet parameters: no-namespace names to atomic values. */
export type StylesheetParams = Readonly<Record<string, string>>;

const loaded = new Map<StylesheetName, object>();

/**
 * Where a compiled stylesheet lives: the package's lib/xslt (the build compiles it there). The
 * path goes through the package root so that it is the same from lib/render (the shipped code)
 * and from src/render (tests run the TypeScript sources).
 */
export function sefUrl(name: StylesheetName): URL {
  return new URL(`../../lib/xslt/${name}.sef.json`, import.meta.url);
}

/**
 * Returns the parsed SEF of a stylesheet, reading it on first use only (parsing is the
 * costly part; the object is reused for every document of the process).
 * Throws when the SEF is missing (`npm run build` compiles it).
 */
function stylesheet(name: StylesheetName): object {
  let sef = loaded.get(name);
  if (!sef) {
    sef = JSON.parse(readFileSync(sefUrl(name), 'utf8')) as object;
    loaded.set(name, sef);
  }
  return sef;
}

/**
 * Runs a compiled stylesheet on an XML string and returns its serialized result.
 * Throws the stylesheet's or parser's error (callers turn it into a `render/xslt` diagnostic).
 */
export function transform(name: StylesheetName, xml: string, params: StylesheetParams = {}): string {
  const result = SaxonJS.transform(
    { stylesheetInternal: stylesheet(name), sourceText: xml, destination: 'serialized', stylesheetParams: { ...params } },
    'sync',
  );
  return result.principalResult;
}

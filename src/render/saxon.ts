import { readFileSync } from 'node:fs';
import { lazyTable } from '../util/lazy-table.js';
import { deferred, loadSaxonJs } from './saxon-load.js';

// Loaded as CommonJS, not imported: through the ES module loader its 1.5 MB bundle (and what it
// requires) is also scanned for export names, about twice the load time (0.65 s against
// 1.1-1.6 s on the loaded 2-core machine), paid by every render worker; and without its HTTP
// client, which it loads only when it fetches a URL (saxon-load.ts).
// It is loaded on first use (a deferred stand-in, saxon-load.ts): most documents are rendered
// natively (native/index.ts), and a thread that renders none with the stylesheets never pays for it.
const SaxonJS = deferred(loadSaxonJs) as ReturnType<typeof loadSaxonJs>;

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
  return { get: lazyTable((name: StylesheetName) => JSON.parse(readFileSync(sefUrl(name), 'utf8')) as object) };
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

/** One document of a batch: its XML and the page paths its citation names (html and print). */
export interface BatchSource {
  readonly xml: string;
  readonly docPath?: string;
  readonly pdfPath?: string;
}

/** Where a batch's result documents are kept (a name only: nothing is written there). */
const BATCH_BASE = 'file:///teipress-batch/';

/**
 * Runs a compiled stylesheet once over a batch of documents (its template tp:batch,
 * xslt/common/batch.xsl) and returns each document's serialized result, in order: the bytes
 * `transform` gives for that document alone, with `params` and the document's own page paths.
 * One run prepares the compiled stylesheet once for all of them. Throws when any document
 * fails (the caller then transforms them one by one, for each one's own error).
 */
export function transformBatch(name: StylesheetName, sources: readonly BatchSource[], params: StylesheetParams, sheets: Stylesheets): string[] {
  return runBatch(name, sources, params, sheets, false).outputs;
}

/**
 * `transformBatch` of tei-to-html, which also gives each document's summary: the bytes
 * tei-to-summary gives for it (with the same `date-format`), from the metadata the page reads;
 * with `prints`, each document's print page as well: the bytes tei-to-print gives for it with
 * the same parameters (`params` then holds the print's `page-size`), from the same parse and
 * metadata (common/print-page.xsl).
 */
export function transformHtmlBatch(sources: readonly BatchSource[], params: StylesheetParams, sheets: Stylesheets, prints = false): { outputs: string[]; summaries: string[]; prints?: string[] } {
  const { outputs, results } = runBatch('tei-to-html', sources, params, sheets, true, prints);
  const each = (suffix: string): string[] => sources.map((_, i) => batchResult(results, `${i + 1}.${suffix}`, 'tei-to-html'));
  return { outputs, summaries: each('summary'), ...(prints ? { prints: each('print') } : {}) };
}

function runBatch(name: StylesheetName, sources: readonly BatchSource[], params: StylesheetParams, sheets: Stylesheets, summaries: boolean, prints = false) {
  const result = SaxonJS.transform(
    {
      stylesheetInternal: sheets.get(name),
      initialTemplate: 'Q{urn:teipress}batch',
      destination: 'serialized',
      baseOutputURI: BATCH_BASE,
      deliverResultDocument: () => ({ destination: 'serialized' }),
      stylesheetParams: {
        ...params,
        'Q{urn:teipress}batch': sources.map((s) => s.xml),
        'Q{urn:teipress}batch-doc-paths': sources.map((s) => s.docPath ?? ''),
        'Q{urn:teipress}batch-pdf-paths': sources.map((s) => s.pdfPath ?? ''),
        'Q{urn:teipress}batch-summaries': summaries,
        'Q{urn:teipress}batch-prints': prints,
      },
    },
    'sync',
  );
  const results = result.resultDocuments;
  return { results, outputs: sources.map((_, i) => batchResult(results, String(i + 1), name)) };
}

/** A result document of a batch run, by its href; throws when the run did not write it. */
function batchResult(results: Readonly<Record<string, string | undefined>>, href: string, name: StylesheetName): string {
  const out = results[`${BATCH_BASE}${href}`];
  if (out === undefined) throw new Error(`${name}.xsl wrote no result ${href} in its batch`);
  return out;
}

/**
 * Runs a compiled stylesheet whose result is a sequence of strings and returns them, unserialized
 * (destination raw): from a source document, or, with `batch`, from the named template `batch`
 * over the documents' XML (its $tp:batch, xslt/common/batch.xsl). The text editions come this way:
 * serialized, each string would be escaped into one JSON text and copied once more by the
 * serializer, a cost the plain two strings do not have. Throws as `transform` does.
 */
export function transformToStrings(name: StylesheetName, xml: string | { batch: string; xmls: readonly string[] }, params: StylesheetParams, sheets: Stylesheets): string[] {
  const source = typeof xml === 'string'
    ? { sourceText: xml, stylesheetParams: { ...params } }
    : { initialTemplate: `Q{urn:teipress}${xml.batch}`, stylesheetParams: { ...params, 'Q{urn:teipress}batch': xml.xmls } };
  const result: unknown = SaxonJS.transform({ stylesheetInternal: sheets.get(name), destination: 'raw', ...source }, 'sync').principalResult;
  const items = result === null ? [] : Array.isArray(result) ? result : [result];
  if (!items.every((s): s is string => typeof s === 'string')) throw new Error(`${name}.xsl gave an item that is not a string`);
  return items;
}

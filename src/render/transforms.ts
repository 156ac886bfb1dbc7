import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { transform, transformToStrings, type StylesheetName, type StylesheetParams, type Stylesheets } from './saxon.js';

/** The source of one transform, for diagnostics. */
export interface Source {
  readonly file: string;
  readonly xml: string;
}

/**
 * Runs a stylesheet and returns its output, or `undefined` after pushing a `render/xslt`
 * error onto `into` (one bad document never stops the others). `sheets` are the run's stylesheets.
 */
export function tryTransform(
  name: StylesheetName,
  source: Source,
  into: Diagnostic[],
  params: StylesheetParams = {},
  sheets: Stylesheets,
): string | undefined {
  return tryRun(name, source, into, () => transform(name, source.xml, params, sheets));
}

/** `run()`, or `undefined` after pushing its error onto `into` as a `render/xslt` error of `name`. */
function tryRun<T>(name: StylesheetName, source: Source, into: Diagnostic[], run: () => T): T | undefined {
  try {
    return run();
  } catch (err) {
    return failed(name, source, into, err instanceof Error ? err.message : String(err));
  }
}

function failed(name: StylesheetName, source: Source, into: Diagnostic[], message: string): undefined {
  const first = message.split('\n')[0] ?? message;
  into.push(diagnostic('render/xslt', { file: source.file, line: 1, column: 1 }, `${name}.xsl failed: ${first}`));
  return undefined;
}

/** What the HTML and print stylesheets are told about the edition and the document. */
export interface PageOptions {
  readonly siteTitle: string;
  readonly pageSize: string;
  readonly dateFormat: string;
  readonly buildDate?: string;
  /** The document page's path in the edition (for the citation). */
  readonly docPath: string;
  /** The PDF's path in the edition, when one is made. */
  readonly pdfPath?: string;
}

/** Page options as the citation parameters the HTML and print stylesheets share. */
export function citationParams(opts: PageOptions): StylesheetParams {
  return { 'site-title': opts.siteTitle, 'build-date': opts.buildDate ?? '', 'doc-path': opts.docPath, 'pdf-path': opts.pdfPath ?? '', 'date-format': opts.dateFormat };
}

/** Print options, as the print stylesheet's parameters. */
export function printParams(opts: PageOptions): StylesheetParams {
  return { ...citationParams(opts), 'page-size': opts.pageSize };
}

/** The print HTML of a document (it links ../assets/print.css, the font and paged.js). */
export function printHtml(source: Source, into: Diagnostic[], opts: PageOptions, sheets: Stylesheets): string | undefined {
  return tryTransform('tei-to-print', source, into, printParams(opts), sheets);
}

/** The parameters of the text stylesheet for the reading edition alone (the search index's text). */
export const READING_TEXT: StylesheetParams = { edition: 'reading' };

/**
 * The reading and the diplomatic text of a document (both or neither), from one transform
 * (edition "both": the TEI is parsed and the stylesheet set up once for the two; its two strings
 * are taken unserialized).
 */
export function textEditions(source: Source, into: Diagnostic[], sheets: Stylesheets): TextEditions | undefined {
  return tryRun('tei-to-text', source, into, () => textEditionsOf(transformToStrings('tei-to-text', source.xml, BOTH_TEXTS, sheets), 1)[0]);
}

/** A document's two text editions. */
export interface TextEditions {
  readonly reading: string;
  readonly diplomatic: string;
}

/** The parameters of the text stylesheet for both editions at once (two strings a document, read by {@link textEditionsOf}). */
export const BOTH_TEXTS: StylesheetParams = { edition: 'both' };

/**
 * The text editions of each document of `xmls`, one run of the text stylesheet for all of them
 * (its template tp:text-batch, edition "both"), in order: what {@link textEditions} gives for
 * each alone. Throws when any document fails.
 */
export function textEditionsBatch(xmls: readonly string[], sheets: Stylesheets): TextEditions[] {
  return textEditionsOf(transformToStrings('tei-to-text', { batch: 'text-batch', xmls }, BOTH_TEXTS, sheets), xmls.length);
}

/** The editions of `count` documents in the text stylesheet's strings for {@link BOTH_TEXTS} (reading, diplomatic, for each in turn). */
export function textEditionsOf(texts: readonly string[], count: number): TextEditions[] {
  if (texts.length !== 2 * count) throw new Error(`tei-to-text.xsl gave ${texts.length} texts for ${count} documents`);
  return Array.from({ length: count }, (_, i) => ({ reading: texts[2 * i]!, diplomatic: texts[2 * i + 1]! }));
}

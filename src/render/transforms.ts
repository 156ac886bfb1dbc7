import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { transform, type StylesheetName, type StylesheetParams, type Stylesheets } from './saxon.js';

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
  try {
    return transform(name, source.xml, params, sheets);
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
 * (edition "both": the TEI is parsed and the stylesheet set up once for the two).
 */
export function textEditions(source: Source, into: Diagnostic[], sheets: Stylesheets): TextEditions | undefined {
  const json = tryTransform('tei-to-text', source, into, BOTH_TEXTS, sheets);
  return json === undefined ? undefined : textEditionsOf(json);
}

/** A document's two text editions. */
export interface TextEditions {
  readonly reading: string;
  readonly diplomatic: string;
}

/** The parameters of the text stylesheet for both editions at once (its output is read by {@link textEditionsOf}). */
export const BOTH_TEXTS: StylesheetParams = { edition: 'both' };

/** The two editions in the text stylesheet's output for {@link BOTH_TEXTS}. */
export function textEditionsOf(json: string): TextEditions {
  const texts = JSON.parse(json) as TextEditions;
  return { reading: texts.reading, diplomatic: texts.diplomatic };
}

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { resource } from './resources.js';
import { transform, type StylesheetName, type StylesheetParams } from './saxon.js';

/** The source of one transform, for diagnostics. */
export interface Source {
  readonly file: string;
  readonly xml: string;
}

/**
 * Runs a stylesheet and returns its output, or `undefined` after pushing a `render/xslt`
 * error onto `into` (one bad document never stops the others).
 */
export function tryTransform(
  name: StylesheetName,
  source: Source,
  into: Diagnostic[],
  params: StylesheetParams = {},
): string | undefined {
  try {
    return transform(name, source.xml, params);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const first = message.split('\n')[0] ?? message;
    into.push(diagnostic('render/xslt', { file: source.file, line: 1, column: 1 }, `${name}.xsl failed: ${first}`));
    return undefined;
  }
}

/** The print HTML of a document, with the print CSS embedded. */
export function printHtml(source: Source, into: Diagnostic[], opts: { siteTitle: string; pageSize: string; buildDate?: string }): string | undefined {
  return tryTransform('tei-to-print', source, into, {
    css: resource('assets/print.css'),
    'page-size': opts.pageSize,
    'site-title': opts.siteTitle,
    'build-date': opts.buildDate ?? '',
  });
}

/** The reading and the diplomatic text of a document (both or neither). */
export function textEditions(source: Source, into: Diagnostic[]): { reading: string; diplomatic: string } | undefined {
  const reading = tryTransform('tei-to-text', source, into, { edition: 'reading' });
  const diplomatic = reading === undefined ? undefined : tryTransform('tei-to-text', source, into, { edition: 'diplomatic' });
  return reading !== undefined && diplomatic !== undefined ? { reading, diplomatic } : undefined;
}

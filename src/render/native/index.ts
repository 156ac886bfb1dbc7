/**
 * The native renderer: the stylesheets of xslt/ (tei-to-html, tei-to-print, tei-to-summary,
 * tei-to-text) as TypeScript over one parse of the document, giving the same bytes (the
 * stylesheets remain the specification: test/unit/render/native.test.ts renders generated and
 * hand-written TEI both ways and compares every output). saxon-js spends about 20 ms of CPU on
 * a document's five outputs, most of it in its own interpretation of the stylesheets; this
 * takes about one. A document holding anything the native renderer does not read exactly as
 * the stylesheets do (tree.ts, and `Unsupported` wherever it is thrown) gets `undefined`, and
 * the caller renders it with the stylesheets. `TEIPRESS_RENDERER=xslt` turns it off (every
 * document through saxon-js), for comparisons.
 */
import { htmlBody, metadata, printPage, summaryJson, type PageParams } from './page.js';
import { textEditionsNative } from './text.js';
import { parseTei, Unsupported } from './tree.js';

export type { PageParams } from './page.js';

/** What a render asks of a document. */
export interface NativeWants {
  readonly html: boolean;
  readonly print: boolean;
  /** The two text editions (else, with `readingText`, the reading text alone, for the search index). */
  readonly text: boolean;
  readonly readingText: boolean;
}

/** A document's outputs, as the stylesheets write them. */
export interface NativeOutputs {
  readonly summary: string;
  readonly body?: string;
  readonly print?: string;
  readonly reading?: string;
  readonly diplomatic?: string;
}

/** True unless the environment asks for the stylesheets alone. */
export function nativeEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['TEIPRESS_RENDERER'] !== 'xslt';
}

/** The outputs of one document, or undefined when it is the stylesheets' to render (see the module comment). */
export function renderNative(xml: string, params: PageParams, wants: NativeWants): NativeOutputs | undefined {
  try {
    const doc = parseTei(xml);
    if (doc === undefined) return undefined;
    const meta = metadata(doc, params.dateFormat);
    const texts = wants.text || wants.readingText ? textEditionsNative(doc) : undefined;
    return {
      summary: summaryJson(meta),
      ...(wants.html ? { body: htmlBody(doc, meta, params) } : {}),
      ...(wants.print ? { print: printPage(doc, meta, params) } : {}),
      ...(texts ? { reading: texts.reading } : {}),
      ...(texts && wants.text ? { diplomatic: texts.diplomatic } : {}),
    };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

import type { PartKind } from './document.js';

/** The kinds of output a document can have, each with its path in the output folder. */
export type OutputKind = 'html' | 'print' | 'pdf' | 'reading' | 'diplomatic' | 'tei';

/** A link from a page to one of a document's outputs. */
export interface Link {
  readonly kind: OutputKind;
  readonly label: string;
  /** Relative to the linking page. */
  readonly href: string;
  /** A MIME type hint for non-HTML targets. */
  readonly type?: string;
}

const outputs: Record<OutputKind, { label: string; path: (id: string) => string; type?: string }> = {
  html: { label: 'Edition', path: (id) => `html/${id}.html` },
  print: { label: 'Print', path: (id) => `print/${id}.html` },
  pdf: { label: 'PDF', path: (id) => `pdf/${id}.pdf`, type: 'application/pdf' },
  reading: { label: 'Reading text', path: (id) => `text/${id}.reading.txt`, type: 'text/plain' },
  diplomatic: { label: 'Diplomatic text', path: (id) => `text/${id}.diplomatic.txt`, type: 'text/plain' },
  tei: { label: 'TEI XML', path: (id) => `tei/${id}.xml`, type: 'application/tei+xml' },
};

const order: readonly OutputKind[] = ['html', 'print', 'pdf', 'reading', 'diplomatic', 'tei'];

/** A document's own outputs (files made from it alone), each with the part of its render it is ('tei': the TEI file itself). */
export const OWN_OUTPUTS: readonly (readonly [OutputKind, PartKind | 'tei'])[] = [['print', 'print'], ['pdf', 'pdf'], ['reading', 'reading'], ['diplomatic', 'diplomatic'], ['tei', 'tei']];

/** The path of a document's output, relative to the output folder ('/'-separated). */
export function outputPath(kind: OutputKind, id: string): string {
  return outputs[kind].path(id);
}

/**
 * A relative URL for a '/'-separated path: each segment percent-encoded on its own
 * (`encodeURIComponent`), so that a file name with a space, `#`, `?`, `%`, `&`, `<` or any
 * non-ASCII character is one segment and never a fragment, query or escape.
 */
export function pathHref(path: string): string {
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}

/** The URL of a document's output as seen from a page at `depth` (0: the root, 1: a subfolder). */
export function outputHref(kind: OutputKind, id: string, depth: 0 | 1): string {
  return (depth === 0 ? '' : '../') + pathHref(outputPath(kind, id));
}

/**
 * The links to the outputs of `id` that exist (`available`), in a fixed order, as seen
 * from a page at the root of the output folder (`depth` 0) or in a subfolder (`depth` 1).
 */
export function linksFor(id: string, available: ReadonlySet<OutputKind>, depth: 0 | 1): Link[] {
  return order
    .filter((kind) => available.has(kind))
    .map((kind) => {
      const { label, type } = outputs[kind];
      const href = outputHref(kind, id, depth);
      return type ? { kind, label, href, type } : { kind, label, href };
    });
}

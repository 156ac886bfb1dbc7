import type { DocumentNode, Transcript } from '../ir/nodes.js';
import type { LineIndex } from '../ir/position.js';
import { documentDiv, documentDivParts } from './handlers/blocks.js';
import { teiHeader, type HeaderInput } from './header.js';
import { renderBlock, serializeStream, type RenderedBlock } from './serialize.js';
import type { SourceMap } from './source-map.js';
import { el, type XElement } from './xml.js';

/** How the TEI is made, beyond its content. */
export interface TeiOptions {
  /** Record the source map (default true). */
  readonly sourceMap?: boolean;
  /**
   * Take each document out of the transcript once its TEI is written (default false), so
   * the IR shrinks as the XML grows; for a caller that does not keep the transcript.
   */
  readonly release?: boolean;
  /** The transcript's line index, which places the elements of IR nodes that carry an offset (needed for the source map). */
  readonly index?: LineIndex;
}

/** Each document's `div`, made when the serializer asks for it; a released document is no longer referenced once its div is made. */
function* documentDivs(t: Transcript, release: boolean): Generator<XElement> {
  if (!release) {
    for (const d of t.documents) yield documentDiv(d);
    return;
  }
  const queue: (DocumentNode | undefined)[] = t.documents.splice(0);
  for (let i = 0; i < queue.length; i++) {
    const d = queue[i]!;
    queue[i] = undefined;
    yield documentDiv(d);
  }
}

/**
 * Converts a transcript to TEI: the header from metadata, one `div type="document"` per
 * document. Gives the serialised XML as chunks in order, made as they are read (see
 * `serializeStream`), and its source map, complete once the chunks are read. Each
 * document's TEI subtree is made, written and dropped in turn, so the TEI tree of the
 * whole file is never held at once, nor (for a reader that writes the chunks out) its text.
 */
export function toTeiStream(t: Transcript, header: Omit<HeaderInput, 'transcript'>, lang = 'en', opts: TeiOptions = {}): { chunks: Iterable<string>; sourceMap: SourceMap } {
  const meta = header.meta;
  const body = el('body', {}, []);
  const root = el('TEI', { 'xml:lang': meta.language ?? lang }, [teiHeader({ ...header, transcript: t }), el('text', {}, [body])]);
  const { chunks, entries } = serializeStream(root, { parent: body, children: documentDivs(t, opts.release === true) }, opts.sourceMap !== false, opts.index);
  return { chunks, sourceMap: { source: header.source.path, entries } };
}

/** {@link toTeiStream}, its chunks all made. */
export function toTeiChunks(t: Transcript, header: Omit<HeaderInput, 'transcript'>, lang = 'en', opts: TeiOptions = {}): { chunks: string[]; sourceMap: SourceMap } {
  const { chunks, sourceMap } = toTeiStream(t, header, lang, opts);
  return { chunks: [...chunks], sourceMap };
}

/** {@link toTeiChunks}, the XML joined into one string. */
export function toTei(t: Transcript, header: Omit<HeaderInput, 'transcript'>, lang = 'en', opts: TeiOptions = {}): { xml: string; sourceMap: SourceMap } {
  const { chunks, sourceMap } = toTeiChunks(t, header, lang, opts);
  return { xml: chunks.join(''), sourceMap };
}

/** The depth of a document's `div` in the TEI (`TEI/text/body/div`): its indentation. */
const DOCUMENT_DEPTH = 3;

/**
 * Serialises one document's `div` on its own, as it will stand in the TEI, so that its IR and
 * TEI tree can be dropped before the next document is built (see {@link toTeiStreamOf}). Its
 * parts are made into TEI one at a time; with `release`, each is taken out of the document
 * once made (for a caller that does not keep the IR); with `packed`, its text is held
 * deflated as it is made (see `renderBlock`); `released` is told of each part let go.
 */
export function renderDocument(d: DocumentNode, mapped = true, release = false, packed = false, index?: LineIndex, released?: (done: number, of: number) => void): RenderedBlock {
  const { div, children } = documentDivParts(d, release, released);
  return renderBlock(div, DOCUMENT_DEPTH, mapped, children, packed, index);
}

/**
 * {@link toTeiStream} over documents serialised before ({@link renderDocument}), in order:
 * the header from `t` (whose documents need only what the header reads of them: number,
 * kind, date, correspondents, classification), then each document's text as it was made.
 * Each rendered document is let go once its text is read. The same bytes and source map.
 */
export function toTeiStreamOf(t: Transcript, rendered: RenderedBlock[], header: Omit<HeaderInput, 'transcript'>, lang = 'en', mapped = true): { chunks: Iterable<string>; sourceMap: SourceMap } {
  const meta = header.meta;
  const body = el('body', {}, []);
  const root = el('TEI', { 'xml:lang': meta.language ?? lang }, [teiHeader({ ...header, transcript: t }), el('text', {}, [body])]);
  const { chunks, entries } = serializeStream(root, { parent: body, children: released(rendered) }, mapped);
  return { chunks, sourceMap: { source: header.source.path, entries } };
}

/** The rendered documents in order, each taken out of the list as it is given. */
function* released(rendered: RenderedBlock[]): Generator<RenderedBlock> {
  const queue: (RenderedBlock | undefined)[] = rendered.splice(0);
  for (let i = 0; i < queue.length; i++) {
    const r = queue[i]!;
    queue[i] = undefined;
    yield r;
  }
}

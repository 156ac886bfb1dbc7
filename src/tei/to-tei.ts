import type { Transcript } from '../ir/nodes.js';
import { documentDiv } from './handlers/blocks.js';
import { teiHeader, type HeaderInput } from './header.js';
import { serialize } from './serialize.js';
import type { SourceMap } from './source-map.js';
import { el } from './xml.js';

/**
 * Converts a transcript to TEI: the header from metadata, one `div type="document"` per
 * document. Returns the serialised XML and its source map.
 */
export function toTei(t: Transcript, header: Omit<HeaderInput, 'transcript'>, lang = 'en'): { xml: string; sourceMap: SourceMap } {
  const meta = header.meta;
  const docs = t.documents.map(documentDiv);
  const root = el('TEI', { 'xml:lang': meta.language ?? lang }, [teiHeader({ ...header, transcript: t }), el('text', {}, [el('body', {}, docs)])]);
  const { xml, entries } = serialize(root);
  return { xml, sourceMap: { source: header.source.path, entries } };
}

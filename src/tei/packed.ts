/**
 * A rendered document's TEI held deflated until it is written (see `renderBlock`): the TEI
 * of a large transcript cannot be written before its header, which is made once every
 * document is built, and its UTF-8 bytes are more than the transcript itself (some 1.7 bytes
 * a byte of input on the bench mix); deflated at zlib's fastest level they are about a
 * quarter of that, for some 1 % more CPU. Each chunk is deflated on its own, so the text is
 * inflated one chunk at a time as it is written.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** `bytes` deflated, in an array of exactly its length (zlib's own result holds a 16 KiB buffer however short it is). */
export function pack(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(deflateRawSync(bytes, { level: 1 }));
}

/** The bytes {@link pack} was given. */
export function unpack(packed: Uint8Array): Uint8Array {
  return inflateRawSync(packed);
}

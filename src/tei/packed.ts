/**
 * A rendered document's TEI held deflated until it is written (see `renderBlock`): the TEI
 * of a large transcript cannot be written before its header, which is made once every
 * document is built, and its UTF-8 bytes are more than the transcript itself (some 1.7 bytes
 * a byte of input on the bench mix); deflated at zlib's fastest level they are about a
 * quarter of that, for some 1 % more CPU. Each chunk is deflated on its own and inflated, as
 * it is written, into one buffer the writer reuses (fflate, which can inflate into a buffer
 * given: zlib's inflate makes a buffer for every chunk, which V8 lets pile up before it
 * collects them, as many megabytes as the text held deflated saves).
 */
import { deflateRawSync } from 'node:zlib';
import { inflateSync } from 'fflate';

/** `bytes` deflated, in an array of exactly its length (zlib's own result holds a 16 KiB buffer however short it is). */
export function pack(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(deflateRawSync(bytes, { level: 1 }));
}

/** A buffer inflated chunks are written into, grown as needed: one per writer. */
export interface Scratch {
  buffer: Uint8Array;
}

/** The `size` bytes {@link pack} was given, inflated into `scratch` (valid until its next use). */
export function unpack(packed: Uint8Array, size: number, scratch: Scratch): Uint8Array {
  if (scratch.buffer.length < size) scratch.buffer = new Uint8Array(Math.max(size, scratch.buffer.length * 2));
  return inflateSync(packed, { out: scratch.buffer.subarray(0, size) });
}

/**
 * Streaming checksums: a file is read once, in chunks, and every requested digest is fed from
 * the same chunks, so a large PDF never sits whole in memory and two algorithms cost one read.
 */
import { createHash, getHashes, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The size of a file and its digests (hex, lower case), keyed by algorithm name. */
export interface FileDigests {
  readonly size: number;
  readonly digests: Readonly<Record<string, string>>;
}

/** BagIt's algorithm names (RFC 8493 §2.4) and node's names for them. */
const NODE_NAMES: Readonly<Record<string, string>> = {
  md5: 'md5', sha1: 'sha1', sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512',
};

/** Node's name for a BagIt algorithm, or undefined when this runtime cannot compute it. */
export function nodeAlgorithm(bagitName: string): string | undefined {
  const name = NODE_NAMES[bagitName.toLowerCase()];
  return name && getHashes().includes(name) ? name : undefined;
}

/** Reads `path` once and returns its size and one digest per algorithm (BagIt names); rejects when unreadable. */
export function hashFile(path: string, algorithms: readonly string[]): Promise<FileDigests> {
  const hashes: [string, Hash][] = algorithms.map((a) => [a, createHash(nodeAlgorithm(a) ?? a)]);
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    stream.on('data', (chunk) => {
      const b = chunk as Buffer;
      size += b.length;
      for (const [, h] of hashes) h.update(b);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve({ size, digests: Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')])) }));
  });
}

/** Digests of bytes in memory (tag files the writer has just made). */
export function hashBytes(bytes: Uint8Array, algorithms: readonly string[]): FileDigests {
  return { size: bytes.length, digests: Object.fromEntries(algorithms.map((a) => [a, createHash(nodeAlgorithm(a) ?? a).update(bytes).digest('hex')])) };
}

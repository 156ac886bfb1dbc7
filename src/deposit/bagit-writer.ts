/**
 * Writes a BagIt 1.0 bag (RFC 8493) into a folder: the payload under `data/` (copied with both
 * checksums computed in the same streaming pass), `manifest-sha256.txt`, `manifest-sha512.txt`,
 * `bagit.txt`, `bag-info.txt` (with Payload-Oxum and Bag-Size), and tag manifests in both
 * algorithms. Lines are sorted by path, so the same payload gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { makeFolder } from '../node/fs.js';
import { hashBytes } from './hash.js';
import { manifestText, payloadOxum } from './manifest.js';
import { BAGIT_TXT, bagInfoText } from './tag-files.js';

/** The size and checksums of a file written into the bag. */
export interface Written {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly sha512: string;
}

/** Files up to this size are read whole (a stream costs more than the read); larger ones stream. */
const WHOLE_FILE_LIMIT = 8 << 20;

/** Copies `source` to `to` (parents created), hashing on the way; returns size and digests. */
export async function copyHashed(source: string, to: string, path: string): Promise<Written> {
  if ((await stat(source)).size <= WHOLE_FILE_LIMIT) return writeHashed(await readFile(source), to, path);
  await makeFolder(dirname(to));
  const h256 = createHash('sha256');
  const h512 = createHash('sha512');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      h256.update(chunk);
      h512.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(source, { highWaterMark: 1 << 20 }), tap, createWriteStream(to));
  return { path, size, sha256: h256.digest('hex'), sha512: h512.digest('hex') };
}

/** Writes bytes made in memory (METS, DC records) to `to`; returns size and digests. */
export async function writeHashed(content: string | Uint8Array, to: string, path: string): Promise<Written> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await makeFolder(dirname(to));
  await writeFile(to, bytes);
  const d = hashBytes(bytes, ['sha256', 'sha512']);
  return { path, size: d.size, sha256: d.digests['sha256'] ?? '', sha512: d.digests['sha512'] ?? '' };
}

/** An approximate human size for Bag-Size (SI units, one decimal). */
export function humanSize(octets: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let v = octets;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) [v, u] = [v / 1000, u + 1];
  return u === 0 ? `${octets} bytes` : `${v.toFixed(1)} ${units[u]}`;
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Finishes a bag in `root` whose payload (paths under `data/`) is written: manifests, bagit.txt,
 * bag-info.txt (`info` first, then Payload-Oxum and Bag-Size) and the tag manifests.
 * Returns the tag files written.
 */
export async function finishBag(root: string, payload: readonly Written[], info: readonly (readonly [string, string])[]): Promise<string[]> {
  const files = [...payload].sort(byPath);
  const octets = files.reduce((a, f) => a + f.size, 0);
  const tags: [string, string][] = [
    ['bagit.txt', BAGIT_TXT],
    ['bag-info.txt', bagInfoText([...info, ['Payload-Oxum', payloadOxum(files.map((f) => f.size))], ['Bag-Size', humanSize(octets)]])],
    ['manifest-sha256.txt', manifestText(files.map((f) => ({ path: f.path, digest: f.sha256 })))],
    ['manifest-sha512.txt', manifestText(files.map((f) => ({ path: f.path, digest: f.sha512 })))],
  ];
  const written = await Promise.all(tags.map(([name, text]) => writeHashed(text, join(root, name), name)));
  const sorted = written.sort(byPath);
  await writeFile(join(root, 'tagmanifest-sha256.txt'), manifestText(sorted.map((w) => ({ path: w.path, digest: w.sha256 }))));
  await writeFile(join(root, 'tagmanifest-sha512.txt'), manifestText(sorted.map((w) => ({ path: w.path, digest: w.sha512 }))));
  return [...tags.map(([n]) => n), 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt'];
}

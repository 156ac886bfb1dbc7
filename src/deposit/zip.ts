/**
 * A deterministic zip of a folder, streamed: entries in the order given (sorted paths), each
 * with the same timestamp and Unix mode, so that the same bag gives the same bytes. Why fflate:
 * no dependencies, maintained, typed, and streaming (`Zip` with `ZipDeflate`), so a large PDF
 * is never held whole in memory; yazl would do too but needs its own stream plumbing and types.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

/** The earliest time a zip entry can carry (DOS time starts in 1980). */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/**
 * fflate writes an entry's time from the local calendar fields of the Date; shifting by the
 * time-zone offset makes those fields the UTC ones, so the bytes do not depend on TZ.
 */
function entryTime(epochMs: number): Date {
  const t = Math.max(epochMs, DOS_EPOCH);
  return new Date(t + new Date(t).getTimezoneOffset() * 60_000);
}

/** Writes `files` (relative to `root`) into the zip file `out`, each under `prefix/` (at the root when empty). */
export async function writeZip(out: string, root: string, files: readonly string[], prefix: string, epochMs: number): Promise<void> {
  const sink = createWriteStream(out);
  const closed = new Promise<void>((resolve, reject) => { sink.on('finish', resolve); sink.on('error', reject); });
  let failure: Error | undefined;
  const zip = new Zip((err, chunk, final) => {
    if (err) failure = err;
    else sink.write(chunk);
    if (final || err) sink.end();
  });
  const mtime = entryTime(epochMs);
  for (const f of files) {
    const entry = new ZipDeflate(prefix ? `${prefix}/${f}` : f, { level: 6 });
    Object.assign(entry, { mtime, os: 3, attrs: 0o100644 << 16 });
    zip.add(entry);
    await pump(join(root, f), entry);
  }
  zip.end();
  await closed;
  if (failure) throw failure;
}

/** Streams one file into its zip entry. */
function pump(path: string, entry: ZipDeflate): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = createReadStream(path, { highWaterMark: 1 << 20 });
    let pending: Buffer | undefined;
    // The last chunk must be pushed with final=true, so each chunk is held until the next arrives.
    s.on('data', (c) => {
      if (pending) entry.push(pending);
      pending = c as Buffer;
    });
    s.on('error', reject);
    s.on('end', () => { entry.push(pending ?? new Uint8Array(0), true); resolve(); });
  });
}

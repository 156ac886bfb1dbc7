/**
 * BagIt manifests and the Payload-Oxum (RFC 8493 §2.1.3, §2.2.2): reading and writing
 * `checksum filepath` lines, the percent-encoding of file names, and path safety.
 */

/** One manifest line, as read. */
export interface ManifestEntry {
  /** The path with its percent-encoding resolved (BagIt 1.0) and a leading `./` or `*` removed. */
  readonly path: string;
  readonly digest: string;
  /** 1-based line in the manifest. */
  readonly line: number;
  /** How the path was written, when it needed repair (`./` prefix, md5sum's `*` marker). */
  readonly repaired?: 'dot-slash' | 'binary-marker';
}

/** A line that could not be read as `checksum filepath`. */
export interface ManifestProblem {
  readonly line: number;
  readonly text: string;
}

// RFC 8493 §2.1.3: CR, LF and % in a file name are written %0D, %0A, %25 (in that table only).
const ENCODE: Readonly<Record<string, string>> = { '%': '%25', '\r': '%0D', '\n': '%0A' };
const DECODE: Readonly<Record<string, string>> = { '%25': '%', '%0D': '\r', '%0A': '\n' };

/** Percent-encodes a file name for a manifest (only %, CR and LF, as BagIt 1.0 requires). */
export function encodePath(path: string): string {
  return path.replace(/[%\r\n]/gu, (c) => ENCODE[c] ?? c);
}

/** Undoes `encodePath`; other `%xx` sequences stay as written (they are literal in file names). */
export function decodePath(path: string): string {
  return path.replace(/%(?:25|0D|0A)/giu, (m) => DECODE[m.toUpperCase()] ?? m);
}

/** Splits a tag file into lines (LF, CR LF or CR end a line, RFC 8493 §2.1.3). */
export function tagLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/u);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

const LINE = /^([0-9A-Fa-f]+)[ \t]+(.*)$/u;

/** Parses a manifest; `decode` applies BagIt 1.0's percent-decoding (0.9x bags name files literally). */
export function parseManifest(text: string, decode: boolean): { entries: ManifestEntry[]; problems: ManifestProblem[] } {
  const entries: ManifestEntry[] = [];
  const problems: ManifestProblem[] = [];
  tagLines(text).forEach((raw, i) => {
    if (/^[ \t]*$/u.test(raw)) return;
    const m = LINE.exec(raw);
    if (!m || !m[2]) return void problems.push({ line: i + 1, text: raw });
    let path = m[2];
    let repaired: ManifestEntry['repaired'];
    if (path.startsWith('*')) [path, repaired] = [path.slice(1), 'binary-marker'];
    if (path.startsWith('./')) [path, repaired] = [path.replace(/^(?:\.\/)+/u, ''), 'dot-slash'];
    const entry = { path: decode ? decodePath(path) : path, digest: (m[1] ?? '').toLowerCase(), line: i + 1 };
    entries.push(repaired ? { ...entry, repaired } : entry);
  });
  return { entries, problems };
}

/** Writes manifest text: one `digest  path` line per file, in the order given, LF-terminated. */
export function manifestText(files: readonly { path: string; digest: string }[]): string {
  return files.map((f) => `${f.digest}  ${encodePath(f.path)}\n`).join('');
}

/** True when `path` (relative, `/`-separated) stays inside the bag: not absolute, no `..` that climbs out. */
export function staysInside(path: string): boolean {
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/u.test(path)) return false;
  let depth = 0;
  for (const seg of path.split(/[\\/]/u)) {
    if (seg === '..') depth--;
    else if (seg !== '.' && seg !== '') depth++;
    if (depth < 0) return false;
  }
  return true;
}

/** The Payload-Oxum value `octets.count` of a set of file sizes. */
export function payloadOxum(sizes: readonly number[]): string {
  return `${sizes.reduce((a, b) => a + b, 0)}.${sizes.length}`;
}

import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** The folder settings of an edition, each a relative path inside it. */
export type FolderKey = 'transcripts' | 'tei' | 'dist';

/** A folder setting that cannot be used, and why (one sentence). */
export interface FolderProblem {
  readonly key: FolderKey;
  readonly message: string;
}

/** The resolved folders of an edition (absolute paths under the edition's real path). */
export type EditionFolders = Readonly<Record<FolderKey | 'root', string>>;

/** Whether a segment list names the same folder as, or one inside, another. */
const within = (a: readonly string[], b: readonly string[]): boolean => a.length >= b.length && b.every((s, i) => a[i] === s);

/**
 * Why a folder setting's text cannot name a folder inside the edition, or undefined when it
 * can: it must be a relative path of named segments (no `.`, `..`, empty or absolute paths).
 */
export function folderTextProblem(value: string): string | undefined {
  if (value === '') return 'is empty; expected a folder name inside the edition';
  if (isAbsolute(value) || /^[A-Za-z]:|^[\\/]/u.test(value)) return `is an absolute path (${JSON.stringify(value)}); expected a folder name inside the edition`;
  if (value.includes('\\') || value.includes('\u0000')) return `(${JSON.stringify(value)}) holds a backslash or NUL; separate folders with /`;
  const segments = value.replace(/\/$/u, '').split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return `(${JSON.stringify(value)}) has an empty, . or .. segment; expected a folder inside the edition, not the edition itself or a folder beside it`;
  // .teipress at the root holds the build cache, which teipress makes and deletes in.
  if (segments[0] === '.teipress') return `(${JSON.stringify(value)}) lies in .teipress, the folder of teipress's build cache; choose another folder`;
  return undefined;
}

/**
 * Resolves the folder settings against the edition at `root`, through any symlinks, and checks
 * that each lies strictly inside the edition, that no two are the same or nested, and that no
 * output folder (tei, dist) holds one of `inputs` (files the build reads, such as Schematron).
 * A clash is reported at a setting in `explicit` (those the config file sets) where it can be.
 * Returns the folders, or the problems (and then nothing may be written).
 */
export async function resolveFolders(root: string, settings: Readonly<Record<FolderKey, string>>, inputs: readonly string[] = [], explicit: ReadonlySet<FolderKey> = new Set()): Promise<{ folders?: EditionFolders; problems: FolderProblem[] }> {
  const problems: FolderProblem[] = [];
  const keys = Object.keys(settings) as FolderKey[];
  for (const key of keys) {
    const p = folderTextProblem(settings[key]);
    if (p) problems.push({ key, message: `"${key}" ${p}.` });
  }
  if (problems.length) return { problems };
  const realRoot = await realpath(root);
  const real: Record<string, string[]> = {};
  for (const key of keys) {
    const r = await realInside(realRoot, settings[key], key !== 'dist');
    if (typeof r === 'string') problems.push({ key, message: `"${key}" (${JSON.stringify(settings[key])}) ${r}.` });
    else real[key] = r;
  }
  if (problems.length) return { problems };
  problems.push(...overlaps(keys, real, settings, explicit));
  for (const input of inputs) {
    const abs = await realpath(input).catch(() => input);
    const rel = relative(realRoot, abs).split(sep);
    for (const key of ['tei', 'dist'] as const) {
      if (within(rel, real[key] ?? [])) problems.push({ key, message: `"${key}" (${JSON.stringify(settings[key])}) holds ${relative(realRoot, abs)}, which the build reads; choose another folder.` });
    }
  }
  if (problems.length) return { problems };
  const abs = (k: FolderKey) => join(realRoot, ...(real[k] ?? []));
  return { folders: { root: realRoot, transcripts: abs('transcripts'), tei: abs('tei'), dist: abs('dist') }, problems };
}

function overlaps(keys: readonly FolderKey[], real: Record<string, string[]>, settings: Readonly<Record<FolderKey, string>>, explicit: ReadonlySet<FolderKey>): FolderProblem[] {
  const out: FolderProblem[] = [];
  keys.forEach((x, i) => {
    for (const y of keys.slice(0, i)) {
      // Report at the setting the user wrote (a default cannot be moved by editing the config).
      const [a, b] = explicit.has(x) || !explicit.has(y) ? [x, y] : [y, x];
      const ra = real[a] ?? [];
      const rb = real[b] ?? [];
      const how = within(ra, rb) && within(rb, ra) ? 'is the same folder as' : within(ra, rb) ? 'lies inside' : within(rb, ra) ? 'holds' : undefined;
      if (how) out.push({ key: a, message: `"${a}" (${JSON.stringify(settings[a])}) ${how} "${b}" (${JSON.stringify(settings[b])}); the transcripts, tei and dist folders must be apart.` });
    }
  });
  return out;
}

/**
 * The segments, relative to the real edition root, of the folder `value` names once every
 * symlink on its way is followed (the last one only when `finalLink`); or why it leaves the edition. Segments that do not exist
 * yet are taken as they are (the build creates them as real folders).
 */
async function realInside(realRoot: string, value: string, finalLink: boolean): Promise<string[] | string> {
  const segments = value.replace(/\/$/u, '').split('/');
  let at = realRoot;
  for (const [i, s] of segments.entries()) {
    const next = join(at, s);
    const st = await lstat(next).catch(() => undefined);
    if (!st) return [...relative(realRoot, at).split(sep).filter(Boolean), ...segments.slice(i)];
    if (st.isSymbolicLink()) {
      if (!finalLink && i === segments.length - 1) return 'is a symbolic link; expected a real folder (the build replaces it as a whole)';
      at = await realpath(next).catch(() => next);
    } else if (!st.isDirectory()) {
      return `names ${relative(realRoot, next) || '.'}, which is a file, not a folder`;
    } else {
      at = next;
    }
    const rel = relative(realRoot, at);
    if (rel === '') return 'leads through a symbolic link back to the edition folder itself';
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return `leads through a symbolic link out of the edition folder (to ${at})`;
  }
  return relative(realRoot, at).split(sep);
}

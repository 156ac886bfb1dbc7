/**
 * Matching a manifest's entries to the files on disk: paths that leave the bag, repeated
 * entries, names that differ only in case or Unicode normalisation, missing files (system files
 * and fetch.txt entries explained), and payload files some manifest does not list.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isSystemFile } from './bag-walk.js';
import { staysInside, type ManifestEntry } from './manifest.js';

/** A manifest as read: where it is shown, its algorithm, its entries. */
export interface ReadManifest {
  readonly display: string;
  readonly algorithm: string;
  readonly entries: readonly ManifestEntry[];
}

/** An entry matched to a file on disk, to be checksummed. */
export interface Resolved {
  readonly disk: string;
  readonly algorithm: string;
  readonly digest: string;
  readonly display: string;
  readonly line: number;
}

/** What matching one manifest found. */
export interface Matched {
  readonly resolved: Resolved[];
  readonly diagnostics: Diagnostic[];
  /** Listed system files that are absent (they explain a Payload-Oxum that does not add up). */
  readonly missingSystem: number;
}

/** How to match: payload manifests need `data/` paths; BagIt ≥ 1.0 forbids repeated entries. */
export interface MatchOptions {
  readonly payload: boolean;
  readonly strict: boolean;
  /** Paths listed in fetch.txt. */
  readonly fetched: ReadonlySet<string>;
}

const nfc = (p: string): string => p.normalize('NFC');
const folded = (p: string): string => nfc(p).toLowerCase();

/** Indexes disk files by their NFC form and by their case-folded form. */
export function diskIndex(files: readonly string[]): { exact: Map<string, string>; folded: Map<string, string> } {
  return { exact: new Map(files.map((f) => [nfc(f), f])), folded: new Map(files.map((f) => [folded(f), f])) };
}

/** Matches the entries of `m` to the files in `disk`. */
export function matchManifest(m: ReadManifest, disk: ReturnType<typeof diskIndex>, o: MatchOptions): Matched {
  const ds: Diagnostic[] = [];
  const at = (e: ManifestEntry) => ({ file: m.display, line: e.line, column: 1 });
  const seen = new Map<string, ManifestEntry>();
  const byDisk = new Map<string, ManifestEntry>();
  const resolved: Resolved[] = [];
  let missingSystem = 0;
  for (const e of m.entries) {
    if (e.repaired) ds.push(diagnostic('verify/path-form', at(e), `${e.path} is written ${e.repaired === 'dot-slash' ? 'with a leading ./' : "with md5sum's * marker"}; it was read without it.`));
    if (!staysInside(e.path) || (o.payload && !e.path.startsWith('data/'))) {
      ds.push(diagnostic('verify/path-escape', at(e), `${e.path} ${staysInside(e.path) ? 'is not under data/' : 'leaves the bag'}; it is not checked.`));
      continue;
    }
    const prior = seen.get(e.path);
    if (prior) {
      ds.push(repeatDiagnostic(e, prior, at(e), o.strict));
      continue;
    }
    seen.set(e.path, e);
    const file = disk.exact.get(nfc(e.path)) ?? disk.folded.get(folded(e.path));
    if (!file) {
      if (isSystemFile(e.path)) missingSystem++;
      ds.push(missingDiagnostic(e, at(e), o.fetched));
      continue;
    }
    const twin = byDisk.get(file);
    if (twin) {
      ds.push(diagnostic('verify/name-collision', at(e), `${e.path} and ${twin.path} (line ${twin.line}) name the same file ${file} on this system (they differ only in letter case or Unicode normalisation).`));
      continue;
    }
    byDisk.set(file, e);
    if (file !== e.path) ds.push(diagnostic('verify/name-collision', at(e), `${e.path} is found as ${file}, ${nfc(e.path) === nfc(file) ? 'written in another Unicode normalisation' : 'which differs in letter case'}.`));
    if (isSystemFile(file)) ds.push(diagnostic('verify/system-file', at(e), `${e.path} is an operating-system file; it is checked like any other.`));
    resolved.push({ disk: file, algorithm: m.algorithm, digest: e.digest, display: m.display, line: e.line });
  }
  return { resolved, diagnostics: ds, missingSystem };
}

function repeatDiagnostic(e: ManifestEntry, prior: ManifestEntry, place: { file: string; line: number; column: number }, strict: boolean): Diagnostic {
  const same = prior.digest === e.digest;
  const message = `${e.path} is listed again (first on line ${prior.line}) ${same ? 'with the same checksum' : `with another checksum (${e.digest} against ${prior.digest})`}.`;
  return diagnostic('verify/duplicate-entry', place, message, same && !strict ? { severity: 'warning' } : {});
}

function missingDiagnostic(e: ManifestEntry, place: { file: string; line: number; column: number }, fetched: ReadonlySet<string>): Diagnostic {
  if (isSystemFile(e.path)) return diagnostic('verify/system-file', place, `${e.path} is listed but absent; it is an operating-system file, which copies often drop.`);
  const why = fetched.has(e.path) ? ' (fetch.txt lists it; teipress does not fetch)' : '';
  return diagnostic('verify/missing-file', place, `${e.path} is listed but not in the bag${why}.`);
}

/** Payload files on disk that a payload manifest does not list (system files only warn). */
export function unlistedFiles(payload: readonly string[], manifests: readonly { display: string; listed: ReadonlySet<string> }[]): Diagnostic[] {
  const ds: Diagnostic[] = [];
  for (const m of manifests) {
    for (const f of payload.filter((p) => !m.listed.has(p))) {
      const system = isSystemFile(f);
      ds.push(diagnostic(system ? 'verify/system-file' : 'verify/unlisted-file', { file: m.display, line: 1, column: 1 }, `${f} is in the payload but not listed in this manifest${system ? ' (an operating-system file)' : ''}.`));
    }
  }
  return ds;
}

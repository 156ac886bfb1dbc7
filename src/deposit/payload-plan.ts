/**
 * Which edition files go into a package, under which path, as which kind, for which document
 * (the layout documented in README "Deposit"): the TEI from `tei/`, the transcripts and their
 * sidecars, the rendered edition from `dist/` (its own copy of the TEI and the harvest records
 * left out: the package makes fresh ones), and the schemas teipress validated against.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findFiles, type FoundFile } from './edition-files.js';
import type { FileKind } from './package-model.js';

/** One file to package. */
export interface Planned {
  readonly source: string;
  /** Payload path (under `data/` in a bag). */
  readonly path: string;
  readonly kind: FileKind;
  readonly doc?: string;
}

/** The edition's folders. */
export interface EditionFolders {
  readonly root: string;
  readonly tei: string;
  readonly transcripts: string;
  readonly dist: string;
}

/** dist/ folders: the kind of their files and the suffixes that follow a document id. */
const DIST: Readonly<Record<string, { kind: FileKind; suffixes: readonly string[] }>> = {
  html: { kind: 'html', suffixes: ['.html'] },
  print: { kind: 'print', suffixes: ['.html'] },
  pdf: { kind: 'pdf', suffixes: ['.pdf'] },
  text: { kind: 'text', suffixes: ['.reading.txt', '.diplomatic.txt', '.txt'] },
};
/** Made afresh by the deposit, so not copied from dist/. */
const REGENERATED = /^(?:tei\/|dc\/|cmif\.xml$)/u;
const SCHEMAS = ['teipress.rng', 'tei_all.rng'] as const;

const docOf = (name: string, suffixes: readonly string[], ids: ReadonlySet<string>): string | undefined =>
  suffixes.map((s) => (name.endsWith(s) ? name.slice(0, -s.length) : undefined)).find((id) => id !== undefined && ids.has(id));

function distFile(f: FoundFile, ids: ReadonlySet<string>): Planned | undefined {
  if (REGENERATED.test(f.rel)) return undefined;
  const [top = '', ...rest] = f.rel.split('/');
  const spec = rest.length === 1 ? DIST[top] : undefined;
  const doc = spec && docOf(rest[0] ?? '', spec.suffixes, ids);
  return { source: f.source, path: f.rel, kind: spec?.kind ?? 'site', ...(doc ? { doc } : {}) };
}

/**
 * Plans the payload for the TEI files `ids`; `transcriptOf` maps a transcript file name to
 * its TEI id where the build recorded it. Links out of the edition are reported into `ds`.
 */
export async function planPayload(f: EditionFolders, ids: ReadonlySet<string>, transcriptOf: ReadonlyMap<string, string>, ds: Diagnostic[]): Promise<Planned[]> {
  const tei = (await findFiles(f.root, f.tei, ds)).filter((x) => !x.rel.includes('/') && x.rel.endsWith('.xml'));
  const transcripts = (await findFiles(f.root, f.transcripts, ds)).filter((x) => !x.rel.includes('/') && /\.(?:txt|meta\.json)$/u.test(x.rel));
  const dist = await findFiles(f.root, f.dist, ds);
  const transcriptDoc = (name: string): string | undefined => {
    const base = name.replace(/\.(?:meta\.json|txt)$/u, '');
    return transcriptOf.get(`${base}.txt`) ?? (ids.has(base) ? base : undefined);
  };
  const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));
  return [
    ...tei.map((x) => ({ source: x.source, path: `tei/${x.rel}`, kind: 'tei' as const, doc: x.rel.slice(0, -4) })),
    ...transcripts.map((x) => { const doc = transcriptDoc(x.rel); return { source: x.source, path: `transcripts/${x.rel}`, kind: x.rel.endsWith('.txt') ? 'transcript' as const : 'sidecar' as const, ...(doc ? { doc } : {}) }; }),
    ...dist.map((x) => distFile(x, ids)).filter((x): x is Planned => !!x),
    ...SCHEMAS.map((s) => ({ source: join(schemaDir, s), path: `schema/${s}`, kind: 'schema' as const })),
  ];
}

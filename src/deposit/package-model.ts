/**
 * The model of a package shared by the writers (BagIt, METS, DSpace SAF): the payload files
 * with their kind, size and checksum, and the documents they belong to.
 */
import type { DcValue } from './dublin-core.js';
import type { TeiRecord } from './tei-record.js';

/** What a payload file is; each kind is one METS `fileGrp`. */
export type FileKind = 'tei' | 'transcript' | 'sidecar' | 'html' | 'print' | 'pdf' | 'text' | 'dc' | 'site' | 'schema';

/** One payload file. */
export interface PayloadFile {
  /** Path under the payload folder (`data/` in a bag), `/`-separated. */
  readonly path: string;
  readonly kind: FileKind;
  readonly size: number;
  readonly sha256: string;
  readonly sha512: string;
  readonly mime: string;
  /** The document (TEI file id) it belongs to; none for edition-wide files. */
  readonly doc?: string;
}

/** One TEI file of the edition, as packaged. */
export interface PackagedDocument {
  readonly id: string;
  readonly record: TeiRecord;
  /** The TEI text (page byte offsets are computed from it). */
  readonly tei: string;
  readonly dc: readonly DcValue[];
  /** Validation errors were found in it (packaged with --allow-invalid). */
  readonly errors: number;
}

/** Who made the package, and when. */
export interface PackageAgent {
  readonly software: string;
  readonly version: string;
  readonly organization: string;
  /** ISO 8601 date-time of packaging. */
  readonly date: string;
}

/** The fileGrp order and labels of METS, and the MIME type of each kind of file. */
export const KINDS: Readonly<Record<FileKind, { use: string }>> = {
  tei: { use: 'TEI' }, transcript: { use: 'transcript' }, sidecar: { use: 'transcript metadata' },
  html: { use: 'HTML' }, print: { use: 'print HTML' }, pdf: { use: 'PDF' }, text: { use: 'text' },
  dc: { use: 'Dublin Core' }, site: { use: 'edition site' }, schema: { use: 'schema' },
};

const MIME: Readonly<Record<string, string>> = {
  xml: 'application/xml', txt: 'text/plain', json: 'application/json', html: 'text/html', pdf: 'application/pdf',
  css: 'text/css', js: 'text/javascript', rng: 'application/xml', xsd: 'application/xml', sch: 'application/xml', svg: 'image/svg+xml',
  png: 'image/png', jpg: 'image/jpeg', woff2: 'font/woff2',
};

/** The MIME type of a payload file, by kind and extension (TEI is `application/tei+xml`). */
export function mimeOf(path: string, kind: FileKind): string {
  if (kind === 'tei') return 'application/tei+xml';
  return MIME[/\.([A-Za-z0-9]+)$/u.exec(path)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

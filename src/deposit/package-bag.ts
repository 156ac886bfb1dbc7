/**
 * Builds a BagIt package in a folder: copies the planned payload under `data/` (hashing as it
 * copies), adds the Dublin Core records, the CMIF file and the METS record made from the
 * payload's checksums, validates the METS, then writes the manifests and bag-info.txt.
 */
import { join } from 'node:path';
import { copyHashed, finishBag, writeHashed, type Written } from './bagit-writer.js';
import { mapLimit } from '../util/map-limit.js';
import { metsXml } from './mets.js';
import { validateMets, type MetsError } from './mets-validate.js';
import { mimeOf, type FileKind, type PackageAgent, type PackagedDocument, type PayloadFile } from './package-model.js';
import type { Planned } from './payload-plan.js';

/** Everything a bag is made from. */
export interface BagJob {
  readonly root: string;
  readonly planned: readonly Planned[];
  readonly documents: readonly PackagedDocument[];
  /** Records made for the package (`dc/<id>.xml`, `cmif.xml`), paths under data/. */
  readonly records: readonly { path: string; content: string }[];
  readonly agent: PackageAgent;
  readonly objectId: string;
  readonly label: string;
  readonly allowInvalid: boolean;
  /** bag-info.txt elements before Payload-Oxum and Bag-Size. */
  readonly info: readonly (readonly [string, string])[];
}

/** What was packaged, or the METS errors that stopped it. */
export interface BagOutcome {
  readonly files: number;
  readonly octets: number;
  readonly metsErrors: MetsError[];
}

const payloadFile = (w: Written, kind: FileKind, doc: string | undefined): PayloadFile =>
  ({ path: w.path, kind, size: w.size, sha256: w.sha256, sha512: w.sha512, mime: mimeOf(w.path, kind), ...(doc ? { doc } : {}) });

function recordKind(path: string): { kind: FileKind; doc?: string } {
  const dc = /^dc\/(.+)\.xml$/u.exec(path);
  return dc ? { kind: 'dc', doc: dc[1] ?? '' } : { kind: 'site' };
}

/** Writes the bag into `job.root` (which must not exist or be empty). */
export async function buildBag(job: BagJob): Promise<BagOutcome> {
  const data = (p: string) => join(job.root, 'data', p);
  const copied = await mapLimit(job.planned, 16, async (p) => payloadFile(await copyHashed(p.source, data(p.path), p.path), p.kind, p.doc));
  const made = await Promise.all(job.records.map(async (r) => {
    const { kind, doc } = recordKind(r.path);
    return payloadFile(await writeHashed(r.content, data(r.path), r.path), kind, doc);
  }));
  const files = [...copied, ...made].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const mets = metsXml({ objectId: job.objectId, label: job.label, agent: job.agent, documents: job.documents, files, allowInvalid: job.allowInvalid });
  const metsErrors = validateMets(mets);
  if (metsErrors.length) return { files: 0, octets: 0, metsErrors };
  const metsFile = await writeHashed(mets, data('mets.xml'), 'mets.xml');
  const payload = [...files, payloadFile(metsFile, 'site', undefined)].map((f) => ({ ...f, path: `data/${f.path}` }));
  await finishBag(job.root, payload, job.info);
  return { files: payload.length, octets: payload.reduce((a, f) => a + f.size, 0), metsErrors: [] };
}

/**
 * `teipress verify BAG`: a bag's completeness and fixity (RFC 8493 §3). Every payload file is
 * listed in every payload manifest, every listed file is present, every checksum and the
 * Payload-Oxum are right, tag manifests are right, no path leaves the bag; fetch.txt URLs are
 * reported and never fetched. BagIt 0.9x and 1.0 bags are both read.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { listBag } from './bag-walk.js';
import { checkFixity } from './fixity.js';
import { diskIndex, matchManifest, unlistedFiles, type ReadManifest, type Resolved } from './manifest-check.js';
import { parseManifest } from './manifest.js';
import { infoValue, parseBagInfo, parseBagitTxt } from './tag-files.js';
import { readTagFile, type BagContext } from './bag-context.js';
import { readFetch } from './fetch-file.js';

/** What `verifyBag` found. */
export interface VerifyResult {
  readonly diagnostics: Diagnostic[];
  /** Payload files on disk and their total size. */
  readonly files: number;
  readonly octets: number;
}

const MANIFEST = /^(tag)?manifest-([A-Za-z0-9]+)\.txt$/u;

/** Verifies the bag at `bag`; diagnostics name files as `display/…` (default: `bag`). Never throws on bad bags. */
export async function verifyBag(bag: string, display: string = bag): Promise<VerifyResult> {
  const ds: Diagnostic[] = [];
  const here = (name: string, line = 1) => ({ file: join(display, name), line, column: 1 });
  const isDir = await stat(bag).then((s) => s.isDirectory(), () => false);
  if (!isDir) return { diagnostics: [diagnostic('verify/not-a-bag', here(''), `${display} is not a folder${/\.zip$/iu.test(bag) ? '; unzip it first' : ''}.`)], files: 0, octets: 0 };
  const listing = await listBag(bag);
  for (const l of listing.links) ds.push(diagnostic('verify/symlink', here(l), `${l} is a symbolic link; it is not followed.`));
  const bagit = await readFile(join(bag, 'bagit.txt')).catch(() => undefined);
  if (!bagit) return done(ds, [diagnostic('verify/not-a-bag', here('bagit.txt'), `${display} has no bagit.txt.`)]);
  const decl = parseBagitTxt(bagit);
  if (!decl.ok) ds.push(diagnostic('verify/bagit-txt', here('bagit.txt', decl.line), `${decl.reason}.`));
  const declared = decl.ok ? decl : decl.guess;
  const ctx: BagContext = { root: bag, display, strict: declared.major >= 1, encoding: declared.encoding, ds };
  const payload = listing.files.filter((f) => f.startsWith('data/'));
  const fetched = await readFetch(ctx, listing.files.includes('fetch.txt'));
  const manifests = await readManifests(ctx, listing.files);
  const payloadManifests = manifests.filter((m) => !m.tag);
  if (!(await stat(join(bag, 'data')).then((x) => x.isDirectory(), () => false))) ds.push(diagnostic('verify/not-a-bag', here('data'), `${display} has no data/ folder (the payload).`));
  if (!payloadManifests.length) ds.push(diagnostic('verify/not-a-bag', here(''), `${display} has no payload manifest (manifest-ALGORITHM.txt).`));
  const payloadDisk = diskIndex(payload);
  const tagDisk = diskIndex(listing.files.filter((f) => !f.startsWith('data/')));
  const toHash: Resolved[] = [];
  const listed: { display: string; listed: Set<string> }[] = [];
  let missingSystem = 0;
  for (const m of manifests) {
    const r = matchManifest(m, m.tag ? tagDisk : payloadDisk, { payload: !m.tag, strict: ctx.strict, fetched });
    ds.push(...r.diagnostics);
    toHash.push(...r.resolved);
    if (!m.tag) listed.push({ display: m.display, listed: new Set(r.resolved.map((x) => x.disk)) });
    missingSystem = Math.max(missingSystem, r.missingSystem);
  }
  ds.push(...unlistedFiles(payload, listed));
  const sizes = await checkFixity(bag, toHash, ds);
  const octets = payload.reduce((a, f) => a + (sizes.get(f) ?? 0), 0);
  await checkOxum(ctx, listing.files.includes('bag-info.txt'), { octets, files: payload.length }, missingSystem);
  return { diagnostics: sortDiagnostics(ds), files: payload.length, octets };
}

function done(ds: Diagnostic[], more: Diagnostic[]): VerifyResult {
  return { diagnostics: sortDiagnostics([...ds, ...more]), files: 0, octets: 0 };
}

async function readManifests(ctx: BagContext, files: readonly string[]): Promise<(ReadManifest & { tag: boolean })[]> {
  const out: (ReadManifest & { tag: boolean })[] = [];
  for (const name of files.filter((f) => MANIFEST.test(f))) {
    const [, tag, algorithm] = MANIFEST.exec(name) ?? [];
    const text = await readTagFile(ctx, name);
    if (text === undefined || !algorithm) continue;
    const { entries, problems } = parseManifest(text, ctx.strict);
    for (const p of problems) ctx.ds.push(diagnostic('verify/manifest-line', { file: join(ctx.display, name), line: p.line, column: 1 }, `"${p.text}" is not a "checksum filepath" line.`));
    out.push({ display: join(ctx.display, name), algorithm: algorithm.toLowerCase(), entries, tag: tag === 'tag' });
  }
  return out;
}

async function checkOxum(ctx: BagContext, hasInfo: boolean, actual: { octets: number; files: number }, missingSystem: number): Promise<void> {
  const text = hasInfo ? await readTagFile(ctx, 'bag-info.txt') : undefined;
  if (text === undefined) return;
  const info = parseBagInfo(text);
  const place = (line: number) => ({ file: join(ctx.display, 'bag-info.txt'), line, column: 1 });
  for (const line of info.problems) ctx.ds.push(diagnostic('verify/bag-info', place(line), 'This line is neither "Label: value" nor an indented continuation.'));
  const oxum = infoValue(info.elements, 'Payload-Oxum');
  if (!oxum) return;
  const want = `${actual.octets}.${actual.files}`;
  if (oxum.value === want) return;
  const why = /^[0-9]+\.[0-9]+$/u.test(oxum.value) ? `but the payload is ${want} (octets.files)` : 'which is not of the form octets.files';
  // Listed system files that copies dropped explain a short count; fixity of the rest is checked.
  const severity = missingSystem > 0 ? { severity: 'warning' as const } : {};
  ctx.ds.push(diagnostic('verify/oxum', place(oxum.line), `Payload-Oxum is ${oxum.value}, ${why}${missingSystem ? `; ${missingSystem} listed system file(s) are absent` : ''}.`, severity));
}

/**
 * `teipress deposit`: packages a built edition for a digital library — a BagIt 1.0 bag with
 * METS, Dublin Core, CMIF and checksums (default), or DSpace Simple Archive Format — after
 * checking that it was built and validates (unless `allowInvalid`). The package is made in a
 * temporary folder beside `out` and moved there when complete; nothing is re-rendered.
 */
import { readFile, rm } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { EditionConfig } from '../edition/config.js';
import { preflight } from '../edition/preflight.js';
import { readManifest } from '../edition/manifest.js';
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { validateDocuments } from '../validate/index.js';
import { VERSION } from '../version.js';
import { exists, publish, tempFor } from './atomic-out.js';
import { documentIdentifier, slug, type DepositSettings } from './deposit-config.js';
import { writeSaf } from './dspace-saf.js';
import { crosswalk } from './dublin-core.js';
import { findFiles } from './edition-files.js';
import { harvestRecords, type TeiDoc } from './harvest.js';
import { buildBag } from './package-bag.js';
import type { PackageAgent, PackagedDocument } from './package-model.js';
import { planPayload, type EditionFolders, type Planned } from './payload-plan.js';
import { readTeiRecord } from './tei-record.js';

/** Options of `deposit`. */
export interface DepositOptions {
  /** Where the package goes (a folder, or a zip file with `zip`); must not exist. */
  readonly out: string;
  readonly format?: 'bagit' | 'dspace-saf';
  readonly zip?: boolean;
  /** Package even when validation finds errors (the package says so). */
  readonly allowInvalid?: boolean;
  /** The packaging time (default now; the CLI takes it from SOURCE_DATE_EPOCH). */
  readonly date?: Date;
  /** Validate against tei_all too (default true). */
  readonly teiAll?: boolean;
}

/** What `deposit` did. */
export interface DepositResult {
  readonly diagnostics: Diagnostic[];
  /** The package written; absent when nothing was written. */
  readonly out?: string;
  readonly documents: number;
  /** Payload files (bag) or bitstreams (SAF). */
  readonly files: number;
  readonly octets: number;
}

interface Edition { config: EditionConfig; settings: DepositSettings; folders: EditionFolders; docs: (TeiDoc & { file: string })[] }

async function readEdition(dir: string, ds: Diagnostic[]): Promise<Edition | undefined> {
  // The build's own checks: a config error or a folder setting outside the edition packages nothing.
  const pre = await preflight(dir);
  ds.push(...pre.diagnostics);
  if (!pre.config || !pre.folders) return undefined;
  const config = pre.config;
  const folders = { root: dir, ...pre.folders };
  const teiFiles = (await findFiles(dir, folders.tei, ds)).filter((f) => !f.rel.includes('/') && f.rel.endsWith('.xml'));
  const docs = await Promise.all(teiFiles.map(async (f) => ({ id: f.rel.slice(0, -4), file: relative(process.cwd(), f.source), xml: await readFile(f.source, 'utf8') })));
  return { config, settings: config.deposit, folders, docs };
}

/** The TEI ids whose HTML edition is not in dist/ (the edition was not built, or not since they were added). */
function unbuilt(ids: readonly string[], planned: readonly Planned[]): string[] {
  const built = new Set(planned.filter((p) => p.kind === 'html' && p.doc).map((p) => p.doc));
  return ids.filter((id) => !built.has(id));
}

/** The TEI ids whose copy in dist/tei/ differs from tei/ (edited since the last build, so dist/ renders an older text). */
async function stale(ed: Edition): Promise<string[]> {
  const copies = await Promise.all(ed.docs.map((d) => readFile(join(ed.folders.dist, 'tei', `${d.id}.xml`), 'utf8').catch(() => undefined)));
  return ed.docs.filter((d, i) => copies[i] !== undefined && copies[i] !== d.xml).map((d) => d.id);
}

async function transcriptMap(teiDir: string): Promise<Map<string, string>> {
  const { manifest: m } = await readManifest(teiDir);
  return new Map(Object.entries(m.generated).map(([tei, g]) => [basename(g.source), tei.replace(/\.xml$/u, '')]));
}

/** Packages the edition in `dir`. Never throws on a bad edition: problems come back as diagnostics. */
export async function deposit(dir: string, opts: DepositOptions): Promise<DepositResult> {
  const ds: Diagnostic[] = [];
  const none = (): DepositResult => ({ diagnostics: sortDiagnostics(ds), documents: 0, files: 0, octets: 0 });
  const place = (file: string) => ({ file: relative(process.cwd(), file) || file, line: 1, column: 1 });
  if (await exists(opts.out)) {
    ds.push(diagnostic('deposit/out-exists', place(opts.out), `${opts.out} exists; a deposit never overwrites a package.`));
    return none();
  }
  const ed = await readEdition(dir, ds);
  if (!ed) return none();
  if (!ed.docs.length) {
    ds.push(diagnostic('deposit/no-documents', place(ed.folders.tei), `No TEI files (*.xml) were found in ${ed.folders.tei}.`));
    return none();
  }
  const planned = await planPayload(ed.folders, new Set(ed.docs.map((d) => d.id)), await transcriptMap(ed.folders.tei), ds);
  const missing = unbuilt(ed.docs.map((d) => d.id), planned);
  if (missing.length) ds.push(diagnostic('deposit/not-built', place(ed.folders.dist), `${missing.length} document(s) have no rendered edition in ${ed.folders.dist} (e.g. ${missing[0] ?? ''}); run \`teipress build ${dir}\` first.`));
  const changed = missing.length ? [] : await stale(ed);
  if (changed.length) ds.push(diagnostic('deposit/not-built', place(ed.folders.tei), `${changed.length} TEI file(s) changed since the last build (e.g. ${changed[0] ?? ''}), so dist/ does not show them; run \`teipress build ${dir}\` first.`));
  if (hasErrors(ds)) return none();
  const validation = await validateDocuments(ed.docs.map((d) => ({ file: d.file, xml: d.xml })), { teiAll: opts.teiAll ?? true, schematron: ed.config.schematron });
  const errors = new Map<string, number>();
  for (const d of validation.filter((x) => x.severity === 'error')) errors.set(d.file, (errors.get(d.file) ?? 0) + 1);
  if (errors.size && !opts.allowInvalid) {
    ds.push(...validation, diagnostic('deposit/invalid-edition', place(ed.folders.tei), `${errors.size} TEI file(s) have validation errors; nothing was packaged (pass --allow-invalid to package them anyway).`));
    return none();
  }
  // Packaged anyway (--allow-invalid): the errors are reported, as warnings, beside the package's own note.
  ds.push(...validation.map((d) => (d.severity === 'error' ? { ...d, severity: 'warning' as const } : d)));
  if (errors.size) ds.push(diagnostic('deposit/packaged-invalid', place(ed.folders.tei), `${errors.size} TEI file(s) with validation errors were packaged (--allow-invalid).`));
  return write(ed, planned, errors, opts, ds);
}

async function write(ed: Edition, planned: readonly Planned[], errors: ReadonlyMap<string, number>, opts: DepositOptions, ds: Diagnostic[]): Promise<DepositResult> {
  const date = opts.date ?? new Date();
  const agent: PackageAgent = { software: 'teipress', version: VERSION, organization: ed.config.edition.publisher, date: date.toISOString().replace(/\.[0-9]{3}Z$/u, 'Z') };
  const documents = packagedDocuments(ed, errors);
  const tmp = tempFor(opts.out);
  await rm(tmp, { recursive: true, force: true });
  try {
    const outcome = opts.format === 'dspace-saf'
      ? await saf(tmp, documents, planned)
      : await bag(tmp, ed, documents, planned, agent, errors);
    if (outcome.metsError) {
      ds.push(diagnostic('deposit/mets-invalid', { file: 'mets.xml', line: outcome.metsError.line, column: 1 }, `The METS record is not valid: ${outcome.metsError.message}`));
      await rm(tmp, { recursive: true, force: true });
      return { diagnostics: sortDiagnostics(ds), documents: 0, files: 0, octets: 0 };
    }
    const prefix = opts.format === 'dspace-saf' ? '' : basename(opts.out).replace(/\.zip$/iu, '');
    await publish(tmp, opts.out, opts.zip ? { prefix, epochMs: date.getTime() } : undefined);
    return { diagnostics: sortDiagnostics(ds), out: opts.out, documents: documents.length, files: outcome.files, octets: outcome.octets };
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    ds.push(diagnostic('deposit/write-failed', { file: relative(process.cwd(), opts.out) || opts.out, line: 1, column: 1 }, `The package could not be written (${e instanceof Error ? e.message : String(e)}).`));
    return { diagnostics: sortDiagnostics(ds), documents: 0, files: 0, octets: 0 };
  }
}

function packagedDocuments(ed: Edition, errors: ReadonlyMap<string, number>): PackagedDocument[] {
  return ed.docs.flatMap((d) => {
    const record = readTeiRecord(d.xml);
    if (!record) return [];
    const dc = crosswalk(record, { editionTitle: ed.config.title, identifier: documentIdentifier(d.id, ed.config.title, ed.settings) });
    return [{ id: d.id, record, tei: d.xml, dc, errors: errors.get(d.file) ?? 0 }];
  });
}

type Outcome = { files: number; octets: number; metsError?: { line: number; message: string } };

async function bag(tmp: string, ed: Edition, documents: readonly PackagedDocument[], planned: readonly Planned[], agent: PackageAgent, errors: ReadonlyMap<string, number>): Promise<Outcome> {
  const id = ed.settings.identifier ?? slug(ed.config.title);
  const total = [...errors.values()].reduce((a, b) => a + b, 0);
  const info: [string, string][] = [
    ['Source-Organization', ed.config.edition.publisher],
    ['External-Description', ed.config.title],
    ['External-Identifier', id],
    ...(ed.settings.groupIdentifier ? [['Bag-Group-Identifier', ed.settings.groupIdentifier] as [string, string]] : []),
    ['Bagging-Date', agent.date.slice(0, 10)],
    ['Bag-Software-Agent', `${agent.software} ${agent.version}`],
    ['Edition-Validation', errors.size ? `failed: ${total} error(s) in ${errors.size} TEI file(s); packaged with --allow-invalid` : 'passed (project schema, tei_all, rule checks)'],
  ];
  const read = new Map(documents.map((d) => [d.id, d.record]));
  const records = harvestRecords(ed.docs.map((d) => ({ ...d, ...(read.get(d.id) ? { record: read.get(d.id) } : {}) })), ed.config, ed.settings, agent.date.slice(0, 10));
  const r = await buildBag({ root: tmp, planned, documents, records, agent, objectId: id, label: ed.config.title, allowInvalid: errors.size > 0, info });
  const first = r.metsErrors[0];
  return first ? { files: 0, octets: 0, metsError: first } : { files: r.files, octets: r.octets };
}

async function saf(tmp: string, documents: readonly PackagedDocument[], planned: readonly Planned[]): Promise<Outcome> {
  const items = documents.map((d) => ({ dc: d.dc, files: planned.filter((p) => p.doc === d.id) }));
  const written = await writeSaf(tmp, items);
  return { files: written.length, octets: 0 };
}

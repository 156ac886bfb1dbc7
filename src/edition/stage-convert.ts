/**
 * The build's first stage for one transcript: its TEI, converted, kept as an editor left it,
 * or taken from the last build when the conversion's inputs (transcript and sidecar bytes, the
 * config's settings, the tool) are those it was made from and the TEI file is still the one it
 * wrote.
 */
import { basename, join, relative } from 'node:path';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { append } from '../util/append.js';
import { readOptional, readOptionalNow } from '../node/fs.js';
import { sha256 } from '../util/sha256.js';
import type { BuildContext, DocInput } from './build-context.js';
import { backUpEdited, keptNotice, teiVerdict } from './edited-tei.js';
import { keptPlaces, shownPlaces } from './cached-places.js';
import { keyOf } from './fingerprint.js';
import type { PlannedWrite } from './manifest.js';
import type { DocRecord } from './doc-cache.js';
import type { PrefetchPlace, Prefetched } from './prefetch.js';
import type { ConvertedFile } from './convert-files.js';

/** Longest transcript name (UTF-8 bytes, without `.txt`) whose derived file names all fit in 255 bytes. */
const MAX_NAME_BYTES = 200;

interface Place { readonly name: string; readonly id: string; readonly src: string; readonly display: string; readonly teiPath: string; readonly teiFile: string }

function input(p: Place, xml: string | Uint8Array, cached: DocRecord | undefined, more: Partial<DocInput> = {}): DocInput {
  return { id: p.id, name: p.name, teiPath: p.teiPath, file: p.teiFile, xml, teiSha: more.teiSha ?? sha256(xml), ...more, ...(cached ? { cached } : {}), next: {} };
}

/**
 * The key of a conversion: the tool, the config, the transcript's name in the edition and its
 * bytes, its sidecar's. Not where the edition or the working folder is: the kept diagnostics
 * name their files relative to the edition (`keptPlaces`), so a build run from another folder
 * reuses them.
 */
function convertKey(ctx: BuildContext, p: Place, transcript: string, sidecar: string | undefined): string {
  return keyOf('convert', ctx.tool.code, ctx.configKey, p.name, transcript, sidecar ?? '');
}

/** The last build's TEI when nothing it was made from changed (judged on the chunk's reads), else undefined. */
function reused(ctx: BuildContext, p: Place, pre: Prefetched): DocInput | undefined {
  const { cached, transcript, sidecar, tei } = pre;
  // An unreadable transcript or sidecar: the full path below reports it.
  if (ctx.opts.force || ctx.opts.report || pre.unreadable || !cached?.convert || !transcript) return undefined;
  const key = convertKey(ctx, p, sha256(transcript), sidecar && sha256(sidecar));
  if (key !== cached.convert.key) return undefined;
  const entry = ctx.manifest.generated[`${p.id}.xml`];
  const sha = tei && sha256(tei);
  if (!tei || sha !== cached.convert.teiSha || entry?.sha256 !== sha || entry.pending || entry.adopted) return undefined;
  append(ctx.diagnostics, shownPlaces(cached.convert.diagnostics, ctx.root));
  return { id: p.id, name: p.name, teiPath: p.teiPath, file: p.teiFile, xml: tei, teiSha: sha, convertKey: key, cachedSourceMap: cached.convert.sourceMap === true, cached, next: { convert: cached.convert } };
}

/**
 * Converts transcript `name` of the edition as the build does (its settings, its sidecar unless
 * `sidecarListed` is false). The converter loads with the first transcript converted: a no-op
 * build never needs it.
 */
export async function convertTranscript(ctx: BuildContext, name: string, sidecarListed?: boolean): Promise<ConvertedFile> {
  const { convertFile } = await import('./convert-files.js');
  const src = join(ctx.folders.transcripts, name);
  return convertFile(src, { profile: ctx.config.profile, edition: ctx.config.edition, display: relative(process.cwd(), src), sourceName: `${ctx.config.transcripts}/${name}`, checks: ctx.checks, ...(sidecarListed === undefined ? {} : { sidecarListed }) });
}

/** Where transcript `name` and its TEI file are, and what its chunk has to read for it. */
export function placeOf(ctx: BuildContext, name: string, listed: ReadonlySet<string>): PrefetchPlace & { readonly name: string } {
  const id = basename(name, '.txt');
  return { name, id, src: join(ctx.folders.transcripts, name), teiPath: join(ctx.folders.tei, `${id}.xml`), hasSidecar: listed.has(`${id}.meta.json`), adopted: ctx.adopted.has(`${ctx.config.transcripts}/${name}`) };
}

/**
 * The TEI of transcript `name`: `planned` collects the TEI files to write (the caller writes
 * them, tracked by the manifest, before their chunk is validated). Returns undefined when the
 * transcript gives no TEI (its diagnostics say why).
 */
export async function convertOne(ctx: BuildContext, at: PrefetchPlace & { readonly name: string }, pre: Prefetched, planned: PlannedWrite[]): Promise<DocInput | undefined> {
  const teiDir = ctx.folders.tei;
  const { name, id, src, teiPath } = at;
  const p: Place = { name, id, src, display: relative(process.cwd(), src), teiPath, teiFile: relative(process.cwd(), teiPath) };
  if (Buffer.byteLength(name) - 4 > MAX_NAME_BYTES) {
    ctx.diagnostics.push(diagnostic('source/name-too-long', { file: p.display, line: 1, column: 1 }, `The transcript's name is ${Buffer.byteLength(name) - 4} bytes long; the files made from it need it to be at most ${MAX_NAME_BYTES} bytes, so it was not converted.`));
    return undefined;
  }
  const sourceName = `${ctx.config.transcripts}/${name}`;
  const adopted = ctx.adopted.get(sourceName);
  const adoptedBytes = adopted ? await readOptional(join(teiDir, adopted)) : undefined;
  if (adopted && adoptedBytes) {
    ctx.counts.kept++;
    const file = relative(process.cwd(), join(teiDir, adopted));
    ctx.diagnostics.push(diagnostic('source/tei-adopted', { file, line: 1, column: 1 }, `${file} is adopted (teipress adopt): it is kept as it is and ${p.display} is not converted for it.`));
    // The adopted file's own cache record (its id is the adopted file's name).
    const adoptedId = basename(adopted, '.xml');
    return input({ ...p, id: adoptedId, teiPath: join(teiDir, adopted), teiFile: file }, adoptedBytes, adoptedId === id ? pre.cached : await ctx.cache.read(adoptedId));
  }
  const hit = reused(ctx, p, pre);
  if (hit) return hit;
  // This document will be rendered: a render worker loads saxon-js and the stylesheets while it
  // converts. (The validation thread is not waited for before the site is written: it starts
  // when the chunk is validated.)
  ctx.pool.warm();
  const { conversionReport } = await import('../convert/report.js');
  const r = await convertTranscript(ctx, name, at.hasSidecar);
  append(ctx.diagnostics, r.diagnostics);
  if (ctx.opts.report && r.transcript) ctx.reports.push(conversionReport(p.display, r.transcript));
  const current = ctx.teiListed.has(`${id}.xml`) ? readOptionalNow(teiPath) : undefined;
  const verdict = teiVerdict(`${id}.xml`, current, r.xml, ctx.manifest, r, ctx.opts.force === true);
  if (current && (verdict === 'edited' || verdict === 'conflict')) {
    ctx.counts.kept++;
    ctx.diagnostics.push(keptNotice(verdict, p.teiFile, p.display));
    return input(p, current, pre.cached);
  }
  if (!r.xml) return undefined;
  if (current && verdict === 'force') ctx.diagnostics.push(await backUpEdited(teiDir, `${id}.xml`, current, p.teiFile, p.display));
  const teiSha = sha256(r.xml);
  planned.push({ name: `${id}.xml`, xml: r.xml, sha256: teiSha, source: sourceName, ...(current ? { current } : {}), ...(r.sourceSha256 ? { transcript: r.sourceSha256 } : {}), ...(r.sidecarSha256 ? { sidecar: r.sidecarSha256 } : {}) });
  ctx.counts.converted++;
  const key = convertKey(ctx, p, r.sourceSha256 ?? '', r.sidecarSha256);
  const doc = input(p, r.xml, pre.cached, { teiSha, convertKey: key, ...(r.sourceMap ? { sourceMap: r.sourceMap } : {}) });
  doc.next.convert = { key, teiSha: doc.teiSha, diagnostics: keptPlaces(r.diagnostics, ctx.root), ...(r.sourceMap ? { sourceMap: true } : {}) };
  return doc;
}

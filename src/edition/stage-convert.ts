/**
 * The build's first stage for one transcript: its TEI, converted, kept as an editor left it,
 * or taken from the last build when the conversion's inputs (transcript and sidecar bytes, the
 * config's settings, the tool) are those it was made from and the TEI file is still the one it
 * wrote.
 */
import { basename, join, relative } from 'node:path';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { append } from '../util/append.js';
import { readOptional } from '../node/fs.js';
import { sha256 } from '../util/sha256.js';
import type { BuildContext, DocInput } from './build-context.js';
import { backUpEdited, keptNotice, teiVerdict } from './edited-tei.js';
import { keyOf } from './fingerprint.js';
import type { PlannedWrite } from './manifest.js';

/** Longest transcript name (UTF-8 bytes, without `.txt`) whose derived file names all fit in 255 bytes. */
const MAX_NAME_BYTES = 200;

interface Place { readonly name: string; readonly id: string; readonly src: string; readonly display: string; readonly teiPath: string; readonly teiFile: string }

function input(ctx: BuildContext, p: Place, xml: string | Uint8Array, more: Partial<DocInput> = {}): Promise<DocInput> {
  return ctx.cache.read(p.id).then((cached) => ({ id: p.id, name: p.name, teiPath: p.teiPath, file: p.teiFile, xml, teiSha: sha256(xml), ...more, ...(cached ? { cached } : {}), next: {} }));
}

/** The key of a conversion: the tool, the config, the transcript's place and bytes, its sidecar's. */
function convertKey(ctx: BuildContext, p: Place, transcript: string, sidecar: string | undefined): string {
  return keyOf('convert', ctx.tool.code, ctx.configKey, p.src, p.display, transcript, sidecar ?? '');
}

/** The last build's TEI when nothing it was made from changed, else undefined. */
async function reused(ctx: BuildContext, p: Place): Promise<DocInput | undefined> {
  if (ctx.opts.force || ctx.opts.report) return undefined;
  const cached = await ctx.cache.read(p.id);
  if (!cached?.convert) return undefined;
  try {
    const transcript = await readOptional(p.src);
    if (!transcript) return undefined;
    const sidecar = await readOptional(join(p.src.slice(0, -4) + '.meta.json'));
    const key = convertKey(ctx, p, sha256(transcript), sidecar && sha256(sidecar));
    if (key !== cached.convert.key) return undefined;
    const current = await readOptional(p.teiPath);
    const entry = ctx.manifest.generated[`${p.id}.xml`];
    const sha = current && sha256(current);
    if (!current || sha !== cached.convert.teiSha || entry?.sha256 !== sha || entry.pending || entry.adopted) return undefined;
    append(ctx.diagnostics, cached.convert.diagnostics);
    return { id: p.id, name: p.name, teiPath: p.teiPath, file: p.teiFile, xml: current, teiSha: sha, convertKey: key, cachedSourceMap: cached.convert.sourceMap === true, cached, next: { convert: cached.convert } };
  } catch {
    // An unreadable transcript or sidecar: the full path below reports it.
    return undefined;
  }
}

/**
 * The TEI of transcript `name`: `planned` collects the TEI files to write (the caller writes
 * them, tracked by the manifest, before their chunk is validated). Returns undefined when the
 * transcript gives no TEI (its diagnostics say why).
 */
export async function convertOne(ctx: BuildContext, name: string, planned: PlannedWrite[]): Promise<DocInput | undefined> {
  const { transcripts: tDir, tei: teiDir } = ctx.folders;
  const src = join(tDir, name);
  const id = basename(name, '.txt');
  const teiPath = join(teiDir, `${id}.xml`);
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
    return input(ctx, { ...p, id: basename(adopted, '.xml'), teiPath: join(teiDir, adopted), teiFile: file }, adoptedBytes);
  }
  const hit = await reused(ctx, p);
  if (hit) return hit;
  // The converter loads only when a transcript has to be converted: a no-op build never needs it.
  const { convertFile } = await import('./convert-files.js');
  const { conversionReport } = await import('../convert/report.js');
  const r = await convertFile(src, { profile: ctx.config.profile, edition: ctx.config.edition, display: p.display, sourceName, checks: ctx.checks });
  append(ctx.diagnostics, r.diagnostics);
  if (ctx.opts.report && r.transcript) ctx.reports.push(conversionReport(p.display, r.transcript));
  const current = await readOptional(teiPath);
  const verdict = teiVerdict(`${id}.xml`, current, r.xml, ctx.manifest, r, ctx.opts.force === true);
  if (current && (verdict === 'edited' || verdict === 'conflict')) {
    ctx.counts.kept++;
    ctx.diagnostics.push(keptNotice(verdict, p.teiFile, p.display));
    return input(ctx, p, current);
  }
  if (!r.xml) return undefined;
  if (current && verdict === 'force') ctx.diagnostics.push(await backUpEdited(teiDir, `${id}.xml`, current, p.teiFile, p.display));
  planned.push({ name: `${id}.xml`, xml: r.xml, source: sourceName, ...(current ? { current } : {}), ...(r.sourceSha256 ? { transcript: r.sourceSha256 } : {}), ...(r.sidecarSha256 ? { sidecar: r.sidecarSha256 } : {}) });
  ctx.counts.converted++;
  const key = convertKey(ctx, p, r.sourceSha256 ?? '', r.sidecarSha256);
  const doc = await input(ctx, p, r.xml, { convertKey: key, ...(r.sourceMap ? { sourceMap: r.sourceMap } : {}) });
  if (r.sourceMap) await ctx.cache.putPart(key, 'sourcemap', JSON.stringify(r.sourceMap));
  doc.next.convert = { key, teiSha: doc.teiSha, diagnostics: r.diagnostics, ...(r.sourceMap ? { sourceMap: true } : {}) };
  return doc;
}

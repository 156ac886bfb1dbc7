/** The commands that make TEI: build, convert, validate. Each is one library call. */
import { dirname, relative } from 'node:path';
import type { Diagnostic, RenderTarget } from '../index.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { buildDateFromEnv, jobsOption, pageSizeOption } from './env.js';
import { counts, data, plural, printDiagnostics, summary, type Output } from './output.js';
import { UsageError, type Values } from './parse.js';

/** A command: positionals, options, output settings → diagnostics. */
export type Command = (args: string[], v: Values, out: Output) => Promise<Diagnostic[]>;

/** `teipress build [dir]`. */
export const cmdBuild: Command = async (args, v, out) => {
  if (args.length > 1) throw new UsageError('build takes at most one edition folder.');
  const { findConfig } = await import('../edition/config.js');
  const configPath = v.config as string | undefined;
  // Without a folder, the edition is the one whose config is nearest above the working folder.
  const found = args[0] === undefined && configPath === undefined ? await findConfig('.') : undefined;
  const dir = args[0] ?? (found ? relative(process.cwd(), dirname(found)) || '.' : '.');
  const tty = process.stderr.isTTY && out.format === 'text' && out.level !== 'quiet';
  const targets: RenderTarget[] = v['no-pdf'] ? ['html', 'print', 'text'] : ['html', 'print', 'pdf', 'text'];
  const pageSize = pageSizeOption(v['page-size']);
  const jobs = jobsOption(v.jobs);
  const shard = v.shard === undefined ? undefined : (await import('../edition/shard.js')).parseShard(String(v.shard));
  if (v.shard !== undefined && !shard) throw new UsageError(`--shard takes K/N with 1 ≤ K ≤ N (e.g. 2/8), not ${JSON.stringify(v.shard)}.`);
  const { build } = await import('../edition/build.js');
  const { withBuildHeap } = await import('../node/heap-sizing.js');
  const s = await withBuildHeap((heap) => build(dir, {
    heap,
    ...(jobs ? { jobs } : {}),
    ...(shard ? { shard } : {}),
    ...(pageSize ? { pageSize } : {}),
    force: v.force === true,
    ...(configPath ? { configPath } : {}),
    report: v.report === true,
    targets,
    teiAll: v['no-tei-all'] !== true,
    ...buildDateFromEnv(),
    ...(tty ? { onProgress: (stage: string, done: number, total: number) => process.stderr.write(`\r\x1b[K${stage} ${done}/${total}`) } : {}),
  }));
  if (tty) process.stderr.write('\r\x1b[K');
  for (const r of s.reports) data(r + '\n');
  printDiagnostics(s.diagnostics, out);
  const dist = relative(process.cwd(), s.dist) || '.';
  const t = Object.entries(s.timings).map(([k, ms]) => `${k} ${ms} ms`).join(', ');
  if (s.stopped) summary(`the build stopped: a file could not be written; what it wrote before stays, and the next build goes on from there; ${counts(s.diagnostics)}`, out);
  else if (!Object.keys(s.timings).length) summary(`nothing was built or written; ${counts(s.diagnostics)}`, out);
  else summary(`built ${plural(s.documents, 'document')}: ${s.converted} converted, ${s.keptEdited} kept as edited; ${plural(s.written, 'file')} in ${dist}/ (${t}); ${counts(s.diagnostics)}`, out);
  if (s.written) summary(`open ${dist}/index.html`, out);
  return s.diagnostics;
};

/** `teipress convert <file.txt…>`. */
export const cmdConvert: Command = async (args, v, out) => {
  if (!args.length) throw new UsageError('convert needs at least one transcript file.');
  const outDir = v['out-dir'] as string | undefined;
  if (outDir === '-' && args.length !== 1) throw new UsageError('--out-dir - (stdout) takes exactly one input.');
  if (outDir === '-' && v.report) throw new UsageError('--report and --out-dir - both write to stdout; give --out-dir DIR.');
  const { convertFiles } = await import('../edition/convert-command.js');
  const { loadConfig, findConfig } = await import('../edition/config.js');
  // The edition's config (its profile, publisher, licence) applies here too.
  const configPath = (v.config as string | undefined) ?? (await findConfig('.'));
  const { config, diagnostics: configProblems } = await loadConfig(configPath ? dirname(configPath) : '.', configPath);
  const r = await convertFiles(args, { profile: config.profile, edition: config.edition, ...(outDir ? { outDir } : {}), keepTranscripts: v.report === true });
  if (outDir === '-' && r.results[0]?.xml) data(r.results[0].xml);
  // The report's module is loaded only when a report is asked for.
  if (v.report) {
    const { conversionReport } = await import('../convert/report.js');
    for (const x of r.results) if (x.transcript) data(conversionReport(x.input, x.transcript) + '\n');
  }
  const ds = sortDiagnostics([...configProblems, ...r.diagnostics]);
  printDiagnostics(ds, out);
  if (outDir !== '-') summary(`converted ${r.written.length} of ${plural(args.length, 'file')}; ${counts(ds)}`, out);
  return ds;
};

/** `teipress validate <file.xml|dir…>`. */
export const cmdValidate: Command = async (args, v, out) => {
  if (!args.length) throw new UsageError('validate needs at least one TEI file or folder.');
  const layers = { teiAll: v['no-tei-all'] !== true, projectSchema: v['no-project-schema'] !== true, rules: v['no-rules'] !== true };
  const schematron = (v.schematron as string[] | undefined) ?? [];
  if (!layers.teiAll && !layers.projectSchema && !layers.rules && !schematron.length) throw new UsageError('--no-tei-all, --no-project-schema and --no-rules together leave nothing to check; drop one (or add --schematron FILE).');
  const { validatePathsCounted } = await import('../validate/index.js');
  const r = await validatePathsCounted(args, { ...layers, schematron });
  printDiagnostics(r.diagnostics, out);
  summary(`validated ${plural(r.files, 'file')}; ${counts(r.diagnostics)}`, out);
  return r.diagnostics;
};

/** `teipress merge [dir] --shards N`: dist from the shards' records. */
export const cmdMerge: Command = async (args, v, out) => {
  if (args.length > 1) throw new UsageError('merge takes at most one edition folder.');
  const raw = v.shards === undefined ? '' : String(v.shards);
  if (!/^[1-9][0-9]{0,5}$/u.test(raw)) throw new UsageError(`merge needs --shards N, a whole number from 1 (the N of build --shard K/N)${raw ? `, not ${JSON.stringify(raw)}` : ''}.`);
  const shards = Number(raw);
  const configPath = v.config as string | undefined;
  const { findConfig } = await import('../edition/config.js');
  const found = args[0] === undefined && configPath === undefined ? await findConfig('.') : undefined;
  const dir = args[0] ?? (found ? relative(process.cwd(), dirname(found)) || '.' : '.');
  const { merge } = await import('../edition/merge.js');
  const { withBuildHeap } = await import('../node/heap-sizing.js');
  const s = await withBuildHeap((heap) => merge(dir, { shards, heap, ...(configPath ? { configPath } : {}) }));
  printDiagnostics(s.diagnostics, out);
  summary(`merged ${plural(s.documents, 'document')} from ${plural(shards, 'shard')}; ${plural(s.written, 'file')} in ${relative(process.cwd(), s.dist) || '.'}/; ${counts(s.diagnostics)}`, out);
  return s.diagnostics;
};

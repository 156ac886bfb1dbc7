#!/usr/bin/env node
/**
 * The command line: argv → options → one library call → diagnostics → exit code
 * (0 clean or warnings only, 1 errors found, 2 usage error or internal failure).
 */
import { parseArgs } from 'node:util';
import { dirname, relative } from 'node:path';
// Commands load their stages on demand: `convert` need not load the XSLT engine or the
// schema validator (saxon-js alone takes a noticeable part of a second to load).
import type { Diagnostic, RenderTarget } from './index.js';
import { hasErrors, sortDiagnostics } from './diagnostics/diagnostic.js';
import { formatDiagnostics } from './diagnostics/format.js';
import { VERSION } from './version.js';

const HELP = `teipress ${VERSION} — plain-text archival transcripts to validated TEI and editions

Usage:
  teipress build [dir] [--config FILE] [--force] [--no-pdf] [--no-tei-all] [--report] [--format text|json] [--verbose]
      (without dir: the edition whose teipress.config.json is nearest above the working folder)
      transcripts/*.txt → tei/*.xml → validation → dist/ (HTML site, print HTML + PDF, text)
  teipress convert <file.txt…> [--config FILE] [--out-dir DIR] [--report] [--format text|json]
      writes DIR/<name>.xml (default: beside each input; --out-dir - prints one file to stdout)
  teipress validate <file.xml|dir…> [--no-tei-all] [--no-project-schema] [--no-rules]
                    [--schematron FILE]… [--format text|json]
  teipress render <file.xml…> --to html|print|pdf|text[,…] [--out-dir DIR]
  teipress deposit [dir] --out PATH [--format bagit|dspace-saf] [--zip] [--allow-invalid]
      packages the built edition: a BagIt bag with METS, Dublin Core, CMIF (default) or DSpace SAF
  teipress verify BAG
      checks a bag's completeness and fixity (manifests, Payload-Oxum, tag manifests)
  teipress --help | --version

Diagnostics: file:line:col: severity: message [rule-id]; infos (inferences) with --verbose.\nExit: 0 clean, 1 errors, 2 usage/internal.`;

type Values = Record<string, string | boolean | string[] | undefined>;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  force: { type: 'boolean' },
  'no-pdf': { type: 'boolean' },
  'no-tei-all': { type: 'boolean' },
  'no-project-schema': { type: 'boolean' },
  'no-rules': { type: 'boolean' },
  verbose: { type: 'boolean' },
  report: { type: 'boolean' },
  format: { type: 'string' },
  'out-dir': { type: 'string', short: 'o' },
  to: { type: 'string' },
  schematron: { type: 'string', multiple: true },
  config: { type: 'string' },
  out: { type: 'string' },
  zip: { type: 'boolean' },
  'allow-invalid': { type: 'boolean' },
} as const;

class UsageError extends Error {}

/** Errors and warnings always; infos (what was inferred) with --verbose or in JSON. */
function print(ds: readonly Diagnostic[], format: 'text' | 'json', verbose: boolean): void {
  const shown = sortDiagnostics(verbose || format === 'json' ? ds : ds.filter((d) => d.severity !== 'info'));
  if (format === 'json') process.stdout.write(formatDiagnostics(shown, 'json') + '\n');
  else if (shown.length) process.stderr.write(formatDiagnostics(shown, 'text') + '\n');
}

function counts(ds: readonly Diagnostic[]): string {
  const n = (s: string) => ds.filter((d) => d.severity === s).length;
  return `${n('error')} error(s), ${n('warning')} warning(s)`;
}

/** The build date from SOURCE_DATE_EPOCH (whole seconds since 1970), or a usage error for any other value. */
function buildDateFromEnv(): { buildDate?: string } {
  const raw = process.env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return {};
  const date = /^[0-9]{1,12}$/u.test(raw) ? new Date(Number(raw) * 1000) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1700000000), not ${JSON.stringify(raw)}.`);
  return { buildDate: date.toISOString().slice(0, 10) };
}

async function cmdBuild(args: string[], v: Values, format: 'text' | 'json'): Promise<Diagnostic[]> {
  const { findConfig } = await import('./build/config.js');
  const configPath = v.config as string | undefined;
  // Without a folder, the edition is the one whose config is nearest above the working folder.
  const found = args[0] === undefined && configPath === undefined ? await findConfig('.') : undefined;
  const dir = args[0] ?? (found ? relative(process.cwd(), dirname(found)) || '.' : '.');
  const tty = process.stderr.isTTY && format === 'text';
  const targets: RenderTarget[] = v['no-pdf'] ? ['html', 'print', 'text'] : ['html', 'print', 'pdf', 'text'];
  const { build } = await import('./build/build.js');
  const s = await build(dir, {
    force: v.force === true,
    ...(configPath ? { configPath } : {}),
    report: v.report === true,
    targets,
    teiAll: v['no-tei-all'] !== true,
    ...buildDateFromEnv(),
    ...(tty ? { onProgress: (stage: string, done: number, total: number) => process.stderr.write(`\r\x1b[K${stage} ${done}/${total}`) } : {}),
  });
  if (tty) process.stderr.write('\r\x1b[K');
  for (const r of s.reports) process.stderr.write(r + '\n');
  print(s.diagnostics, format, v.verbose === true);
  if (format === 'text') {
    const t = Object.entries(s.timings).map(([k, ms]) => `${k} ${ms} ms`).join(', ');
    if (!Object.keys(s.timings).length) process.stderr.write(`nothing was built or written; ${counts(s.diagnostics)}\n`);
    else process.stderr.write(`built ${s.documents} document(s): ${s.converted} converted, ${s.keptEdited} kept as edited; ${s.written} file(s) in ${relative(process.cwd(), s.dist) || '.'}/ (${t}); ${counts(s.diagnostics)}\n`);
    if (s.written) process.stderr.write(`open ${relative(process.cwd(), s.dist) || '.'}/index.html\n`);
  }
  return s.diagnostics;
}

async function cmdConvert(args: string[], v: Values, format: 'text' | 'json'): Promise<Diagnostic[]> {
  if (!args.length) throw new UsageError('convert needs at least one transcript file.');
  const outDir = v['out-dir'] as string | undefined;
  if (outDir === '-' && args.length !== 1) throw new UsageError('--out-dir - (stdout) takes exactly one input.');
  const { convertFiles } = await import('./build/convert-command.js');
  const { conversionReport } = await import('./convert/report.js');
  const { loadConfig, findConfig } = await import('./build/config.js');
  // The edition's config in the working folder (its profile, publisher, licence) applies here too.
  const configPath = (v.config as string | undefined) ?? (await findConfig('.'));
  const { config, diagnostics: configProblems } = await loadConfig(configPath ? dirname(configPath) : '.', configPath);
  const r = await convertFiles(args, { profile: config.profile, edition: config.edition, ...(outDir ? { outDir } : {}) });
  if (outDir === '-' && r.results[0]?.xml) process.stdout.write(r.results[0].xml);
  if (v.report) for (const x of r.results) if (x.transcript) process.stderr.write(conversionReport(x.input, x.transcript) + '\n');
  const ds = sortDiagnostics([...configProblems, ...r.diagnostics]);
  print(ds, format, v.verbose === true);
  if (format === 'text' && outDir !== '-') process.stderr.write(`converted ${r.written.length} of ${args.length} file(s); ${counts(ds)}\n`);
  return ds;
}

async function cmdValidate(args: string[], v: Values, format: 'text' | 'json'): Promise<Diagnostic[]> {
  if (!args.length) throw new UsageError('validate needs at least one TEI file or folder.');
  const { validatePaths } = await import('./validate/index.js');
  const ds = await validatePaths(args, {
    teiAll: v['no-tei-all'] !== true,
    projectSchema: v['no-project-schema'] !== true,
    rules: v['no-rules'] !== true,
    schematron: (v.schematron as string[] | undefined) ?? [],
  });
  print(ds, format, v.verbose === true);
  if (format === 'text') process.stderr.write(`validated ${args.length} path(s); ${counts(ds)}\n`);
  return ds;
}

const TARGETS: readonly RenderTarget[] = ['html', 'print', 'pdf', 'text'];

async function cmdRender(args: string[], v: Values, format: 'text' | 'json'): Promise<Diagnostic[]> {
  if (!args.length) throw new UsageError('render needs at least one TEI file.');
  const to = String(v.to ?? '').split(',').filter(Boolean);
  const bad = to.filter((t) => !TARGETS.includes(t as RenderTarget));
  if (!to.length || bad.length) throw new UsageError(`--to takes ${TARGETS.join('|')} (comma-separated)${bad.length ? `; got ${bad.join(', ')}` : ''}.`);
  const { renderFiles } = await import('./build/render-files.js');
  const r = await renderFiles(args, to as RenderTarget[], (v['out-dir'] as string | undefined) ?? 'dist');
  print(r.diagnostics, format, v.verbose === true);
  if (format === 'text') process.stderr.write(`rendered ${r.written.length} file(s); ${counts(r.diagnostics)}\n`);
  return r.diagnostics;
}

const PACKAGE_FORMATS = ['bagit', 'dspace-saf'] as const;

async function cmdDeposit(args: string[], v: Values): Promise<Diagnostic[]> {
  const out = v.out as string | undefined;
  if (!out) throw new UsageError('deposit needs --out PATH (a folder, or a zip file with --zip).');
  const pkg = (v.format as string | undefined) ?? 'bagit';
  if (!PACKAGE_FORMATS.includes(pkg as 'bagit')) throw new UsageError(`deposit --format takes ${PACKAGE_FORMATS.join('|')}, not "${pkg}".`);
  const { deposit } = await import('./deposit/deposit.js');
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && !/^[0-9]+$/u.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}".`);
  const r = await deposit(args[0] ?? '.', { out, format: pkg as 'bagit' | 'dspace-saf', zip: v.zip === true, allowInvalid: v['allow-invalid'] === true, teiAll: v['no-tei-all'] !== true, ...(epoch ? { date: new Date(Number(epoch) * 1000) } : {}) });
  print(r.diagnostics, 'text', v.verbose === true);
  process.stderr.write(r.out ? `deposited ${r.documents} document(s) as ${pkg}${v.zip ? ' (zip)' : ''}: ${r.files} file(s) in ${r.out}; ${counts(r.diagnostics)}\n` : `nothing was packaged; ${counts(r.diagnostics)}\n`);
  return r.diagnostics;
}

async function cmdVerify(args: string[], v: Values, format: 'text' | 'json'): Promise<Diagnostic[]> {
  if (args.length !== 1) throw new UsageError('verify takes one bag folder.');
  const { verifyBag } = await import('./deposit/bag-verifier.js');
  const r = await verifyBag(args[0] ?? '.');
  print(r.diagnostics, format, v.verbose === true);
  if (format === 'text') process.stderr.write(`${hasErrors(r.diagnostics) ? 'NOT valid' : 'valid'}: ${args[0] ?? ''} (${r.files} payload file(s), ${r.octets} bytes); ${counts(r.diagnostics)}\n`);
  return r.diagnostics;
}

const COMMANDS: Record<string, (a: string[], v: Values, f: 'text' | 'json') => Promise<Diagnostic[]>> = {
  build: cmdBuild,
  convert: cmdConvert,
  validate: cmdValidate,
  render: cmdRender,
  deposit: cmdDeposit,
  verify: cmdVerify,
};

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`teipress: ${(e as Error).message}\n${HELP}\n`);
    return 2;
  }
  const v = parsed.values as Values;
  const [cmd, ...args] = parsed.positionals;
  if (v.version) return void process.stdout.write(`${VERSION}\n`), 0;
  if (v.help || !cmd) return void process.stdout.write(`${HELP}\n`), v.help ? 0 : 2;
  const run = COMMANDS[cmd];
  const format = v.format === 'json' ? 'json' : 'text';
  // deposit's --format names the package format, checked by the command itself.
  if (!run || (cmd !== 'deposit' && v.format !== undefined && v.format !== 'json' && v.format !== 'text')) {
    process.stderr.write(`teipress: ${run ? `--format takes text or json, not "${String(v.format)}"` : `unknown command "${cmd}"`}\n${HELP}\n`);
    return 2;
  }
  try {
    return hasErrors(await run(args, v, format)) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`teipress: ${e.message}\n`);
      return 2;
    }
    const fsError = e as NodeJS.ErrnoException;
    // A file-system failure the commands did not foresee still gets one line, not a stack.
    if (fsError.code && fsError.syscall) {
      process.stderr.write(`${fsError.path ?? '.'}:1:1: error: ${fsError.syscall} failed (${fsError.code}) [build/write-failed]\n`);
      return 1;
    }
    process.stderr.write(`teipress: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

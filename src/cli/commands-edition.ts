/** The commands that work on TEI and built editions: render, deposit, verify. */
import { dirname, relative } from 'node:path';
import type { RenderTarget } from '../index.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Command } from './commands.js';
import { buildDateFromEnv, jobsOption, pageSizeOption, sourceDateEpoch } from './env.js';
import { counts, plural, printDiagnostics, summary } from './output.js';
import { UsageError } from './parse.js';

const TARGETS: readonly RenderTarget[] = ['html', 'print', 'pdf', 'text'];

/** `teipress render <file.xml…> --to …`: with the config of the edition it runs in, if any. */
export const cmdRender: Command = async (args, v, out) => {
  if (!args.length) throw new UsageError('render needs at least one TEI file.');
  const to = String(v.to ?? '').split(',').filter(Boolean);
  const bad = to.filter((t) => !TARGETS.includes(t as RenderTarget));
  if (!to.length || bad.length) throw new UsageError(`--to takes ${TARGETS.join('|')} (comma-separated)${bad.length ? `; got ${bad.join(', ')}` : ''}.`);
  const pageSize = pageSizeOption(v['page-size']);
  const jobs = jobsOption(v.jobs);
  const { loadConfig, findConfig, RENDER_PAGE_SIZE } = await import('../edition/config.js');
  const configPath = (v.config as string | undefined) ?? (await findConfig('.'));
  const loaded = configPath ? await loadConfig(dirname(configPath), configPath) : undefined;
  if (loaded && hasErrors(loaded.diagnostics)) return printDiagnostics(loaded.diagnostics, out), loaded.diagnostics;
  const { renderFiles } = await import('../edition/render-files.js');
  const r = await renderFiles(args, to as RenderTarget[], (v['out-dir'] as string | undefined) ?? 'dist', {
    site: v.site === true,
    ...(jobs ? { jobs } : {}),
    pageSize: RENDER_PAGE_SIZE[pageSize ?? loaded?.config.pageSize ?? 'a4'],
    ...(loaded ? { siteTitle: loaded.config.title, dateFormat: loaded.config.dateFormat } : {}),
    ...buildDateFromEnv(),
  });
  const ds = [...(loaded?.diagnostics ?? []), ...r.diagnostics];
  printDiagnostics(ds, out);
  summary(`rendered ${plural(r.written.length, 'file')}; ${counts(ds)}`, out);
  return ds;
};

const PACKAGE_FORMATS = ['bagit', 'dspace-saf'] as const;

/** `teipress deposit [dir] --out PATH`. */
export const cmdDeposit: Command = async (args, v, out) => {
  if (args.length > 1) throw new UsageError('deposit takes at most one edition folder.');
  const path = v.out as string | undefined;
  if (!path) throw new UsageError('deposit needs --out PATH (a folder, or a zip file with --zip).');
  const pkg = (v.format as string | undefined) ?? 'bagit';
  if (!PACKAGE_FORMATS.includes(pkg as 'bagit')) throw new UsageError(`deposit --format takes ${PACKAGE_FORMATS.join('|')}, not "${pkg}".`);
  const date = sourceDateEpoch();
  const { deposit } = await import('../deposit/deposit.js');
  const r = await deposit(args[0] ?? '.', { out: path, format: pkg as 'bagit' | 'dspace-saf', zip: v.zip === true, allowInvalid: v['allow-invalid'] === true, teiAll: v['no-tei-all'] !== true, ...(date ? { date } : {}) });
  printDiagnostics(r.diagnostics, out);
  summary(r.out ? `deposited ${plural(r.documents, 'document')} as ${pkg}${v.zip ? ' (zip)' : ''}: ${plural(r.files, 'file')} in ${r.out}; ${counts(r.diagnostics)}` : `nothing was packaged; ${counts(r.diagnostics)}`, out);
  return r.diagnostics;
};

/** `teipress verify BAG`. */
export const cmdVerify: Command = async (args, v, out) => {
  if (args.length !== 1) throw new UsageError('verify takes one bag folder.');
  const { verifyBag } = await import('../deposit/bag-verifier.js');
  const r = await verifyBag(args[0] ?? '.');
  printDiagnostics(r.diagnostics, out);
  summary(`${hasErrors(r.diagnostics) ? 'NOT valid' : 'valid'}: ${args[0] ?? ''} (${plural(r.files, 'payload file')}, ${r.octets} bytes); ${counts(r.diagnostics)}`, out);
  return r.diagnostics;
};

/** `teipress adopt <tei/name.xml…>`: in the edition whose config is nearest upward (or `.` with --config). */
export const cmdAdopt: Command = async (args, v, out) => {
  if (!args.length) throw new UsageError('adopt needs at least one TEI file (tei/NAME.xml).');
  const configPath = v.config as string | undefined;
  const { findConfig } = await import('../edition/config.js');
  const found = configPath === undefined ? await findConfig('.') : undefined;
  const dir = found ? relative(process.cwd(), dirname(found)) || '.' : '.';
  const { adopt } = await import('../edition/adopt.js');
  const r = await adopt(dir, args, configPath ? { configPath } : {});
  printDiagnostics(r.diagnostics, out);
  summary(`adopted ${r.adopted.length} of ${plural(args.length, 'file')}; ${counts(r.diagnostics)}`, out);
  return r.diagnostics;
};

/**
 * Where the CLI writes: data (TEI, reports, help) on stdout; diagnostics, progress and the
 * summary line on stderr, always, so that `convert --out-dir - --format json` never mixes them.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import type { Values } from './parse.js';

/** How much to say, and in which form. */
export interface Output {
  readonly format: 'text' | 'json';
  /** quiet: errors only; normal: errors and warnings (all in JSON); verbose: infos too. */
  readonly level: 'quiet' | 'normal' | 'verbose';
}

/** The output settings from a command's options (deposit's --format names its package format). */
export function outputOf(v: Values, formatIsDiagnostics: boolean): Output {
  const format = formatIsDiagnostics && v.format === 'json' ? 'json' : 'text';
  return { format, level: v.quiet ? 'quiet' : v.verbose ? 'verbose' : 'normal' };
}

const SHOWN: Record<Output['level'], (d: Diagnostic, json: boolean) => boolean> = {
  quiet: (d) => d.severity === 'error',
  normal: (d, json) => json || d.severity !== 'info',
  verbose: () => true,
};

/** Prints the diagnostics the level shows, sorted, on stderr (JSON: one array, even when empty). */
export function printDiagnostics(ds: readonly Diagnostic[], out: Output): void {
  const json = out.format === 'json';
  const shown = sortDiagnostics(ds.filter((d) => SHOWN[out.level](d, json)));
  if (json) process.stderr.write(formatDiagnostics(shown, 'json') + '\n');
  else if (shown.length) process.stderr.write(formatDiagnostics(shown, 'text') + '\n');
}

/** A summary line on stderr, in text form and unless quiet (JSON output stays one parseable array). */
export function summary(line: string, out: Output): void {
  if (out.format === 'text' && out.level !== 'quiet') process.stderr.write(line + '\n');
}

/** Data the user asked for, on stdout. */
export function data(text: string): void {
  process.stdout.write(text);
}

/** "1 file", "3 files". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "0 errors, 1 warning". */
export function counts(ds: readonly Diagnostic[]): string {
  const n = (s: string) => ds.filter((d) => d.severity === s).length;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}`;
}

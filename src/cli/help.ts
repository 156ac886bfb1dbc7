/** The help texts: the overview (`teipress --help`) and each command's (`teipress CMD --help`). */
import { COMMAND_SPECS, OPTION_SPECS, type CommandName, type CommandSpec, type OptionSpec } from './options.js';
import { VERSION } from '../version.js';

/** The overview: one usage line and one summary per command, diagnostics and exit codes. */
export function globalHelp(): string {
  const lines = [`teipress ${VERSION} — plain-text archival transcripts to validated TEI and editions`, '', 'Usage:'];
  for (const spec of Object.values(COMMAND_SPECS) as CommandSpec[]) lines.push(`  ${spec.usage}`, `      ${spec.summary}`);
  lines.push('  teipress --help | --version', '', 'teipress COMMAND --help lists the options of a command.');
  lines.push('Diagnostics go to stderr as file:line:col: severity: message [rule-id] (or JSON with --format json); data (TEI, reports) to stdout.');
  lines.push('Exit: 0 clean or warnings only, 1 errors found, 2 usage error or internal failure.');
  return lines.join('\n');
}

/** One command's usage, summary and options, each with a one-line description. */
export function commandHelp(cmd: CommandName): string {
  const spec: CommandSpec = COMMAND_SPECS[cmd];
  const rows = spec.options.map((o) => {
    const name = typeof o === 'string' ? o : o[0];
    const s: OptionSpec = OPTION_SPECS[name];
    const head = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.arg ? ` ${s.arg}` : ''}`;
    return [head, typeof o === 'string' ? s.help : o[1]] as const;
  });
  const width = Math.max(...rows.map(([h]) => h.length)) + 2;
  return [`Usage: ${spec.usage}`, '', spec.summary, '', 'Options:', ...rows.map(([h, d]) => `  ${h.padEnd(width)}${d}`)].join('\n');
}

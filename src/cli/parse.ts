/**
 * Reads argv into a command, its positionals and its options, against that command's option
 * table. Every problem is a `UsageError` of one line (never Node's parser text or the help).
 */
import { parseArgs } from 'node:util';
import { COMMAND_SPECS, OPTION_SPECS, optionNames, parseTable, type CommandName, type OptionName, type OptionSpec } from './options.js';

/** A problem with the command line: one line on stderr, exit 2. */
export class UsageError extends Error {}

/** Option values as parseArgs gives them. */
export type Values = Partial<Record<OptionName, string | boolean | string[]>>;

/** A parsed command line. */
export type Parsed =
  | { readonly kind: 'global'; readonly what: 'help' | 'version' }
  | { readonly kind: 'command'; readonly cmd: CommandName; readonly args: string[]; readonly values: Values };

/** Whether a name is one of the commands. */
export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_SPECS, name);
}

/** The long name of an option token (`--x`, `--x=1`, `-o`), or the token itself. */
function longName(token: string): string {
  if (token.startsWith('--')) return token.slice(2).replace(/=.*$/su, '');
  const short = token.slice(1, 2);
  const found = (Object.entries(OPTION_SPECS) as [OptionName, OptionSpec][]).find(([, s]) => s.short === short);
  return found ? found[0] : token;
}

/** The one-line reason parseArgs refused `argv` for `cmd`. */
function explain(cmd: CommandName, argv: readonly string[]): string {
  const known = new Set<string>(optionNames(cmd));
  const see = `(see teipress ${cmd} --help)`;
  for (const token of argv) {
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-') continue;
    const name = longName(token);
    if (!known.has(name)) return Object.hasOwn(OPTION_SPECS, name) ? `--${name} does not apply to ${cmd} ${see}` : `unknown option ${token.replace(/=.*$/su, '')} for ${cmd} ${see}`;
  }
  for (const [i, token] of argv.entries()) {
    const name = longName(token);
    if (!known.has(name)) continue;
    const spec: OptionSpec = OPTION_SPECS[name as OptionName];
    if (spec.type === 'string' && !token.includes('=') && (argv[i + 1] === undefined || (argv[i + 1]?.startsWith('-') && argv[i + 1] !== '-'))) return `--${name} needs a value (${spec.arg ?? 'VALUE'}) ${see}`;
    if (spec.type === 'boolean' && token.includes('=')) return `--${name} takes no value ${see}`;
  }
  return `cannot read the options of ${cmd} ${see}`;
}

/** Parses argv: `--help`/`--version` alone, or a command first, then its arguments and options. */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given (see teipress --help)');
  if (first === '--help' || first === '-h') return { kind: 'global', what: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'global', what: 'version' };
  if (!isCommand(first)) throw new UsageError(first.startsWith('-') ? `the command comes first: teipress COMMAND [options] (see teipress --help)` : `unknown command "${first}" (see teipress --help)`);
  let parsed;
  try {
    // A value that starts with "-" must be written --opt=VALUE; "-" itself (stdout) is a value.
    parsed = parseArgs({ args: [...rest], options: parseTable(first), allowPositionals: true, strict: true });
  } catch {
    throw new UsageError(explain(first, rest));
  }
  const values = parsed.values as Values;
  if (values.quiet && values.verbose) throw new UsageError(`--quiet and --verbose exclude each other`);
  if (first !== 'deposit' && values.format !== undefined && values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format takes text or json, not "${String(values.format)}"`);
  return { kind: 'command', cmd: first, args: parsed.positionals, values };
}

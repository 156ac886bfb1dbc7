#!/usr/bin/env node
/**
 * The command line: argv → command and its options (per-command tables, `src/cli/options.ts`)
 * → one library call → diagnostics on stderr → exit code (0 clean or warnings only, 1 errors
 * found, 2 usage error or internal failure).
 */
// Commands load their stages on demand: `convert` need not load the XSLT engine or the
// schema validator (saxon-js alone takes a noticeable part of a second to load).
import { hasErrors } from './diagnostics/diagnostic.js';
import { cmdBuild, cmdConvert, cmdMerge, cmdValidate, type Command } from './cli/commands.js';
import { cmdAdopt, cmdDeposit, cmdRender, cmdVerify } from './cli/commands-edition.js';
import { commandHelp, globalHelp } from './cli/help.js';
import type { CommandName } from './cli/options.js';
import { outputOf } from './cli/output.js';
import { parseCommandLine, UsageError } from './cli/parse.js';
import { VERSION } from './version.js';

const COMMANDS: Record<CommandName, Command> = {
  build: cmdBuild,
  convert: cmdConvert,
  validate: cmdValidate,
  render: cmdRender,
  deposit: cmdDeposit,
  verify: cmdVerify,
  adopt: cmdAdopt,
  merge: cmdMerge,
};

/** The one line for a failure no command foresaw: a file-system error as a diagnostic, else an internal error. */
function failure(e: unknown): number {
  const fsError = e as NodeJS.ErrnoException;
  if (fsError.code && fsError.syscall) {
    process.stderr.write(`${fsError.path ?? '.'}:1:1: error: ${fsError.syscall} failed (${fsError.code}) [build/write-failed]\n`);
    return 1;
  }
  process.stderr.write(`teipress: internal error: ${(e as Error).stack ?? String(e)}\n`);
  return 2;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const p = parseCommandLine(argv);
    if (p.kind === 'global') return void process.stdout.write(`${p.what === 'help' ? globalHelp() : VERSION}\n`), 0;
    if (p.values.help) return void process.stdout.write(`${commandHelp(p.cmd)}\n`), 0;
    const out = outputOf(p.values, p.cmd !== 'deposit');
    return hasErrors(await COMMANDS[p.cmd](p.args, p.values, out)) ? 1 : 0;
  } catch (e) {
    if (!(e instanceof UsageError)) return failure(e);
    process.stderr.write(`teipress: ${e.message}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

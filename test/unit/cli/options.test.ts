import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS, OPTION_SPECS, optionNames, type CommandName } from '../../../src/cli/options.js';
import { commandHelp } from '../../../src/cli/help.js';
import { parseCommandLine, UsageError } from '../../../src/cli/parse.js';

const usage = (argv: string[]): string => {
  try {
    parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  return 'accepted';
};

describe('the CLI option tables', () => {
  it('know every --option the diagnostic catalog advises, and some command takes each', () => {
    const catalog = readFileSync(join(import.meta.dirname, '../../../src/diagnostics/catalog.ts'), 'utf8');
    const mentioned = [...new Set([...catalog.matchAll(/--([a-z][a-z-]*)/gu)].map((m) => m[1] ?? ''))].sort();
    const taken = new Set((Object.keys(COMMAND_SPECS) as CommandName[]).flatMap(optionNames));
    expect(mentioned.length).toBeGreaterThan(0);
    expect(mentioned.filter((o) => !Object.hasOwn(OPTION_SPECS, o) || !taken.has(o as keyof typeof OPTION_SPECS))).toEqual([]);
  });

  it('refuse an option that belongs to another command, naming the option and the command', () => {
    expect(usage(['validate', 'x.xml', '--force'])).toBe('--force does not apply to validate (see teipress validate --help)');
    expect(usage(['convert', 'x.txt', '--to', 'html'])).toBe('--to does not apply to convert (see teipress convert --help)');
    expect(usage(['verify', 'bag', '-o', 'x'])).toBe('--out-dir does not apply to verify (see teipress verify --help)');
  });

  it('refuse an unknown option, a missing value and a value given to a flag in one line each', () => {
    expect(usage(['build', '--frobnicate'])).toBe('unknown option --frobnicate for build (see teipress build --help)');
    expect(usage(['render', 'a.xml', '--out-dir'])).toBe('--out-dir needs a value (DIR) (see teipress render --help)');
    expect(usage(['build', '--force=yes'])).toBe('--force takes no value (see teipress build --help)');
    expect(usage(['validate', 'x', '--quiet', '--verbose'])).toBe('--quiet and --verbose exclude each other');
    expect(usage(['validate', 'x', '--format', 'xml'])).toBe('--format takes text or json, not "xml"');
    expect(usage(['--force', 'build'])).toBe('the command comes first: teipress COMMAND [options] (see teipress --help)');
  });

  it('accept each command\'s own options and "-" as a value', () => {
    expect(parseCommandLine(['convert', 'a.txt', '--out-dir', '-', '--format', 'json', '-q'])).toEqual({
      kind: 'command', cmd: 'convert', args: ['a.txt'], values: { 'out-dir': '-', format: 'json', quiet: true },
    });
    expect(parseCommandLine(['deposit', '--out', 'bag', '--format', 'dspace-saf'])).toEqual({ kind: 'command', cmd: 'deposit', args: [], values: { out: 'bag', format: 'dspace-saf' } });
  });

  it('give every command a help that lists exactly its options, each with a description', () => {
    for (const cmd of Object.keys(COMMAND_SPECS) as CommandName[]) {
      const rows = commandHelp(cmd).split('\n').filter((l) => /^ {2}(?:-[a-z], | {4})--/u.test(l));
      expect(rows.map((l) => /--([a-z-]+)/u.exec(l)?.[1])).toEqual(optionNames(cmd));
      for (const row of rows) expect(row).toMatch(/--[a-z-]+(?: \S+)? {2,}[a-z]/u);
    }
  });
});

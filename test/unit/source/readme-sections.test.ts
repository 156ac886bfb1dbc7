import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS, OPTION_SPECS, optionNames, type CommandName } from '../../../src/cli/options.js';
import { tsFilesUnder } from './find-regexes.js';
import { cliExitCodes, documentedCommands, documentedConfigKeys, documentedExitCodes, longOptions, schemaConfigKeys, section } from './readme-sections.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** A small README with each kind of section, so the readers are shown to read what they should. */
const SAMPLE = [
  '# tool',
  '## Commands',
  '```',
  'teipress build [dir] [--force] [--jobs N]',
  'teipress verify BAG',
  '```',
  'Every command also takes `--quiet` and `--help`. Other text names `--not-common`.',
  '- **Streams.** `build --report` is named in a bullet.',
  '## Configuration',
  '| key | value |',
  '| --- | --- |',
  '| `title` | the title |',
  '| `deposit.url` | where |',
  '## Exit codes',
  '| code | meaning |',
  '| --- | --- |',
  '| 0 | done |',
  '| 2 | usage |',
  '### a subsection stays in its section',
  '## Next',
  '| 7 | not an exit code |',
].join('\n');

describe('the README sections read by this test', () => {
  it('are read as the sample has them: usage lines, the common options, config keys and exit codes', () => {
    const { commands, common } = documentedCommands(SAMPLE);
    expect([...commands].map(([c, o]) => [c, [...o]])).toEqual([['build', ['force', 'jobs']], ['verify', []]]);
    expect([...common]).toEqual(['quiet', 'help']);
    expect(documentedConfigKeys(SAMPLE)).toEqual(['title', 'deposit.url']);
    expect(documentedExitCodes(SAMPLE)).toEqual([0, 2]);
    expect(longOptions('`--out-dir DIR|-`, --to html, not-an--option, ---x')).toEqual(new Set(['out-dir', 'to']));
  });

  it('refuse a README without the section, rather than comparing with nothing', () => {
    expect(() => section(SAMPLE, 'Metadata')).toThrow('README has no section "## Metadata"');
  });
});

describe("README's Commands, Configuration and Exit codes match the CLI", () => {
  const { commands, common, text } = documentedCommands(README);

  it('lists every command of the CLI, and no other', () => {
    expect([...commands.keys()].sort()).toEqual(Object.keys(COMMAND_SPECS).sort());
  });

  it.each(Object.keys(COMMAND_SPECS) as CommandName[])('names exactly the options of %s (its usage line and the options every command takes)', (cmd) => {
    const documented = new Set([...(commands.get(cmd) ?? []), ...common]);
    expect([...documented].sort()).toEqual(optionNames(cmd).sort());
  });

  it('names every short option with its long one', () => {
    const shorts = Object.entries(OPTION_SPECS).flatMap(([name, spec]) => ('short' in spec ? [[name, spec.short]] : []));
    expect(shorts.filter(([, short]) => !text.includes(`\`-${short}\``))).toEqual([]);
  });

  it('lists every key of schema/teipress.config.schema.json in Configuration, and no other', () => {
    expect(documentedConfigKeys(README)).toEqual(schemaConfigKeys(join(ROOT, 'schema/teipress.config.schema.json')));
  });

  it('lists in Exit codes exactly the codes the CLI exits with', () => {
    const used = cliExitCodes(ROOT, 'tsconfig.json', join(ROOT, 'src/cli.ts'), tsFilesUnder(join(ROOT, 'src')));
    expect(used).toEqual([0, 1, 2]);
    expect(documentedExitCodes(README)).toEqual(used);
  });
});

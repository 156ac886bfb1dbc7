/**
 * The CLI's option tables: every option once, with a one-line description, and per command the
 * options that apply to it (any other is a usage error naming the option and the command).
 */

/** One option as `node:util` parseArgs takes it, with its help line. */
export interface OptionSpec {
  readonly type: 'boolean' | 'string';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's placeholder in help, for string options. */
  readonly arg?: string;
  readonly help: string;
}

/** Every option of every command. */
export const OPTION_SPECS = {
  help: { type: 'boolean', short: 'h', help: 'print this command\'s usage and options' },
  quiet: { type: 'boolean', short: 'q', help: 'print errors only (no warnings, infos or summary line)' },
  verbose: { type: 'boolean', help: 'also print info diagnostics (every inference)' },
  format: { type: 'string', arg: 'text|json', help: 'diagnostics on stderr as text lines or one JSON array' },
  config: { type: 'string', arg: 'FILE', help: 'the config file (default: the nearest teipress.config.json upward)' },
  force: { type: 'boolean', help: 'regenerate edited TEI files (each kept under tei/.teipress/backup/ first)' },
  'no-pdf': { type: 'boolean', help: 'skip the PDF (the print HTML is still written)' },
  'no-tei-all': { type: 'boolean', help: 'skip validation against the full TEI schema (tei_all)' },
  'no-project-schema': { type: 'boolean', help: 'skip validation against the project schema (teipress.rng)' },
  'no-rules': { type: 'boolean', help: 'skip the rule checks' },
  schematron: { type: 'string', multiple: true, arg: 'FILE', help: 'also check this Schematron file (repeatable)' },
  report: { type: 'boolean', help: 'print the conversion report (what was recognised, by which rule) on stdout' },
  'out-dir': { type: 'string', short: 'o', arg: 'DIR', help: 'the output folder' },
  to: { type: 'string', arg: 'html|print|pdf|text[,…]', help: 'the outputs to render (comma-separated)' },
  site: { type: 'boolean', help: 'also write the site index and search page (listing only the files rendered)' },
  'page-size': { type: 'string', arg: 'a4|letter', help: 'paper size of the print HTML and PDF (default: the config\'s pageSize, else a4)' },
  out: { type: 'string', arg: 'PATH', help: 'the package to write (a folder, or a zip file with --zip)' },
  zip: { type: 'boolean', help: 'write the package as one zip file' },
  'allow-invalid': { type: 'boolean', help: 'package even when a TEI file has validation errors' },
  shard: { type: 'string', arg: 'K/N', help: 'build only shard K of N of the documents (by a stable hash of their names); teipress merge then writes dist' },
  shards: { type: 'string', arg: 'N', help: 'the number of shards the documents were built in (build --shard K/N)' },
  jobs: { type: 'string', arg: 'N', help: 'worker threads rendering documents (default: one per core; the output is the same for any N)' },
} as const satisfies Record<string, OptionSpec>;

/** An option's long name. */
export type OptionName = keyof typeof OPTION_SPECS;

/** A command's usage line, what it does, and its options (with a help line of its own where the meaning differs). */
export interface CommandSpec {
  readonly usage: string;
  readonly summary: string;
  readonly options: readonly (OptionName | readonly [OptionName, string])[];
}

const COMMON = ['quiet', 'verbose', 'format', 'help'] as const;

/** The commands and their option tables. */
export const COMMAND_SPECS = {
  build: {
    usage: 'teipress build [dir] [options]',
    summary: 'transcripts/*.txt → tei/*.xml → validation → dist/ (HTML site, print HTML + PDF, text); without dir, the edition whose config is nearest upward',
    options: ['config', 'force', 'no-pdf', 'no-tei-all', 'page-size', ['report', 'print each converted transcript\'s conversion report on stdout'], ['jobs', 'threads doing the work: this one converts, N - 1 render (default: one per core; with 1 it renders too; the output is the same for any N)'], 'shard', ...COMMON],
  },
  convert: {
    usage: 'teipress convert <file.txt…> [options]',
    summary: 'converts transcripts to TEI: DIR/<name>.xml (default: beside each input; --out-dir - prints one file\'s TEI on stdout)',
    options: ['config', ['out-dir', 'the folder for the TEI files; - prints the TEI of one input on stdout'], 'report', ...COMMON],
  },
  validate: {
    usage: 'teipress validate <file.xml|dir…> [options]',
    summary: 'validates TEI files (folders recursively, hidden folders skipped): project schema, tei_all, rules, Schematron',
    options: ['no-tei-all', 'no-project-schema', 'no-rules', 'schematron', ...COMMON],
  },
  render: {
    usage: 'teipress render <file.xml…> --to html|print|pdf|text[,…] [options]',
    summary: 'renders TEI files with the config of the edition it runs in (nearest upward); never writes the site index unless --site',
    options: ['to', ['out-dir', 'the output folder (default: dist in the working folder)'], 'site', 'page-size', 'config', 'jobs', ...COMMON],
  },
  deposit: {
    usage: 'teipress deposit [dir] --out PATH [options]',
    summary: 'packages the built edition: a BagIt bag with METS, Dublin Core, CMIF (default) or DSpace SAF',
    options: ['out', ['format', 'the package format: bagit (default) or dspace-saf'], 'zip', 'allow-invalid', 'no-tei-all', 'quiet', 'verbose', 'help'],
  },
  verify: {
    usage: 'teipress verify BAG [options]',
    summary: 'checks a bag\'s completeness and fixity (manifests, Payload-Oxum, tag manifests)',
    options: [...COMMON],
  },
  merge: {
    usage: 'teipress merge [dir] --shards N [options]',
    summary: 'writes dist (the site index, search, CMIF and every page) from the shards that build --shard K/N left; same bytes as one whole build',
    options: ['shards', 'config', 'jobs', ...COMMON],
  },
  adopt: {
    usage: 'teipress adopt <tei/name.xml…> [options]',
    summary: 'makes edited TEI files canonical: later builds keep them and no longer convert their transcripts (the edition: its config nearest upward)',
    options: ['config', ...COMMON],
  },
} as const satisfies Record<string, CommandSpec>;

/** A command's name. */
export type CommandName = keyof typeof COMMAND_SPECS;

/** The names of a command's options. */
export function optionNames(cmd: CommandName): OptionName[] {
  return (COMMAND_SPECS[cmd].options as CommandSpec['options']).map((o) => (typeof o === 'string' ? o : o[0]));
}

/** The parseArgs table of one command. */
export function parseTable(cmd: CommandName): Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> {
  const table: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  for (const name of optionNames(cmd)) {
    const s: OptionSpec = OPTION_SPECS[name];
    table[name] = { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) };
  }
  return table;
}

import type { DateFormat } from '../render/index.js';
import { dirname, join, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Diagnostic, Place } from '../diagnostics/diagnostic.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Profile } from '../profiles/profile.js';
import { resolveProfileSetting } from '../profiles/by-name.js';
import { depositSettingsOf, type DepositSettings } from '../deposit/deposit-config.js';
import { usGovernment20c } from '../profiles/us-government-20c.js';
import type { EditionSettings } from '../convert/index.js';
import type { FolderKey } from '../node/folders.js';
import { readOptional } from '../node/fs.js';
import { parseJsonSource, type JsonPathSegment } from './json-source.js';
import { checkSchema, pathLabel } from './schema-check.js';
import { controlCharacterDiagnostics } from './json-text.js';

/** The edition's settings (`teipress.config.json` at the edition's root; every key optional). */
export interface EditionConfig {
  readonly title: string;
  readonly edition: EditionSettings;
  readonly profile: Profile;
  readonly transcripts: string;
  readonly tei: string;
  readonly dist: string;
  readonly schematron: readonly string[];
  /** Paper size of the print HTML and PDF. */
  readonly pageSize: PageSize;
  /** How dates read everywhere on the site (default `dmy`: 5 November 1962). */
  readonly dateFormat: DateFormat;
  /** The `deposit` settings (identifier, group, URL, editors, authorities). */
  readonly deposit: DepositSettings;
}

/** A paper size as the config and `--page-size` name it. */
export type PageSize = 'a4' | 'letter';

/** The render API's name of a paper size. */
export const RENDER_PAGE_SIZE: Readonly<Record<PageSize, 'A4' | 'Letter'>> = { a4: 'A4', letter: 'Letter' };

/** A loaded config, its problems, and where each of its settings stands in the file. */
export interface LoadedConfig {
  readonly config: EditionConfig;
  /** Problems of the file; a build with any error here writes nothing. */
  readonly diagnostics: Diagnostic[];
  /** The place of a setting (its value) in the config file; the file's 1:1 when it is not set. */
  readonly placeOf: (path: readonly JsonPathSegment[]) => Place;
  /** Whether the file sets this top-level key. */
  readonly sets: (key: string) => boolean;
}

export const CONFIG_FILE = 'teipress.config.json';

const DEFAULT_FOLDERS: Readonly<Record<FolderKey, string>> = { transcripts: 'transcripts', tei: 'tei', dist: 'dist' };

/**
 * Reads the config of the edition in `dir` (a missing file gives the defaults) and checks it
 * against `schema/teipress.config.schema.json`: wrong types, unknown keys (with "did you
 * mean"), stamp patterns that are not regular expressions and control characters are
 * diagnostics at their place. Never throws on a bad file.
 */
export async function loadConfig(dir: string, configPath?: string): Promise<LoadedConfig> {
  const path = configPath ?? join(dir, CONFIG_FILE);
  let bytes: Buffer | undefined;
  try {
    bytes = await readOptional(path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    return { config: configOf({}, dir), diagnostics: [diagnostic('build/config', { file: path, line: 1, column: 1 }, `The config could not be read (${why}).`)], placeOf: () => ({ file: path, line: 1, column: 1 }), sets: () => false };
  }
  if (!bytes && configPath) return { config: configOf({}, dir), diagnostics: [diagnostic('build/config', { file: path, line: 1, column: 1 }, 'The config file given with --config does not exist.')], placeOf: () => ({ file: path, line: 1, column: 1 }), sets: () => false };
  if (!bytes) return { config: configOf({}, dir), diagnostics: [], placeOf: () => ({ file: path, line: 1, column: 1 }), sets: () => false };
  const src = parseJsonSource(bytes, path, 'build/config', 'The config');
  const placeOf = (p: readonly JsonPathSegment[], key = false): Place => ({ file: path, ...src.placeOf(p, key) });
  const diagnostics = [...src.diagnostics];
  if (src.value === undefined) return { config: configOf({}, dir), diagnostics, placeOf, sets: () => false };
  for (const p of checkSchema('teipress.config.schema.json', src.value)) diagnostics.push(diagnostic('build/config', placeOf(p.path, p.atKey), p.message));
  const raw = isObject(src.value) ? src.value : {};
  diagnostics.push(...patternProblems(raw, placeOf));
  diagnostics.push(...controlCharacterDiagnostics(src, path, 'config'));
  return { config: configOf(raw, dir), diagnostics: sortDiagnostics(diagnostics), placeOf, sets: (k) => Object.hasOwn(raw, k) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The config from a parsed object; values of the wrong type (already reported) give the defaults. */
function configOf(raw: Record<string, unknown>, dir: string): EditionConfig {
  const str = (k: string, d: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : d);
  const licence = isObject(raw.licence) ? raw.licence : undefined;
  const folder = (k: FolderKey) => folderName(str(k, DEFAULT_FOLDERS[k]));
  return {
    title: str('title', 'teipress edition'),
    edition: {
      publisher: str('publisher', str('title', 'teipress edition')),
      language: str('language', 'en'),
      ...(licence && typeof licence.name === 'string' ? { licence: { name: licence.name, ...(typeof licence.url === 'string' ? { url: licence.url } : {}) } } : {}),
    },
    profile: profileOf(raw.profile),
    transcripts: folder('transcripts'),
    tei: folder('tei'),
    dist: folder('dist'),
    pageSize: raw.pageSize === 'letter' ? 'letter' : 'a4',
    dateFormat: raw.dateFormat === 'mdy' || raw.dateFormat === 'iso' ? raw.dateFormat : 'dmy',
    deposit: depositSettingsOf(raw.deposit),
    schematron: Array.isArray(raw.schematron) ? raw.schematron.filter((s): s is string => typeof s === 'string').map((s) => join(dir, s)) : [],
  };
}

/**
 * A folder setting as the build uses it: one trailing slash after a name is dropped (`site/`
 * is `site`), so every path made from it is the folder's own (`site.tmp-PID` beside it, not
 * `site/.tmp-PID` inside it). Anything else stays as written for the folder checks to judge.
 */
function folderName(value: string): string {
  return value.replace(/(?<=[^/])\/$/u, '');
}

/** The profile a setting names or overrides; a setting the schema refused (already reported) gives the default. */
function profileOf(setting: unknown): Profile {
  const r = resolveProfileSetting(setting);
  return 'profile' in r ? r.profile : usGovernment20c;
}

/** Stamp patterns are regular expressions: one that does not compile is reported where it stands. */
function patternProblems(raw: Record<string, unknown>, placeOf: (p: readonly JsonPathSegment[]) => Place): Diagnostic[] {
  const stamps = isObject(raw.profile) && Array.isArray(raw.profile.stamps) ? raw.profile.stamps : [];
  const out: Diagnostic[] = [];
  stamps.forEach((s: unknown, i) => {
    const patterns = isObject(s) && Array.isArray(s.patterns) ? s.patterns : [];
    patterns.forEach((p: unknown, j) => {
      if (typeof p !== 'string') return;
      try {
        new RegExp(p, 'iu');
      } catch (e) {
        const path = ['profile', 'stamps', i, 'patterns', j];
        out.push(diagnostic('build/config', placeOf(path), `"${pathLabel(path)}" is not a regular expression (${(e as Error).message}).`));
      }
    });
  });
  return out;
}

/**
 * The nearest `teipress.config.json` in `from` or a folder above it (as tsc and eslint find
 * theirs), or undefined when there is none up to the file system's root.
 */
export async function findConfig(from: string): Promise<string | undefined> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

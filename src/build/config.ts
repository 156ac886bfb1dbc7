import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { mergeProfile, type Profile, type ProfileOverride } from '../profiles/profile.js';
import { usGovernment20c } from '../profiles/us-government-20c.js';
import type { EditionSettings } from '../convert/index.js';
import { readOptional } from './fs.js';
import { jsonErrorPlace } from './json-error.js';

/** The edition's settings (`teipress.config.json` at the edition's root; every key optional). */
export interface EditionConfig {
  readonly title: string;
  readonly edition: EditionSettings;
  readonly profile: Profile;
  readonly transcripts: string;
  readonly tei: string;
  readonly dist: string;
  readonly schematron: readonly string[];
}

export const CONFIG_FILE = 'teipress.config.json';

/** Reads the config of the edition in `dir`; a missing file gives the defaults. */
export async function loadConfig(dir: string): Promise<{ config: EditionConfig; diagnostics: Diagnostic[] }> {
  const path = join(dir, CONFIG_FILE);
  const bytes = await readOptional(path);
  let raw: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  if (bytes) {
    try {
      const v: unknown = JSON.parse(bytes.toString('utf8'));
      if (typeof v === 'object' && v && !Array.isArray(v)) raw = v as Record<string, unknown>;
      else diagnostics.push(diagnostic('build/config', { file: path, line: 1, column: 1 }, 'The config must be a JSON object.'));
    } catch (e) {
      diagnostics.push(diagnostic('build/config', { file: path, ...jsonErrorPlace(bytes.toString('utf8'), e) }, `The config is not valid JSON (${(e as Error).message}).`));
    }
  }
  const str = (k: string, d: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : d);
  const licence = raw.licence as { name?: unknown; url?: unknown } | undefined;
  const config: EditionConfig = {
    title: str('title', 'teipress edition'),
    edition: {
      publisher: str('publisher', str('title', 'teipress edition')),
      language: str('language', 'en'),
      ...(licence && typeof licence.name === 'string' ? { licence: { name: licence.name, ...(typeof licence.url === 'string' ? { url: licence.url } : {}) } } : {}),
    },
    profile: mergeProfile(usGovernment20c, raw.profile as ProfileOverride | undefined),
    transcripts: str('transcripts', 'transcripts'),
    tei: str('tei', 'tei'),
    dist: str('dist', 'dist'),
    schematron: Array.isArray(raw.schematron) ? raw.schematron.filter((s): s is string => typeof s === 'string').map((s) => join(dir, s)) : [],
  };
  return { config, diagnostics };
}

import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { loadConfig, type EditionConfig } from './config.js';
import { distState } from '../node/dist-swap.js';
import { resolveFolders, type FolderKey } from '../node/folders.js';

/** An edition a build may write to: its config and folders (paths as the user named them). */
export interface Preflight {
  readonly config?: EditionConfig;
  readonly folders?: Readonly<Record<FolderKey, string>>;
  readonly diagnostics: Diagnostic[];
}

const FOLDER_KEYS: readonly FolderKey[] = ['transcripts', 'tei', 'dist'];

/**
 * Everything a build checks before it writes or deletes anything: the config (any error stops
 * the build), that each folder setting lies inside the edition and apart from the others, and
 * that `dist` is absent, empty or teipress's own. The config is `configPath` when given, else
 * the edition's own `teipress.config.json`. Reads only.
 */
export async function preflight(dir: string, configPath?: string): Promise<Preflight> {
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) return { diagnostics: [diagnostic('build/no-input', { file: dir, line: 1, column: 1 }, `The edition folder ${dir} does not exist or is not a folder.`)] };
  const { config, diagnostics, placeOf, sets } = await loadConfig(dir, configPath);
  if (hasErrors(diagnostics)) return { diagnostics };
  const settings = { transcripts: config.transcripts, tei: config.tei, dist: config.dist };
  const where = (key: FolderKey) => (sets(key) ? placeOf([key]) : { file: relative(process.cwd(), join(dir, settings[key])) || '.', line: 1, column: 1 });
  const { problems } = await resolveFolders(dir, settings, config.schematron, new Set(FOLDER_KEYS.filter(sets)));
  if (problems.length) return { diagnostics: [...diagnostics, ...problems.map((p) => diagnostic('build/config', where(p.key), p.message))] };
  const folders = Object.fromEntries(FOLDER_KEYS.map((k) => [k, join(dir, settings[k])])) as Record<FolderKey, string>;
  const state = await distState(folders.dist);
  if (typeof state === 'object') {
    return { diagnostics: [...diagnostics, diagnostic('build/dist-not-ours', where('dist'), `The dist folder ${relative(process.cwd(), folders.dist) || '.'} ${state.refuse}; a build replaces only a dist folder it made, so nothing was written. Move it away or set another "dist".`)] };
  }
  return { config, folders, diagnostics };
}

import { basename, extname, join, dirname } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { usGovernment20c } from '../profiles/us-government-20c.js';
import type { Profile } from '../profiles/profile.js';
import type { EditionSettings } from '../convert/index.js';
import { convertFile, type ConvertedFile } from './convert-files.js';
import { writeAtomic, writeFailure } from '../node/fs.js';

/** Options of `teipress convert`. */
export interface ConvertFilesOptions {
  /** Where to write `<basename>.xml`; default: beside each input. `'-'` writes to stdout (one input). */
  readonly outDir?: string;
  readonly profile?: Profile;
  /** Edition-wide header settings (publisher, licence, language). */
  readonly edition?: EditionSettings;
}

/**
 * Converts transcript files and writes each TEI atomically (`DIR/<basename>.xml`, or beside
 * the input). A file that cannot be converted writes nothing; one that cannot be written
 * (the folder is a file, permissions, a name too long) is a `build/write-failed` diagnostic.
 * Returns the results.
 */
export async function convertFiles(paths: readonly string[], opts: ConvertFilesOptions = {}): Promise<{ results: ConvertedFile[]; diagnostics: Diagnostic[]; written: string[] }> {
  const results: ConvertedFile[] = [];
  const written: string[] = [];
  const failed: Diagnostic[] = [];
  for (const p of paths) {
    const r = await convertFile(p, { profile: opts.profile ?? usGovernment20c, ...(opts.edition ? { edition: opts.edition } : {}) });
    results.push(r);
    if (!r.xml || opts.outDir === '-') continue;
    const out = join(opts.outDir ?? dirname(p), `${basename(p, extname(p))}.xml`);
    try {
      await writeAtomic(out, r.xml);
      written.push(out);
    } catch (e) {
      failed.push(writeFailure(out, e));
    }
  }
  return { results, diagnostics: [...results.flatMap((r) => r.diagnostics), ...failed], written };
}

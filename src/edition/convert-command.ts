import { basename, extname, join, dirname } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { usGovernment20c } from '../profiles/us-government-20c.js';
import type { Profile } from '../profiles/profile.js';
import type { EditionSettings } from '../convert/index.js';
import { convertFile, type ConvertedFile } from './convert-files.js';
import { schemaChecks } from './schema-check.js';
import { writeAtomic, writeFailure } from '../node/fs.js';
import { heapModeFor, withHeapMode } from '../node/heap-sizing.js';
import { stat } from 'node:fs/promises';

/** Options of `teipress convert`. */
export interface ConvertFilesOptions {
  /** Where to write `<basename>.xml`; default: beside each input. `'-'` writes to stdout (one input). */
  readonly outDir?: string;
  readonly profile?: Profile;
  /** Edition-wide header settings (publisher, licence, language). */
  readonly edition?: EditionSettings;
  /** Keep each file's IR in its result, for the conversion report (default false: it is as large as the text). */
  readonly keepTranscripts?: boolean;
  /** Keep each file's source map in its result (default false: an entry per element, and writing a file needs none). */
  readonly sourceMaps?: boolean;
}

/**
 * Converts transcript files and writes each TEI atomically (`DIR/<basename>.xml`, or beside
 * the input). A file that cannot be converted writes nothing; one that cannot be written
 * (the folder is a file, permissions, a name too long) is a `build/write-failed` diagnostic.
 * Returns the results; their TEI (`xml`) only for `outDir` `'-'`, since the files hold it.
 * Each TEI is written in chunks as they are made, never held whole, so memory follows the
 * largest input, not the sum of them.
 */
export async function convertFiles(paths: readonly string[], opts: ConvertFilesOptions = {}): Promise<{ results: ConvertedFile[]; diagnostics: Diagnostic[]; written: string[] }> {
  const results: ConvertedFile[] = [];
  const written: string[] = [];
  const failed: Diagnostic[] = [];
  const toStdout = opts.outDir === '-';
  const checks = schemaChecks();
  for (const p of paths) {
    const settings = { profile: opts.profile ?? usGovernment20c, ...(opts.edition ? { edition: opts.edition } : {}) };
    // A large transcript is converted (and its TEI written, which makes it) with V8's heap sized for memory.
    const size = await stat(p).then((s) => s.size, () => 0);
    await withHeapMode(heapModeFor(size), async () => {
      const { stream, ...r } = await convertFile(p, { ...settings, streamed: !toStdout, keepTranscript: opts.keepTranscripts === true, checks, sourceMap: opts.sourceMaps === true });
      results.push(r);
      if (!stream) return;
      const out = join(opts.outDir ?? dirname(p), `${basename(p, extname(p))}.xml`);
      try {
        await writeAtomic(out, stream);
        written.push(out);
      } catch (e) {
        failed.push(writeFailure(out, e));
      }
    });
  }
  return { results, diagnostics: [...results.flatMap((r) => r.diagnostics), ...failed], written };
}

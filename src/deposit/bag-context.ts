/**
 * What the checks of one `verify` run share: the bag, how it is shown, its version and tag-file
 * encoding, and the diagnostics found so far.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeTagFile } from './tag-files.js';

/** The state of one verification. */
export interface BagContext {
  readonly root: string;
  readonly display: string;
  /** BagIt 1.0 or later: percent-decoding of paths, repeated entries are errors. */
  readonly strict: boolean;
  readonly encoding: string;
  readonly ds: Diagnostic[];
}

/** Reads a tag file in the bag's declared encoding; reports and returns undefined when it cannot. */
export async function readTagFile(ctx: BagContext, name: string): Promise<string | undefined> {
  const bytes = await readFile(join(ctx.root, name)).catch(() => undefined);
  const text = bytes && decodeTagFile(bytes, ctx.encoding);
  if (text === undefined) ctx.ds.push(diagnostic('verify/tag-encoding', { file: join(ctx.display, name), line: 1, column: 1 }, `${name} cannot be read as ${ctx.encoding}, the encoding bagit.txt declares.`));
  return text === undefined ? undefined : text.replace(/^\uFEFF/u, '');
}


/**
 * The fixity pass of `verify`: each file is read once, streaming, for all the algorithms its
 * manifests use, a few files at a time; each digest is compared with its manifest entry.
 */
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { hashFile, nodeAlgorithm } from './hash.js';
import { mapLimit } from '../util/map-limit.js';
import type { Resolved } from './manifest-check.js';

const PARALLEL = 8;

/** Checks every resolved entry; returns the size of each file read (by bag path). */
export async function checkFixity(root: string, entries: readonly Resolved[], ds: Diagnostic[]): Promise<Map<string, number>> {
  const byFile = new Map<string, Resolved[]>();
  const unsupported = new Set<string>();
  for (const e of entries) {
    if (!nodeAlgorithm(e.algorithm)) {
      if (!unsupported.has(e.display)) ds.push(diagnostic('verify/algorithm', { file: e.display, line: 1, column: 1 }, `${e.algorithm} is not an algorithm this runtime computes; the manifest is not checked.`));
      unsupported.add(e.display);
      continue;
    }
    byFile.set(e.disk, [...(byFile.get(e.disk) ?? []), e]);
  }
  const sizes = new Map<string, number>();
  await mapLimit([...byFile], PARALLEL, async ([file, es]) => {
    const algorithms = [...new Set(es.map((e) => e.algorithm))];
    const got = await hashFile(join(root, file), algorithms).catch(() => undefined);
    if (!got) return void ds.push(diagnostic('verify/unreadable', { file: es[0]?.display ?? file, line: es[0]?.line ?? 1, column: 1 }, `${file} could not be read.`));
    sizes.set(file, got.size);
    for (const e of es.filter((x) => got.digests[x.algorithm] !== x.digest)) {
      ds.push(diagnostic('verify/checksum', { file: e.display, line: e.line, column: 1 }, `${file} has ${e.algorithm} ${got.digests[e.algorithm] ?? '?'}, but the manifest says ${e.digest}.`));
    }
  });
  return sizes;
}

/**
 * fetch.txt (RFC 8493 §2.2.3): `URL LENGTH FILEPATH` lines. teipress never fetches; it reports
 * each URL, refuses paths that leave the bag, and returns the paths so that a missing file
 * can be explained.
 */
import { join } from 'node:path';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { decodePath, staysInside, tagLines } from './manifest.js';
import { readTagFile, type BagContext } from './bag-context.js';

const LINE = /^([^ \t]+)[ \t]+([0-9]+|-)[ \t]+(.+)$/u;

/** Reads fetch.txt when `present`; reports every line. */
export async function readFetch(ctx: BagContext, present: boolean): Promise<Set<string>> {
  const paths = new Set<string>();
  const text = present ? await readTagFile(ctx, 'fetch.txt') : undefined;
  if (text === undefined) return paths;
  tagLines(text).forEach((raw, i) => {
    const place = { file: join(ctx.display, 'fetch.txt'), line: i + 1, column: 1 };
    if (/^[ \t]*$/u.test(raw)) return;
    const m = LINE.exec(raw);
    if (!m) return void ctx.ds.push(diagnostic('verify/manifest-line', place, `"${raw}" is not a "URL LENGTH FILEPATH" line.`));
    const path = ctx.strict ? decodePath(m[3] ?? '') : (m[3] ?? '');
    if (!staysInside(path) || !path.startsWith('data/')) return void ctx.ds.push(diagnostic('verify/path-escape', place, `${path} ${staysInside(path) ? 'is not under data/' : 'leaves the bag'}; fetch.txt may name payload files only.`));
    paths.add(path);
    ctx.ds.push(diagnostic('verify/fetch', place, `${path} is to be fetched from ${m[1] ?? ''}; teipress does not fetch.`));
  });
  return paths;
}

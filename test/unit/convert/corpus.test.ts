import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../../src/convert/index.js';
import { validateDocuments } from '../../../src/index.js';
import { conserved, failedChecks } from './corpus/expectations.js';
import { els, parseTei, textOf } from './corpus/tei-tree.js';

const shared = join(import.meta.dirname, '../../../../shared');
const SETS = [join(shared, 'samples'), join(shared, 'corpus/nara-ocr')];
const present = SETS.every((d) => existsSync(d));

/**
 * The structure checks passing at the last measured level (of 328): a regression below it
 * fails. Raise it when the converter gets better; never lower it to make a change pass.
 */
const STRUCTURE_FLOOR = 321;
/**
 * Robustness checks passing (written, well-formed, valid, text conserved ≥ 0.999; four a file) of 168: all of them.
 */
const ROBUST_FLOOR = 168;

interface Case { readonly file: string; readonly spec: Record<string, unknown> }

function cases(): Case[] {
  return SETS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt') && existsSync(join(d, f + '.expect.json'))).sort().map((f) => ({ file: join(d, f), spec: JSON.parse(readFileSync(join(d, f + '.expect.json'), 'utf8')) as Record<string, unknown> })));
}

describe.skipIf(!present)('the corpus and the samples (skipped when ../shared is absent)', () => {
  it('meets the expert expectations at least as well as last measured, and every file is robust', async () => {
    const all = cases();
    const results = all.map((c) => {
      const src = readFileSync(c.file);
      const xml = convertBytes(src, { file: c.file }).xml;
      const tei = xml ? parseTei(xml) : undefined;
      const kept = tei ? conserved(src.toString('utf8'), textOf(els(tei, 'text')[0]!)) : 0;
      return { c, xml, tei, kept, failed: tei ? failedChecks(tei, c.spec) : Object.keys(c.spec) };
    });
    const errors = await validateDocuments(results.filter((r) => r.xml).map((r) => ({ file: r.c.file, xml: r.xml! })), { rules: false });
    const invalid = new Set(errors.filter((d) => d.severity === 'error').map((d) => d.file));
    // Four robustness checks a file, as the corpus tool counts them: written, well-formed, valid, conserved.
    const robust = results.reduce((n, r) => n + (r.xml ? 1 : 0) + (r.tei ? 1 : 0) + (r.tei && !invalid.has(r.c.file) ? 1 : 0) + (r.kept >= 0.999 ? 1 : 0), 0);
    const checks = results.reduce((n, r) => n + Object.keys(r.c.spec).length, 0);
    const passed = results.reduce((n, r) => n + Object.keys(r.c.spec).length - r.failed.length, 0);
    // CORPUS_DEBUG=1 lists the files that miss a check, for whoever raises the floor.
    if (process.env.CORPUS_DEBUG) console.log(robust, passed, results.filter((r) => r.failed.length || r.kept < 0.999 || invalid.has(r.c.file)).map((r) => `${r.c.file.split("/").pop()!.slice(0, 40)} ${r.kept.toFixed(4)} ${invalid.has(r.c.file)} ${r.failed.join("; ")}`).join("\n"));
    expect({ files: results.length, checks, robustAtLeastFloor: robust >= ROBUST_FLOOR, structureAtLeastFloor: passed >= STRUCTURE_FLOOR }).toEqual({ files: 42, checks: 328, robustAtLeastFloor: true, structureAtLeastFloor: true });
  }, 120_000);
});

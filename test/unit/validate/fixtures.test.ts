/**
 * The fixture suite: every file under test/fixtures/validate/<case>/{valid,invalid}/ is
 * validated in ONE batch (all layers, plus the fixture Schematron). A valid fixture gives no
 * diagnostic; an invalid one gives exactly its golden `<name>.expected.txt` (regenerate with
 * UPDATE=1; a missing golden fails) and at least one diagnostic of its case's rule id at the line the golden names.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDocuments } from '../../../src/validate/index.js';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';

const ROOT = new URL('../../fixtures/validate/', import.meta.url).pathname;
const SCHEMATRON = join(ROOT, 'schematron/rules.sch');

/** The rule id an invalid fixture of each case must produce. */
const CASE_RULE: Record<string, string> = {
  'well-formed': 'validate/',
  schematron: 'validate/schematron',
};

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? fixtureFiles(p) : n.endsWith('.xml') ? [p] : [];
  });
}

const files = fixtureFiles(ROOT).map((p) => relative(ROOT, p));
let byFile: Map<string, Diagnostic[]>;

beforeAll(async () => {
  const inputs = files.map((file) => ({ file, xml: new Uint8Array(readFileSync(join(ROOT, file))) }));
  const ds = await validateDocuments(inputs, { schematron: [SCHEMATRON] });
  byFile = new Map(files.map((f) => [f, ds.filter((d) => d.file === f)]));
}, 60_000);

describe('valid fixtures', () => {
  for (const file of files.filter((f) => f.includes('/valid/'))) {
    it(`${file} gives no diagnostic`, () => {
      expect(byFile.get(file)).toEqual([]);
    });
  }
});

describe('invalid fixtures', () => {
  for (const file of files.filter((f) => f.includes('/invalid/'))) {
    const golden = join(ROOT, file.replace(/\.xml$/, '.expected.txt'));
    it(`${file} gives exactly the diagnostics of its golden file`, () => {
      const actual = (byFile.get(file) ?? []).map(formatDiagnostic).join('\n') + '\n';
      // A golden is written only on request (UPDATE=1, then reviewed as the spec); a missing one fails.
      if (process.env.UPDATE === '1') writeFileSync(golden, actual);
      expect(existsSync(golden), `no golden ${golden}: run with UPDATE=1 and review it`).toBe(true);
      expect(actual).toEqual(readFileSync(golden, 'utf8'));
    });
    it(`${file} is reported with its case's rule id at a line the golden names`, () => {
      const kase = file.split('/')[0] ?? '';
      const rule = CASE_RULE[kase] ?? `validate/${kase}`;
      const ds = byFile.get(file) ?? [];
      const hits = ds.filter((d) => d.rule.startsWith(rule));
      expect(hits.length).toBeGreaterThan(0);
      const goldenLines = readFileSync(golden, 'utf8').split('\n');
      for (const d of hits) expect(goldenLines).toContain(formatDiagnostic(d));
    });
  }
});

/**
 * Schema errors are reported at the element or attribute that is wrong, where jing (Debian's,
 * an independent validator) reports them. jing gives the place just after the start tag that
 * holds the error; teipress gives the `<` of the element or the first character of the
 * attribute's name. Each teipress place is mapped to the end of its start tag, and the sets of
 * places must be equal, for the project schema and for tei_all, on a fixture with unknown
 * elements and bad attributes in the header, the opener, paragraphs and a division.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocuments } from '../../../src/validate/index.js';
import { LineIndex } from '../../../src/ir/position.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FILE = join(ROOT, 'test/fixtures/validate/project-schema/invalid/several-places.xml');
const JING = '/usr/bin/jing';
const TEXT = readFileSync(FILE, 'utf8');
const IDX = new LineIndex(TEXT);

/** Offset of a 1-based line and column. */
function offsetOf(line: number, column: number): number {
  let lo = 0;
  for (let l = 1; l < line; l++) lo = TEXT.indexOf('\n', lo) + 1;
  return lo + column - 1;
}

/** The place just after the start tag that contains `line:column` (where jing reports). */
function endOfStartTag(line: number, column: number): string {
  const p = IDX.at(TEXT.indexOf('>', offsetOf(line, column)) + 1);
  return `${p.line}:${p.column}`;
}

function jingPlaces(schema: string): string[] {
  const r = spawnSync(JING, [join(ROOT, 'schema', schema), FILE], { encoding: 'utf8' });
  return [...new Set(r.stdout.split('\n').flatMap((l) => /:(\d+):(\d+): error:/u.exec(l)?.slice(1, 3).join(':') ?? []))].sort();
}

async function ourPlaces(rule: 'validate/project-schema' | 'validate/tei-all'): Promise<string[]> {
  const ds = await validateDocuments([{ file: FILE, xml: TEXT }], { rules: false, projectSchema: rule === 'validate/project-schema', teiAll: rule === 'validate/tei-all' });
  return [...new Set(ds.filter((d) => d.rule === rule).map((d) => endOfStartTag(d.line, d.column)))].sort();
}

describe.skipIf(!existsSync(JING))('schema error places, compared with jing', () => {
  it('are jing\'s places for the project schema', async () => {
    const jing = jingPlaces('teipress.rng');
    expect(jing.length).toBeGreaterThan(5);
    expect(await ourPlaces('validate/project-schema')).toEqual(jing);
  }, 30_000);

  it('are jing\'s places for tei_all', async () => {
    const jing = jingPlaces('tei_all.rng');
    expect(jing.length).toBeGreaterThan(4);
    expect(await ourPlaces('validate/tei-all')).toEqual(jing);
  }, 60_000);
});

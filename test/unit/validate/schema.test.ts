/**
 * The project schema is current with its generator and, empirically, a subset of tei_all:
 * every fixture (and the shared example) that teipress.rng accepts, tei_all accepts too —
 * checked with Debian's jing as an independent oracle. Also: the shared example is valid
 * against tei_all. jing compiles tei_all in about 2 s, so these checks stay fast.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'test/fixtures/validate');
/** The shared example encoding, beside the repository (read-only); tests that need it skip without it. */
const EXAMPLE = new URL('../../../../shared/samples/example-encoding.xml', import.meta.url).pathname;
const HAS_EXAMPLE = existsSync(EXAMPLE);

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? xmlFiles(p) : n.endsWith('.xml') ? [p] : [];
  });
}

/** Files jing reports as invalid (its messages start with the file path). */
function jingInvalid(schema: string, files: readonly string[]): string[] {
  const r = spawnSync('/usr/bin/jing', [join(ROOT, 'schema', schema), ...files], { encoding: 'utf8' });
  const bad = new Set(r.stdout.split('\n').map((l) => l.split(':')[0]).filter((f): f is string => !!f && files.includes(f)));
  return [...bad].sort();
}

describe('schema/teipress.rng', () => {
  it('is what scripts/derive-schema.mjs generates from schema/tei_all.rng', () => {
    expect(() => execFileSync('node', [join(ROOT, 'scripts/derive-schema.mjs'), '--check'])).not.toThrow();
  });

  it('accepts only documents that tei_all also accepts (jing as oracle)', () => {
    const candidates = [...xmlFiles(FIXTURES).filter((f) => !f.includes('/well-formed/')), ...(HAS_EXAMPLE ? [EXAMPLE] : [])];
    const projectInvalid = new Set(jingInvalid('teipress.rng', candidates));
    const projectValid = candidates.filter((f) => !projectInvalid.has(f));
    expect(projectValid.length).toBeGreaterThan(10);
    expect(jingInvalid('tei_all.rng', projectValid)).toEqual([]);
  }, 30_000);

  it('rejects a verse group that tei_all allows (it is a real restriction)', () => {
    const file = join(FIXTURES, 'project-schema/invalid/outside-vocabulary.xml');
    expect([jingInvalid('teipress.rng', [file]), jingInvalid('tei_all.rng', [file])]).toEqual([[file], []]);
  }, 30_000);
});

describe('the shared example encoding', () => {
  it.skipIf(!HAS_EXAMPLE)('is valid against tei_all and against the project schema (jing; needs ../shared/samples)', () => {
    expect([jingInvalid('tei_all.rng', [EXAMPLE]), jingInvalid('teipress.rng', [EXAMPLE])]).toEqual([[], []]);
  }, 30_000);
});

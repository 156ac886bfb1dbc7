import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBag } from '../../../src/deposit/bag-verifier.js';

// The Library of Congress BagIt conformance suite, in the shared folder beside the repository.
const suite = join(import.meta.dirname, '../../../../shared/conformance/bagit');
const present = existsSync(suite);

type Verdict = 'valid' | 'invalid' | 'warning';
const cases: { version: string; verdict: Verdict; name: string }[] = present
  ? ['v0.97', 'v1.0'].flatMap((version) => (['valid', 'invalid', 'warning'] as const).flatMap((verdict) => {
    const dir = join(suite, version, verdict);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).map((name) => ({ version, verdict, name }));
  }))
  : [];

// Valid bags that still get a warning, and why: the suite files the same feature in two folders.
const WARNS_BY_DESIGN: Readonly<Record<string, string>> = {
  'v0.97/valid/bag-with-leading-dot-slash-in-manifest': 'a ./ path prefix: the suite files it as a warning in v0.97/warning/relative-path',
  'v0.97/valid/holey-bag': 'fetch.txt URLs are always reported (never fetched)',
};

// Why each invalid bag is invalid: the rule that must fire (a bag refused for another reason is a bug).
const REASON: Readonly<Record<string, string>> = {
  'v0.97/invalid/baginfo-missing-encoding': 'verify/bagit-txt',
  'v0.97/invalid/bom-in-bagit.txt': 'verify/bagit-txt',
  'v0.97/invalid/corrupt-data-file': 'verify/checksum',
  'v0.97/invalid/corrupt-tag-file': 'verify/checksum',
  'v0.97/invalid/extra-file-in-bag': 'verify/unlisted-file',
  'v0.97/invalid/invalid-version-number': 'verify/bagit-txt',
  'v0.97/invalid/missing-baginfo': 'verify/missing-file',
  'v0.97/invalid/missing-bagit.txt': 'verify/not-a-bag',
  'v0.97/invalid/out-of-scope-file-paths-using-dot-notation': 'verify/path-escape',
  'v0.97/invalid/out-of-scope-file-paths-using-dot-notation-for-fetch': 'verify/path-escape',
  'v0.97/invalid/same-filename-listed-twice-with-different-hashes': 'verify/duplicate-entry',
  'v1.0/invalid/bagit-with-invalid-whitespace': 'verify/bagit-txt',
  'v1.0/invalid/notAllManifestsListAllFiles': 'verify/unlisted-file',
  'v1.0/invalid/same-filename-listed-twice-with-different-hashes': 'verify/duplicate-entry',
  'v1.0/invalid/same-filename-listed-twice-with-the-same-hash': 'verify/duplicate-entry',
};

describe.skipIf(!present)('verify classifies every case of the Library of Congress BagIt conformance suite', () => {
  it('finds the suite\'s cases (both versions, all three verdicts)', () => {
    expect(new Set(cases.map((c) => `${c.version}/${c.verdict}`))).toEqual(new Set(['v0.97/valid', 'v0.97/invalid', 'v0.97/warning', 'v1.0/valid', 'v1.0/invalid']));
  });

  it.each(cases)('$version/$verdict/$name', async ({ version, verdict, name }) => {
    const key = `${version}/${verdict}/${name}`;
    const r = await verifyBag(join(suite, key), key);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning');
    if (verdict === 'invalid') expect(errors.map((d) => d.rule)).toContain(REASON[key] ?? 'an entry in REASON');
    else expect(errors).toEqual([]);
    if (verdict === 'warning') expect(warnings.length).toBeGreaterThan(0);
    if (verdict === 'valid' && !WARNS_BY_DESIGN[key]) expect(warnings).toEqual([]);
  });
});

describe.skipIf(present)('the BagIt conformance suite', () => {
  it.skip('is absent (../shared/conformance/bagit not found): the suite is not run', () => undefined);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findNonUnicodeRegexes, type RegexFinding, tsFilesUnder } from './find-regexes.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Regexes allowed without `u`: only those that provably never see transcript text.
 * Empty on purpose — every regex in src/ is code-point based.
 */
const ALLOWED: readonly string[] = [];

/** One finding as one line of the failure message: `file:line: reason: source`. */
const line = (f: RegexFinding): string => `${f.place}: ${f.reason}: ${f.text}`;

/** A small project with one regex of each kind, so the finder is shown to find them. */
const SAMPLE = [
  "const a = /x/g;", // 1: literal without u
  "const b = /x/gu;", // 2: fine
  "const c = /x/v;", // 3: fine
  "const d = new RegExp('x', 'i');", // 4: flags without u
  "const e = new RegExp('x', 'iu');", // 5: fine
  "const f = RegExp('x');", // 6: no flags
  "const flags = 'u';",
  "const g = new RegExp('x', flags);", // 8: flags not a literal
  "const R = RegExp;", // 9: alias
  "const h = new globalThis.RegExp('x', 'g');", // 10: through globalThis
  "const i = 'abc'.match('b');", // 11: string pattern
  "const j = 'abc'.match(b);", // 12: fine (a RegExp)
  "const k = new RegExp(/x/u);", // 13: fine (copies the literal's flags)
  "const l = (v: unknown): boolean => v instanceof RegExp;", // 14: fine
  "let m: RegExp | undefined;", // 15: fine
  "export { a, b, c, d, e, f, g, R, h, i, j, k, l, m };",
].join('\n');

describe('every regex in src/ is code-point based', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-regexes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the finder reports each kind of non-unicode regex, at its line, and nothing else', () => {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', strict: true, types: [] }, include: ['*.ts'] }));
    writeFileSync(join(dir, 'sample.ts'), `${SAMPLE}\n`);
    const found = findNonUnicodeRegexes(dir, 'tsconfig.json', [join(dir, 'sample.ts')]);
    expect(found.map((f) => [f.place, f.reason])).toEqual([
      ['sample.ts:1', 'regex literal lacks u or v'],
      ['sample.ts:4', 'RegExp(...) flags lack u or v'],
      ['sample.ts:6', 'RegExp(...) without flags'],
      ['sample.ts:8', 'RegExp(...) flags are not a string literal'],
      ['sample.ts:9', 'RegExp used as a value (an alias would escape this check)'],
      ['sample.ts:10', 'RegExp(...) flags lack u or v'],
      ['sample.ts:11', 'string pattern compiled without u'],
    ]);
  });

  it('no file under src/ has a regex without the u (or v) flag beyond the allow-list', () => {
    const found = findNonUnicodeRegexes(ROOT, 'tsconfig.json', tsFilesUnder(join(ROOT, 'src')));
    expect(found.map(line)).toEqual(ALLOWED);
  });
});

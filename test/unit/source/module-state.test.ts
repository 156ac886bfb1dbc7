import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findModuleState, type StateFinding } from './find-module-state.js';
import { tsFilesUnder } from './find-regexes.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/** One finding as one line of the failure message: `file:line: reason: name`. */
const line = (f: StateFinding): string => `${f.place}: ${f.reason}: ${f.name}`;

/** A finding without its line (lines move as files change): `file: reason: name`. */
const unplaced = (f: StateFinding): string => `${f.place.replace(/:[0-9]+$/u, '')}: ${f.reason}: ${f.name}`;

/**
 * The module-scope state still in src/: none. The date tables are a conversion's
 * (`convert/dates/date-tables.ts`, in its memo), and so is the edit distance's scratch table
 * (`distanceScratch`). A finding here is state to move into a context or a memo.
 */
const REMAINING: readonly string[] = [];

/** A small module with one piece of state of each kind, and the constant forms that are fine. */
const SAMPLE = [
  'let counter = 0;', // 1: let
  'var legacy = 1;', // 2: var
  'export let exported: string | undefined;', // 3: exported let
  'const cache = new Map<string, number>();', // 4: a Map
  'const seen = new Set<string>();', // 5: a Set
  'const memo = new WeakMap<object, number>();', // 6: a WeakMap, even typed read-only elsewhere
  'const rows = new Int32Array(8);', // 7: a typed array
  'const queue: string[] = [];', // 8: an array literal, pushed below
  'const registry: Record<string, number> = {};', // 9: an object literal, assigned into below
  'const table = { a: 1 } as const;', // 10: fine (frozen by the type, never mutated)
  'const NAMES: ReadonlySet<string> = new Set([\'a\']);', // 11: fine (a read-only view)
  'const FROZEN = Object.freeze([1, 2]);', // 12: fine
  'const list = [1, 2, 3];', // 13: fine (never mutated)
  'const sorted = [3, 1];', // 14: sorted in place below
  'const bag = { n: 0 };', // 15: incremented below
  'class Pool {', // 16
  '  static count = 0;', // 17: a static field that is not readonly
  '  static readonly all = new Map<string, Pool>();', // 18: a static container
  '  static readonly NAME = \'pool\';', // 19: fine
  '}',
  'export function use(): number {',
  '  queue.push(\'x\');',
  '  registry[\'k\'] = 1;',
  '  sorted.sort();',
  '  bag.n++;',
  '  const local = new Map<string, number>();', // fine: not module scope
  '  local.set(\'a\', 1);',
  '  return counter + legacy + cache.size + seen.size + rows.length + table.a + NAMES.size + FROZEN.length + list.length + local.size + Pool.count + Pool.all.size + Pool.NAME.length + (memo.has(bag) ? 1 : 0) + (exported?.length ?? 0);',
  '}',
  'const merged: Record<string, number> = {};', // 30: assigned into through Object.assign
  'const pruned: Record<string, number> = { a: 1 };', // 31: a key deleted
  "export function prune(): number { Object.assign(merged, { a: 1 }); delete pruned['a']; return Object.keys(merged).length; }",
  'function lineMemo<T>(f: (t: string) => T): (t: string) => T { const m = new Map<string, T>(); return (t) => m.get(t) ?? f(t); }', // 33
  'export const measured = lineMemo((t: string) => t.length);', // 34: a closure over the memo's Map
  'export const length = ((t: string) => t.length)(\'ab\');', // 35: fine (a call that returns no closure)
].join('\n');

describe('no module in src/ keeps mutable state at module scope', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the walker reports each kind of module-global state, at its line, and no constant', () => {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', strict: true, types: [] }, include: ['*.ts'] }));
    writeFileSync(join(dir, 'sample.ts'), `${SAMPLE}\n`);
    const found = findModuleState(dir, 'tsconfig.json', [join(dir, 'sample.ts')]);
    expect(found.map(line)).toEqual([
      'sample.ts:1: module-scope let: counter',
      'sample.ts:2: module-scope var: legacy',
      'sample.ts:3: module-scope let: exported',
      'sample.ts:4: module-scope new Map: cache',
      'sample.ts:5: module-scope new Set: seen',
      'sample.ts:6: module-scope new WeakMap: memo',
      'sample.ts:7: module-scope new Int32Array: rows',
      'sample.ts:8: module-scope array literal that is mutated: queue',
      'sample.ts:9: module-scope object literal that is mutated: registry',
      'sample.ts:14: module-scope array literal that is mutated: sorted',
      'sample.ts:15: module-scope object literal that is mutated: bag',
      'sample.ts:17: static field that is not readonly: Pool.count',
      'sample.ts:18: static new Map: Pool.all',
      'sample.ts:30: module-scope object literal that is mutated: merged',
      'sample.ts:31: module-scope object literal that is mutated: pruned',
      'sample.ts:34: module-scope closure over a container (lineMemo): measured',
    ]);
  });

  it('no file under src/ has module-global mutable state', () => {
    const found = findModuleState(ROOT, 'tsconfig.json', tsFilesUnder(join(ROOT, 'src')));
    expect(found.map(unplaced)).toEqual(REMAINING);
  });
});

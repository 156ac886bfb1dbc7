import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

/**
 * What every cache key of a build is made from besides the document's own bytes: the tool
 * (its version and the bytes of its compiled code), the compiled stylesheets, the render
 * resources (page shells, CSS, scripts, fonts) and the schemas. Computed once per build and
 * passed along in the build's context (never kept in a module variable).
 */
export interface ToolFingerprints {
  /** Version and every compiled module of teipress. */
  readonly code: string;
  /** lib/xslt/*.sef.json. */
  readonly stylesheets: string;
  /** The render resources beside the render modules (shells, assets). */
  readonly resources: string;
  /** schema/*.rng (the project schema and tei_all). */
  readonly schemas: string;
}

/**
 * A SHA-256 of values in a fixed order: each is serialised as JSON with regular expressions
 * written as `/source/flags` (a profile holds them; plain JSON would write `{}`) and object
 * keys in code-point order, so the same values always give the same key.
 */
export function keyOf(...parts: readonly unknown[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(partJson(p)).update('\u0000');
  return h.digest('hex');
}

/** A value serialised once for the keys of a whole build or chunk (`keyOf` takes it as the value itself). */
export class KeyPart {
  constructor(readonly json: string) {}
}

/** `value` serialised for `keyOf` once (for a part every document's key shares). */
export function keyPart(value: unknown): KeyPart {
  return new KeyPart(stableJson(value));
}

/** A part's JSON; a string, number or boolean is its plain JSON (the replacer would change nothing), at a fraction of the cost. */
function partJson(p: unknown): string {
  if (p instanceof KeyPart) return p.json;
  return typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean' ? JSON.stringify(p) : stableJson(p);
}

/** JSON of `value` with sorted keys and regular expressions as text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof RegExp) return `/${v.source}/${v.flags}`;
    if (v instanceof Map) return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), x as unknown]));
    if (v instanceof Set) return [...v].map(String).sort();
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  }) ?? 'undefined';
}

/** Every file under `dir` whose name passes `keep`, as sorted relative '/'-paths. */
async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const walk = async (at: string): Promise<void> => {
    const entries = await readdir(at, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = join(at, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && keep(e.name)) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

/**
 * The hash of the names and bytes of the files under `dir` that pass `keep`. The files (a few
 * hundred, at the start of every build) are read directly: one promise read after another cost
 * a no-op build of any size a few hundred milliseconds.
 */
async function folderHash(dir: string, keep: (name: string) => boolean, seed: string): Promise<string> {
  const h = createHash('sha256').update(seed);
  for (const f of await filesUnder(dir, keep)) h.update(f).update('\u0000').update(readFileSync(join(dir, f))).update('\u0000');
  return h.digest('hex');
}

const isCode = (n: string): boolean => /\.(?:js|ts|mjs)$/u.test(n) && !n.endsWith('.d.ts');

/**
 * The fingerprints of the teipress that runs (the package this module belongs to: lib/ when
 * installed, src/ under the tests, with the SEFs and schemas of the package either way).
 */
export async function toolFingerprints(): Promise<ToolFingerprints> {
  const codeDir = fileURLToPath(new URL('../', import.meta.url));
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const [code, stylesheets, resources, schemas] = await Promise.all([
    folderHash(codeDir, isCode, VERSION),
    folderHash(join(root, 'lib', 'xslt'), (n) => n.endsWith('.sef.json'), 'sef'),
    folderHash(join(codeDir, 'render'), (n) => !isCode(n), 'resources'),
    folderHash(join(root, 'schema'), (n) => n.endsWith('.rng'), 'rng'),
  ]);
  return { code, stylesheets, resources, schemas };
}

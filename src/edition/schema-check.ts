import type { ErrorObject, ValidateFunction } from 'ajv';
import { editDistance } from '../convert/fuzzy.js';
import type { JsonPathSegment } from './json-source.js';
import { lazyTable } from '../util/lazy-table.js';
import { schemaValidator, type SchemaName } from './schema-validators.js';

/** One way a JSON value departs from its schema, at a place in the value. */
export interface SchemaProblem {
  readonly path: JsonPathSegment[];
  /** True when the problem is a key (an unknown key is reported where the key stands). */
  readonly atKey: boolean;
  readonly message: string;
}

export type { SchemaName } from './schema-validators.js';

/**
 * The compiled JSON Schemas of one run (a build checks every sidecar with one compiled schema).
 * The caller owns it; nothing is kept in module state.
 */
export interface SchemaChecks {
  /** The compiled validator of `name`, compiled on first use. */
  validator(name: SchemaName): ValidateFunction;
}

/** A new, empty set of compiled schemas for one run. */
export function schemaChecks(): SchemaChecks {
  return { validator: lazyTable(schemaValidator) };
}

/**
 * Checks a parsed JSON value against one of the published schemas, compiled in `checks` (the
 * run's; a fresh set for this call when none is passed). Returns each problem with its path and
 * a one-sentence message (with "did you mean" for a near-miss key).
 */
export function checkSchema(name: SchemaName, value: unknown, checks: SchemaChecks = schemaChecks()): SchemaProblem[] {
  const v = checks.validator(name);
  if (v(value)) return [];
  // An `if` error only says which branch failed; that branch's own errors say what is wrong.
  return (v.errors ?? []).filter((e) => e.keyword !== 'if').map(problemOf);
}

function pathOf(pointer: string): JsonPathSegment[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/gu, '/').replace(/~0/gu, '~')).map((s) => (/^(0|[1-9][0-9]*)$/u.test(s) ? Number(s) : s));
}

/** How a path reads in a message: `profile.stamps[0].keywords`. */
export function pathLabel(path: readonly JsonPathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}

function jsonType(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x === 'object' ? 'an object' : `a ${typeof x} (${JSON.stringify(x)})`;
}

const ARTICLE: Readonly<Record<string, string>> = { string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', array: 'an array', object: 'an object', null: 'null' };

type Explain = (e: ErrorObject, label: string) => string;

const EXPLAIN: Readonly<Record<string, Explain>> = {
  type: (e, l) => `"${l}" is ${jsonType(e.data)}; expected ${ARTICLE[String(e.params.type)] ?? String(e.params.type)}.`,
  required: (e, l) => `${l ? `"${l}"` : 'The object'} lacks the key "${String(e.params.missingProperty)}".`,
  pattern: (e, l) => `"${l}" is ${JSON.stringify(e.data)}; expected ${String((e.parentSchema as Record<string, unknown> | undefined)?.['x-expected'] ?? `text matching ${String(e.params.pattern)}`)}.`,
  minLength: (_e, l) => `"${l}" is empty; expected some text.`,
  enum: (e, l) => `"${l}" is ${jsonType(e.data)}; expected one of ${(e.params.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}.`,
};

function problemOf(e: ErrorObject): SchemaProblem {
  const path = pathOf(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    const key = String(e.params.additionalProperty);
    return { path: [...path, key], atKey: true, message: unknownKey(key, pathLabel(path), e.parentSchema) };
  }
  const explain = EXPLAIN[e.keyword];
  const label = pathLabel(path);
  return { path, atKey: false, message: explain ? explain(e, label) : `"${label || 'the value'}" ${e.message ?? 'is not allowed here'}.` };
}

function unknownKey(key: string, parent: string, parentSchema: unknown): string {
  const known = Object.keys((parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
  const near = known
    .map((k) => ({ k, d: editDistance(key.toLowerCase(), k.toLowerCase(), 2) }))
    // One edit for short keys, two (a transposition, a doubled letter) from four letters on.
    .filter((x) => x.d <= (key.length < 4 ? 1 : 2))
    .sort((a, b) => a.d - b.d)[0];
  const where = parent ? ` in "${parent}"` : '';
  return `"${key}" is not a known key${where}${near ? `; did you mean "${near.k}"?` : ` (known: ${known.join(', ')}).`}`;
}

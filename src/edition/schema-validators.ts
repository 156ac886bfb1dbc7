/**
 * The compiled validators of the JSON Schemas teipress publishes. `npm run build` compiles each
 * schema ahead (Ajv's standalone code, `lib/edition/schemas/NAME.cjs`, stamped with the hash of
 * the schema's bytes), so a command need not load Ajv and compile the schema on every run (about
 * half a second of a no-op build). Without that file, or when the schema changed since
 * (a test run after editing it), the schema is compiled here, with the same options.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ValidateFunction } from 'ajv';
import { sha256 } from '../util/sha256.js';

/** The JSON Schemas teipress publishes in `schema/` (the one source of truth for their shape). */
export type SchemaName = 'teipress.config.schema.json' | 'teipress.meta.schema.json';

/** Every published schema (the build compiles each). */
export const SCHEMA_NAMES: readonly SchemaName[] = ['teipress.config.schema.json', 'teipress.meta.schema.json'];

const load = createRequire(import.meta.url);

const schemaText = (name: SchemaName): string => readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8');

/** Where the build puts the compiled validator of `name` (the same file from lib/edition and from src/edition). */
export function compiledPath(name: SchemaName): string {
  return fileURLToPath(new URL(`../../lib/edition/schemas/${name.replace(/\.json$/u, '.cjs')}`, import.meta.url));
}

/** An Ajv with teipress's options (loaded on demand: it is needed only without a compiled validator). */
function newAjv(source: boolean): Ajv {
  const { Ajv: AjvClass } = load('ajv') as typeof import('ajv');
  const ajv = new AjvClass({ allErrors: true, verbose: true, strict: true, ...(source ? { code: { source: true } } : {}) });
  // `x-expected` is our annotation: the phrase a pattern's message uses for what was expected.
  ajv.addKeyword('x-expected');
  return ajv;
}

/** The validator the build compiled for the schema's present bytes, or undefined. */
export function precompiledValidator(name: SchemaName, text = schemaText(name)): ValidateFunction | undefined {
  try {
    const v = load(compiledPath(name)) as ValidateFunction & { readonly schemaSha256?: unknown };
    return v.schemaSha256 === sha256(text) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The schema compiled now (what the build's compiled file holds, made in this process). */
export function compileNow(name: SchemaName, text = schemaText(name)): ValidateFunction {
  return newAjv(false).compile(JSON.parse(text) as object);
}

/** The CommonJS module the build writes for `name`: Ajv's standalone validator, stamped with the schema's hash. */
export function standaloneSource(name: SchemaName): string {
  const text = schemaText(name);
  const ajv = newAjv(true);
  const v = ajv.compile(JSON.parse(text) as object);
  const standalone = load('ajv/dist/standalone') as { default: (a: Ajv, f: ValidateFunction) => string };
  return `${standalone.default(ajv, v)}\nmodule.exports.schemaSha256 = ${JSON.stringify(sha256(text))};\n`;
}

/** The validator of `name`: the build's compiled one when it fits the schema, else compiled now. */
export function schemaValidator(name: SchemaName): ValidateFunction {
  const text = schemaText(name);
  return precompiledValidator(name, text) ?? compileNow(name, text);
}

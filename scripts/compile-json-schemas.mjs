#!/usr/bin/env node
// Compiles each published JSON Schema (schema/teipress.*.schema.json) to Ajv's standalone
// validator, lib/edition/schemas/<name>.cjs, stamped with the hash of the schema's bytes, so
// that a command need not load Ajv and compile the schema on every run. Run after tsc (it uses
// the compiled lib/edition/schema-validators.js, the one place that knows Ajv's options).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SCHEMA_NAMES, compiledPath, standaloneSource } from '../lib/edition/schema-validators.js';

for (const name of SCHEMA_NAMES) {
  const out = compiledPath(name);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, standaloneSource(name));
}

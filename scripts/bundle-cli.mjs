#!/usr/bin/env node
// Bundles the command line (lib/cli.js and the modules each command imports) into
// lib/bin/: one chunk per command's stages instead of ~140 small ES modules, which Node's
// loader resolves, reads and compiles one by one on every start (about a quarter of a small
// `teipress convert`). Run after tsc. The bundle sits two folders deep, as every module of
// src/x/ does in lib/x/, so the paths they make from `import.meta.url` (stylesheets, schemas,
// the render worker) name the same files. Packages stay outside (loaded from node_modules).
// lib/cli.js itself stays as tsc wrote it; the package's `bin` is lib/bin/cli.js.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lib = fileURLToPath(new URL('../lib/', import.meta.url));
rmSync(`${lib}bin`, { recursive: true, force: true });
await build({
  entryPoints: [`${lib}cli.js`],
  outdir: `${lib}bin`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});

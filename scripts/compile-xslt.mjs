#!/usr/bin/env node
// Compiles each top-level stylesheet in xslt/ to lib/xslt/<name>.sef.json with xslt3 (in
// parallel; skipped when the SEF is newer than every .xsl source), and copies the render
// resources (handlebars shells, CSS, JS) from src/render/ to lib/render/, because the
// package ships lib/ and the compiled modules find them relative to themselves.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundleAssets } from './bundle-assets.mjs';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const xsltDir = join(root, 'xslt');
const outDir = join(root, 'lib', 'xslt');
const xslt3 = join(root, 'node_modules', '.bin', 'xslt3');

/** Every .xsl file under dir (includes common/), for the freshness check. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.xsl') ? [join(dir, e.name)] : [],
  );
}

const newestSource = Math.max(...sources(xsltDir).map((f) => statSync(f).mtimeMs));
const topLevel = readdirSync(xsltDir).filter((f) => f.endsWith('.xsl'));
mkdirSync(outDir, { recursive: true });

const jobs = topLevel.map(async (file) => {
  const sef = join(outDir, file.replace(/\.xsl$/, '.sef.json'));
  if (existsSync(sef) && statSync(sef).mtimeMs > newestSource) return `${file}: up to date`;
  await run(xslt3, [`-xsl:${join(xsltDir, file)}`, `-export:${sef}`, '-nogo', '-relocate:on'], { cwd: root });
  return `${file}: compiled`;
});

const results = await Promise.allSettled(jobs);
let failed = false;
for (const r of results) {
  if (r.status === 'fulfilled') console.log(`compile-xslt: ${r.value}`);
  else {
    failed = true;
    console.error(`compile-xslt: ${r.reason?.stderr || r.reason}`);
  }
}

for (const dir of ['shells', 'assets']) {
  const from = join(root, 'src', 'render', dir);
  if (existsSync(from)) cpSync(from, join(root, 'lib', 'render', dir), { recursive: true });
}
try {
  console.log(`compile-xslt: ${bundleAssets(root, join(root, 'lib', 'render', 'assets'))}`);
} catch (err) {
  failed = true;
  console.error(`compile-xslt: ${err.message}`);
}
process.exit(failed ? 1 : 0);

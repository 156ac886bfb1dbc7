#!/usr/bin/env node
// Paired comparison of the HTML render with Saxon-HE (Debian libsaxonhe-java) on the same TEI
// files and the same stylesheet (xslt/tei-to-html.xsl, default parameters):
//   node scripts/compare-saxon-he.mjs DIR [--rounds 5] [--jar /usr/share/java/Saxon-HE.jar] [--json]
// Saxon-HE runs the folder in one JVM (-s:DIR -o:OUT), start-up and compilation included, as a
// user would run it. teipress runs the way the build does: the compiled SEF (lib/xslt, after
// `npm run build`) through SaxonJS.transform in this process, reading and writing each file;
// the SEF is loaded before the clock starts, as the build loads it once. The two alternate,
// round by round; the medians and the median of the per-round ratios are printed. Needs `java`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const rounds = Number(option('--rounds', '5'));
const jar = option('--jar', '/usr/share/java/Saxon-HE.jar');
if (!dir || !existsSync(dir)) fail('usage: node scripts/compare-saxon-he.mjs DIR [--rounds N] [--jar FILE] [--json]');
if (!existsSync(jar)) fail(`no Saxon-HE at ${jar} (apt-get install libsaxonhe-java)`);
if (!Number.isInteger(rounds) || rounds < 1) fail('--rounds takes a whole number of at least 1');

function fail(message) {
  console.error(`compare-saxon-he: ${message}`);
  process.exit(2);
}

const { stylesheets, transform } = await import(join(root, 'lib', 'render', 'saxon.js'));
// One set of parsed stylesheets for the whole comparison, as a build has (parsed by the warm-up).
const sheets = stylesheets();
const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
const xsl = join(root, 'xslt', 'tei-to-html.xsl');

/** Seconds of one Saxon-HE run over the folder, start-up included. */
function saxonHe(out) {
  const t = performance.now();
  const r = spawnSync('java', ['-cp', jar, 'net.sf.saxon.Transform', `-s:${dir}`, `-xsl:${xsl}`, `-o:${out}`], { encoding: 'utf8' });
  if (r.status !== 0) fail(`Saxon-HE failed: ${(r.stderr || r.error?.message || '').split('\n')[0]}`);
  return (performance.now() - t) / 1000;
}

/** Seconds of one teipress run over the folder: read, transform, write each file. */
function teipress(out) {
  const t = performance.now();
  for (const f of files) writeFileSync(join(out, f.replace(/\.xml$/, '.html')), transform('tei-to-html', readFileSync(join(dir, f), 'utf8'), {}, sheets));
  return (performance.now() - t) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const work = mkdtempSync(join(tmpdir(), 'teipress-saxon-he-'));
try {
  transform('tei-to-html', readFileSync(join(dir, files[0]), 'utf8'), {}, sheets);
  const times = { saxonHe: [], teipress: [] };
  for (let i = 0; i < rounds; i++) {
    // alternate which side goes first, so that a drift in the machine's load hits both
    const order = i % 2 === 0 ? ['saxonHe', 'teipress'] : ['teipress', 'saxonHe'];
    for (const side of order) {
      const out = mkdtempSync(join(work, `${side}-`));
      times[side].push(side === 'saxonHe' ? saxonHe(out) : teipress(out));
      rmSync(out, { recursive: true, force: true });
    }
  }
  const result = {
    documents: files.length,
    rounds,
    saxonHeSeconds: median(times.saxonHe),
    teipressSeconds: median(times.teipress),
    saxonHeRatio: median(times.teipress.map((t, i) => t / times.saxonHe[i])),
    saxonHeRange: [Math.min(...times.saxonHe), Math.max(...times.saxonHe)],
    teipressRange: [Math.min(...times.teipress), Math.max(...times.teipress)],
  };
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`HTML render of ${files.length} TEI files, median of ${rounds} paired rounds:`);
    console.log(`  Saxon-HE (one JVM): ${result.saxonHeSeconds.toFixed(2)} s (${result.saxonHeRange.map((x) => x.toFixed(2)).join('–')})`);
    console.log(`  teipress (saxon-js): ${result.teipressSeconds.toFixed(2)} s (${result.teipressRange.map((x) => x.toFixed(2)).join('–')})`);
    console.log(`  ratio teipress / Saxon-HE: ${result.saxonHeRatio.toFixed(2)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

#!/usr/bin/env node
// Measures the site search candidates on the same generated edition: MiniSearch (what
// teipress ships), FlexSearch and Pagefind. For each of 200 and 1,000 documents (or the sizes
// given as arguments) it prints the index bytes per document (raw and gzipped, everything a
// browser must load to search: index, stored snippet text, and for Pagefind its own runtime),
// the build time (median of 5, the three builders alternating in each round, so that a loaded
// machine slows them alike), and whether a search page opened from file:// finds a word
// (Chromium, as an editor opens dist/). Not part of npm test; README's Search paragraph quotes it.
//
//   npm run build && npm install --no-save flexsearch pagefind && node scripts/measure-search.mjs [200 1000]
//
// The documents come from the bench generator through the real converter and the reading-text
// stylesheet (prepared once per size and kept in the system's temporary folder).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = (path) => import(pathToFileURL(join(root, 'lib', path)).href);
const { convertText, renderEditions } = await lib('index.js');
// The bench is compiled to lib-bench/ (npx tsc -p tsconfig.bench.json, or npm run bench).
const { generateTranscript } = await import(pathToFileURL(join(root, 'lib-bench', 'generate.js')).href);
const { stylesheets, transform } = await lib('render/saxon.js');
const sheets = stylesheets();
const { parseSummary } = await lib('render/summary.js');
const { searchIndexScript, searchableText } = await lib('render/search.js');
const { outputHref } = await lib('render/links.js');
const { chromium } = await import('playwright-core');

const need = (name) => import(name).catch(() => { throw new Error(`${name} is not installed: npm install --no-save flexsearch pagefind`); });
const FlexSearch = (await need('flexsearch')).default;
const pagefind = await need('pagefind');

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ROUNDS = 5;
const WORD = 'inspection';
const CHROMIUM = process.env.TEIPRESS_CHROMIUM ?? '/usr/bin/chromium';

/** The edition's searchable documents: id, summary and reading text, prepared once per size. */
async function corpus(n) {
  const cache = join(tmpdir(), `teipress-search-corpus-${n}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const docs = [];
  for (let i = 1; i <= n; i++) {
    const { xml } = convertText(generateTranscript(i), { file: `g${i}.txt` });
    if (xml) docs.push({ id: `g${i}`, file: `tei/g${i}.xml`, xml });
  }
  const { files } = await renderEditions(docs, { targets: ['text'] });
  const reading = new Map(files.map((f) => [f.path, String(f.content)]));
  const out = docs.map((d) => ({ id: d.id, summary: parseSummary(transform('tei-to-summary', d.xml, {}, sheets)), reading: reading.get(`text/${d.id}.reading.txt`) ?? '' }));
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** The fields every candidate indexes and stores (the same as MiniSearch's in src/render/search.ts). */
const record = (d, i) => ({
  id: i, title: d.summary.title ?? d.id, href: outputHref('html', d.id, 0), types: [...new Set(d.summary.types)].join(' '),
  year: /^\d{4}/u.test(d.summary.date ?? '') ? d.summary.date.slice(0, 4) : '', date: d.summary.dateLabel ?? '', text: searchableText(d.reading),
});

const builders = {
  /** MiniSearch: the script teipress writes, assets/search-index.js. */
  async minisearch(docs) {
    const script = searchIndexScript(docs);
    return { index: { 'search-index.js': script }, runtime: fromPackage('minisearch/dist/umd/index.js') };
  },
  /** FlexSearch: a Document index with prefix search (tokenize "forward", as MiniSearch's prefix matching), the same stored fields, exported as a script. */
  async flexsearch(docs) {
    const index = new FlexSearch.Document({ tokenize: 'forward', document: { id: 'id', index: ['title', 'text'], store: ['title', 'href', 'types', 'year', 'date', 'text'] } });
    docs.forEach((d, i) => index.add(record(d, i)));
    const parts = {};
    await index.export((key, data) => { parts[key] = data; });
    return { index: { 'flex-index.js': `window.FLEX_INDEX = ${JSON.stringify(parts)};\n` }, runtime: fromPackage('flexsearch/dist/flexsearch.bundle.min.js') };
  },
  /** Pagefind: custom records (the same text, title and date as meta, type and year as filters); its runtime files count too (pagefind.js, wasm). */
  async pagefind(docs) {
    const { index } = await pagefind.createIndex({});
    for (const [i, d] of docs.entries()) {
      const r = record(d, i);
      await index.addCustomRecord({ url: `/${r.href}`, content: `${r.title}\n${r.text}`, language: 'en', meta: { title: r.title, date: r.date }, filters: { type: r.types.split(' '), year: [r.year] } });
    }
    const { files } = await index.getFiles();
    await index.deleteIndex();
    // its runtime (pagefind.js and the wasm) apart from the index; the UI files are optional extras
    const optional = /pagefind-(?:modular-)?ui|pagefind-component|highlight|playground/u;
    const runtime = /\.js$|wasm/u;
    const pick = (test) => Object.fromEntries(files.filter((f) => !optional.test(f.path) && test(f.path)).map((f) => [`pagefind/${f.path}`, f.content]));
    return { index: pick((p) => !runtime.test(p)), runtime: pick((p) => runtime.test(p)), all: Object.fromEntries(files.map((f) => [`pagefind/${f.path}`, f.content])) };
  },
};

/** A file of an npm package, under lib/ of the search page. */
const fromPackage = (path) => ({ [`lib/${path.split('/').pop()}`]: readFileSync(join(root, 'node_modules', path)) });
const size = (content) => (typeof content === 'string' ? Buffer.byteLength(content) : content.length);
const gz = (content) => gzipSync(typeof content === 'string' ? Buffer.from(content) : Buffer.from(content), { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A search page of one candidate in a fresh folder, opened from file:// in Chromium: the hits for WORD, or the error. */
async function offline(name, built, browser) {
  const dir = mkdtempSync(join(tmpdir(), `teipress-search-${name}-`));
  const write = (path, content) => { mkdirSync(dirname(join(dir, path)), { recursive: true }); writeFileSync(join(dir, path), content); };
  for (const [path, content] of Object.entries({ ...built.index, ...built.runtime, ...built.all })) write(path, content);
  const pages = {
    minisearch: `<script src="lib/index.js"></script><script src="search-index.js"></script><script>
      window.run = async () => MiniSearch.loadJSON(JSON.stringify(TEIPRESS_SEARCH.index), TEIPRESS_SEARCH.options).search('${WORD}', { prefix: true }).length;</script>`,
    flexsearch: `<script src="lib/flexsearch.bundle.min.js"></script><script src="flex-index.js"></script><script>
      window.run = async () => { const ix = new FlexSearch.Document({ tokenize: 'forward', document: { id: 'id', index: ['title', 'text'], store: ['title', 'href', 'types', 'year', 'date', 'text'] } });
        for (const [k, v] of Object.entries(FLEX_INDEX)) await ix.import(k, v);
        return new Set(ix.search('${WORD}', { limit: 100000 }).flatMap((r) => r.result)).size; };</script>`,
    pagefind: `<link href="pagefind/pagefind-ui.css" rel="stylesheet"><div id="search"></div><script src="pagefind/pagefind-ui.js"></script><script>
      window.run = async () => { const pf = await import('./pagefind/pagefind.js'); await pf.init(); return (await pf.search('${WORD}')).results.length; };</script>`,
  };
  write('search.html', `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${pages[name]}</body></html>`);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message.split('\n')[0]));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text().split('\n')[0]); });
  try {
    await page.goto(pathToFileURL(join(dir, 'search.html')).href, { waitUntil: 'load' });
    const hits = await page.evaluate(() => window.run());
    return `works (${hits} hits for "${WORD}")`;
  } catch (err) {
    return `fails: ${[...new Set([...errors, String(err.message ?? err).split('\n')[0]])].join('; ')}`;
  } finally {
    await page.close();
  }
}

const browser = existsSync(CHROMIUM) ? await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] }) : null;
try {
  for (const n of SIZES.length ? SIZES : [200, 1000]) {
    const docs = await corpus(n);
    const times = Object.fromEntries(Object.keys(builders).map((k) => [k, []]));
    const last = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, build] of Object.entries(builders)) {
        const t0 = performance.now();
        last[name] = await build(docs);
        times[name].push(performance.now() - t0);
      }
    }
    console.log(`\n${docs.length} documents, reading text ${(docs.reduce((s, d) => s + Buffer.byteLength(searchableText(d.reading)), 0) / docs.length / 1024).toFixed(1)} KiB per document`);
    console.log('candidate   | index KiB/doc (gzip) | + runtime KiB (gzip) | build s (median of 5) | from file://');
    for (const [name, built] of Object.entries(last)) {
      const files = Object.values(built.index);
      const runtime = Object.values(built.runtime);
      const per = (xs, f) => xs.reduce((s, c) => s + f(c), 0) / 1024;
      const works = browser ? await offline(name, built, browser) : 'not checked (no Chromium)';
      console.log(`${name.padEnd(11)} | ${(per(files, size) / docs.length).toFixed(2)} (${(per(files, gz) / docs.length).toFixed(2)}) | ${per(runtime, size).toFixed(0)} (${per(runtime, gz).toFixed(0)}) | ${(median(times[name]) / 1000).toFixed(2)} | ${works}`);
    }
  }
} finally {
  await browser?.close();
  await pagefind.close();
}

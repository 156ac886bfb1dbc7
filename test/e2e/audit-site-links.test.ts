// Issue 7, items 2 and 6 through the CLI: an edition whose transcripts are named with a space,
// '#', '?', '%', '&', '<' and non-ASCII letters, and hold a struck character outside the BMP
// and U+FEFF inside text, is built with `teipress build`; then every <a href> of every page of
// dist/ is followed in Chromium (files must exist, fragments must name an element of their
// page), and so is the link of every search hit.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, skipChromium } from './chromium.js';
import { teipress } from './helpers.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
/** File names that need escaping in a URL, each with a word found only in its transcript. */
const NAMES: readonly [string, string][] = [['a b', 'alpaca'], ['c#d', 'bison'], ['e?f', 'zebra'], ['g%41h', 'dingo'], ['i&j', 'eland'], ['k<l', 'ferret'], ['ünï ∂ü', 'gazelle']];
/** A letter whose text holds `word`, 𝔄 and 😀 struck through (U+0336), and U+FEFF at a line's end and between spaces. */
const letter = (word: string): string => `Dear Sir:\n\nThe ${word} came with \u{1D504}\u0336 and \u{1F600}\u0336 and \uFEFF between spaces.\nIt ended here\uFEFF\n\nSincerely yours,\n\nA. Clerk\n`;

describe.skipIf(skipChromium)('the dist of a built edition whose file names need escaping', () => {
  let ed = '';
  let build = { code: -1, stderr: '' };
  let browser: Browser;

  beforeAll(async () => {
    ed = mkdtempSync(join(tmpdir(), 'teipress-audit-links-'));
    mkdirSync(join(ed, 'transcripts'));
    for (const [name, word] of NAMES) writeFileSync(join(ed, 'transcripts', `${name}.txt`), letter(word));
    build = await teipress(['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'], ed, env);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(ed, { recursive: true, force: true });
  });

  const dist = (...p: string[]): string => join(ed, 'dist', ...p);

  /** The absolute URLs of every link of the page at `path` (after `then` ran on it). */
  async function linksOf(path: string, then?: (page: import('playwright-core').Page) => Promise<void>): Promise<string[]> {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(dist(path)).href);
      await then?.(page);
      // the licence names a page outside the edition: the one link that is not a file
      return await page.$$eval('a[href]:not([rel="license"])', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    } finally {
      await page.close();
    }
  }

  const ids = new Map<string, Set<string>>();
  async function idsOf(file: string): Promise<Set<string>> {
    const known = ids.get(file);
    if (known) return known;
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(file).href);
      const found = new Set(await page.$$eval('[id]', (es) => es.map((e) => e.id)));
      ids.set(file, found);
      return found;
    } finally {
      await page.close();
    }
  }

  /** The links among `hrefs` that name no file, or a fragment their page lacks; `reached` collects the files. */
  async function broken(from: string, hrefs: string[], reached: Set<string>): Promise<string[]> {
    const out: string[] = [];
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.protocol !== 'file:') {
        out.push(`${from} → ${href} (not a file)`);
        continue;
      }
      const file = fileURLToPath(new URL(url.pathname, url));
      reached.add(file);
      if (!existsSync(file)) out.push(`${from} → ${href}`);
      else if (url.hash && !(await idsOf(file)).has(decodeURIComponent(url.hash.slice(1)))) out.push(`${from} → ${href} (no ${url.hash})`);
    }
    return out;
  }

  it('builds with no diagnostic and keeps every code point of the transcripts in dist/tei', () => {
    expect({ code: build.code, ds: JSON.parse(build.stderr) }).toEqual({ code: 0, ds: [] });
    for (const [name, word] of NAMES) {
      const tei = readFileSync(dist('tei', `${name}.xml`), 'utf8');
      expect(tei).toContain(`The ${word} came with <del rend="strikethrough">\u{1D504}</del> and <del rend="strikethrough">\u{1F600}</del> and \uFEFF between spaces.`);
      expect(tei).toContain('It ended here\uFEFF');
      expect(tei).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    }
  });

  it('links every page of dist/ to files that exist, and reaches every format of every document', async () => {
    const pages = ['index.html', 'search.html', ...readdirSync(dist('html')).map((n) => `html/${n}`), ...readdirSync(dist('print')).map((n) => `print/${n}`)];
    expect(pages.length).toBe(2 + 2 * NAMES.length);
    const reached = new Set<string>();
    const bad: string[] = [];
    for (const from of pages) bad.push(...(await broken(from, await linksOf(from), reached)));
    expect(bad).toEqual([]);
    const expected = NAMES.flatMap(([n]) => [`html/${n}.html`, `print/${n}.html`, `text/${n}.reading.txt`, `text/${n}.diplomatic.txt`, `tei/${n}.xml`]);
    expect(expected.filter((p) => !reached.has(dist(p)))).toEqual([]);
  }, 240_000);

  it('leads from a search hit to the document it names', async () => {
    const reached = new Set<string>();
    const bad: string[] = [];
    for (const [name, word] of NAMES) {
      const hits = await linksOf('search.html', async (page) => {
        await page.fill('#q', word);
        await page.waitForSelector('.search-results li > a');
      });
      const results = hits.filter((h) => new URL(h).search.startsWith('?hl='));
      expect(results.map((h) => fileURLToPath(new URL(new URL(h).pathname, h)))).toEqual([dist('html', `${name}.html`)]);
      bad.push(...(await broken(`search for ${word}`, results, reached)));
    }
    expect(bad).toEqual([]);
  }, 240_000);
});

// Issue 7, items 2 and 6 through the CLI: an edition whose transcripts are named with a space,
// '#', '?', '%', '&', '<' and non-ASCII letters, and hold a struck character outside the BMP
// and U+FEFF inside text, is built with `teipress build`; then every <a href> of every page of
// dist/ is followed in Chromium (files must exist, fragments must name an element of their
// page), and so is the link of every search hit.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, skipChromium } from './chromium.js';
import { teipress } from './helpers.js';
import { CHROMIUM_ARGS, linkChecker } from './site-links.js';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
/** File names that need escaping in a URL, each with a word found only in its transcript. */
const NAMES: readonly [string, string][] = [['a b', 'alpaca'], ['c#d', 'bison'], ['e?f', 'zebra'], ['g%41h', 'dingo'], ['i&j', 'eland'], ['k<l', 'ferret'], ['ünï ∂ü', 'gazelle']];
/** A letter whose text holds `word`, 𝔄 and 😀 struck through (U+0336), and U+FEFF at a line's end and between spaces. */
const letter = (word: string): string => `Dear Sir:\n\nThe ${word} came with \u{1D504}\u0336 and \u{1F600}\u0336 and \uFEFF between spaces.\nIt ended here\uFEFF\n\nSincerely yours,\n\nA. Clerk\n`;

describe.skipIf(skipChromium)('the dist of a built edition whose file names need escaping', () => {
  let ed = '';
  let build = { code: -1, stderr: '' };
  let browser: Browser;
  let checks: ReturnType<typeof linkChecker>;

  beforeAll(async () => {
    ed = mkdtempSync(join(tmpdir(), 'teipress-audit-links-'));
    mkdirSync(join(ed, 'transcripts'));
    for (const [name, word] of NAMES) writeFileSync(join(ed, 'transcripts', `${name}.txt`), letter(word));
    build = await teipress(['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'], ed, env);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    checks = linkChecker(browser);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(ed, { recursive: true, force: true });
  });

  const dist = (...p: string[]): string => join(ed, 'dist', ...p);

  /** The absolute URLs of every link of the page at `path` of dist/ (after `then` ran on it). */
  const linksOf = (path: string, then?: (page: Page) => Promise<void>): Promise<string[]> => checks.linksOf(dist(path), then);

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
    for (const from of pages) bad.push(...(await checks.broken(from, await linksOf(from), reached)));
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
      bad.push(...(await checks.broken(`search for ${word}`, results, reached)));
    }
    expect(bad).toEqual([]);
  }, 240_000);
});

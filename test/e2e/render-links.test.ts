// Every link of a rendered site resolves, whatever the file names hold: the site is written
// for documents named with a space, '#', '?', '%', '&', '<' and non-ASCII letters, opened in
// Chromium, and every <a href> of every page is followed (files must exist, fragments must
// name an element of their page).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEditions } from '../../src/render/index.js';
import { CHROMIUM, skipChromium } from './chromium.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/render/${p}`, import.meta.url), 'utf8');
const NAMES = ['a b', 'c#d', 'e?f', 'g%41h', 'i&j', 'k<l', 'ünï ∂ü'];

describe.skipIf(skipChromium)('links of a site whose file names need escaping', () => {
  let dir = '';
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'teipress-links-'));
    const sources = [fixture('letter/input.xml'), fixture('memo/input.xml')];
    const docs = NAMES.map((id, i) => ({ id, file: `tei/${id}.xml`, xml: sources[i % 2] ?? '' }));
    const { files, diagnostics } = await renderEditions(docs, { targets: ['html', 'print', 'text'], chromium: null });
    expect(diagnostics).toEqual([]);
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every link of the page at `path`, as absolute URLs. */
  async function linksOf(path: string): Promise<string[]> {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(dir, path)).href);
      // the licence names a page outside the edition: the one link that is not a file
      return await page.$$eval('a[href]:not([rel="license"])', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    } finally {
      await page.close();
    }
  }

  const idCache = new Map<string, Set<string>>();
  async function idsOf(file: string): Promise<Set<string>> {
    const known = idCache.get(file);
    if (known) return known;
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(file).href);
      const ids = new Set(await page.$$eval('[id]', (es) => es.map((e) => e.id)));
      idCache.set(file, ids);
      return ids;
    } finally {
      await page.close();
    }
  }

  it('links the index to every page and format of every document, and every link resolves', async () => {
    const pages = ['index.html', 'search.html', ...NAMES.flatMap((n) => [`html/${n}.html`, `print/${n}.html`])];
    const broken: string[] = [];
    const targets = new Set<string>();
    for (const from of pages) {
      for (const href of await linksOf(from)) {
        const url = new URL(href);
        expect(url.protocol).toEqual('file:');
        const file = fileURLToPath(new URL(url.pathname, url));
        targets.add(file);
        if (!existsSync(file)) { broken.push(`${from} → ${href}`); continue; }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !(await idsOf(file)).has(fragment)) broken.push(`${from} → ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
    const expected = NAMES.flatMap((n) => [`html/${n}.html`, `print/${n}.html`, `text/${n}.reading.txt`, `text/${n}.diplomatic.txt`, `tei/${n}.xml`]);
    for (const path of expected) expect(targets.has(join(dir, path)), path).toBe(true);
  }, 180_000);
});

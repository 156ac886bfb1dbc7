// Every link of a rendered site resolves, whatever the file names hold: the site is written
// for documents named with a space, '#', '?', '%', '&', '<' and non-ASCII letters, opened in
// Chromium, and every <a href> of every page is followed (files must exist, fragments must
// name an element of their page).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEditions } from '../../src/render/index.js';
import { CHROMIUM, skipChromium } from './chromium.js';
import { CHROMIUM_ARGS, linkChecker } from './site-links.js';

const fixture = (p: string): string => readFileSync(new URL(`../fixtures/render/${p}`, import.meta.url), 'utf8');
const NAMES = ['a b', 'c#d', 'e?f', 'g%41h', 'i&j', 'k<l', 'ünï ∂ü'];

describe.skipIf(skipChromium)('links of a site whose file names need escaping', () => {
  let dir = '';
  let browser: Browser;
  let checks: ReturnType<typeof linkChecker>;

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
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    checks = linkChecker(browser);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('links the index to every page and format of every document, and every link resolves', async () => {
    const pages = ['index.html', 'search.html', ...NAMES.flatMap((n) => [`html/${n}.html`, `print/${n}.html`])];
    const broken: string[] = [];
    const targets = new Set<string>();
    for (const from of pages) broken.push(...(await checks.broken(from, await checks.linksOf(join(dir, from)), targets)));
    expect(broken).toEqual([]);
    const expected = NAMES.flatMap((n) => [`html/${n}.html`, `print/${n}.html`, `text/${n}.reading.txt`, `text/${n}.diplomatic.txt`, `tei/${n}.xml`]);
    for (const path of expected) expect(targets.has(join(dir, path)), path).toBe(true);
  }, 180_000);
});

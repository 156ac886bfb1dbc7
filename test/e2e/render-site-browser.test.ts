// The site in a real browser (Debian Chromium via playwright-core): the index at desktop and
// phone width, a document's views and note popups, no horizontal scroll at 390 px, and
// axe-core with no serious or critical violation. Screenshots go to test-artifacts/ (ignored by git).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEditions } from '../../src/render/index.js';
import { CHROMIUM, skipChromium } from './chromium.js';
import { CHROMIUM_ARGS } from './site-links.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/site/', import.meta.url));
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/render/${p}`, import.meta.url), 'utf8');
const IDS = ['letter', 'memo', 'hand-edited'];
// a second site, in more/: lists (numbered paragraphs, participants, a form), a letter quoted in a telegram
const MORE = ['numbered-memo', 'form-page', 'quoted-letter'];
const PAGES = [...IDS.map((id) => `html/${id}.html`), 'more/index.html', ...MORE.map((id) => `more/html/${id}.html`)];

describe.skipIf(skipChromium)('the site in Chromium', () => {
  let dir = '';
  let browser: Browser;
  const url = (path: string): string => pathToFileURL(join(dir, path)).href;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'teipress-site-'));
    for (const [ids, into] of [[IDS, dir], [MORE, join(dir, 'more')]] as const) {
      const docs = ids.map((id) => ({ id, file: `tei/${id}.xml`, xml: fixture(`${id}/input.xml`) }));
      const { files } = await renderEditions(docs, { targets: ['html', 'print', 'text'], chromium: null, siteTitle: 'Test edition' });
      for (const f of files) {
        mkdirSync(dirname(join(into, f.path)), { recursive: true });
        writeFileSync(join(into, f.path), f.content);
      }
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url(path));
    return page;
  }

  const scrollWidth = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axe });
    const ids = await page.evaluate(async () => {
      const run = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run;
      const result = await run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact})`);
    });
    return ids;
  }

  it('fits the index and every document page into 390 px without horizontal scroll', async () => {
    for (const path of ['index.html', ...PAGES]) {
      const page = await open(path, 390);
      expect([path, await scrollWidth(page)]).toEqual([path, 390]);
      await page.screenshot({ path: join(ARTIFACTS, `${path.replace(/\W+/gu, '-')}-390.png`), fullPage: true });
      await page.close();
    }
  }, 60_000);

  it('follows a document from the index, switches views, and sorts the index by date', async () => {
    const page = await open('index.html', 1200);
    await page.screenshot({ path: join(ARTIFACTS, 'index-1200.png'), fullPage: true });
    const dates = (): Promise<string[]> => page.$$eval('tbody tr', (rows) => rows.map((r) => r.getAttribute('data-date') ?? ''));
    // the circular has no date in its text but one in its title (the best date reads the title)
    expect(await dates()).toEqual(['1843-03-03', '1871-05-02', '1958-03-03']);
    await page.click('th[data-sort="date"] button');
    expect(await dates()).toEqual(['1958-03-03', '1871-05-02', '1843-03-03']);
    await page.click('a:text("Memorandum")');
    expect(page.url()).toEqual(url('html/memo.html'));
    const shown = async (): Promise<boolean[]> => [await page.isVisible('#reading'), await page.isVisible('#diplomatic')];
    expect(await shown()).toEqual([true, false]);
    await page.click('button[data-view="diplomatic"]');
    expect(await shown()).toEqual([false, true]);
    expect(await page.isVisible('#diplomatic .tei-note-footnote')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'memo-diplomatic-1200.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('shows a note beside its mark on hover and on keyboard focus, and the mark leads to the note and back', async () => {
    const page = await open('html/memo.html', 1200);
    await page.hover('.noteref a >> nth=0');
    expect([await page.isVisible('#note-popup'), await page.textContent('#note-popup')]).toEqual([true, "See the consul's despatch of 4 March 1958."]);
    await page.screenshot({ path: join(ARTIFACTS, 'memo-note-hover.png') });
    await page.mouse.move(0, 0);
    expect(await page.isVisible('#note-popup')).toBe(false);
    await page.focus('.noteref a >> nth=1');
    expect(await page.textContent('#note-popup')).toEqual('Draft attached.');
    await page.click('.noteref a >> nth=1');
    expect(new URL(page.url()).hash).toEqual('#r-d1-fn2');
    await page.click('#r-d1-fn2 a.note-num');
    expect(new URL(page.url()).hash).toEqual('#r-d1-fnref2');
    await page.close();
  }, 60_000);

  it('finds words offline from search.html, filters by type and year, and highlights the hit in the document', async () => {
    const page = await open('search.html', 1200);
    const hits = (): Promise<string[]> => page.$$eval('.search-results li > a', (as) => as.map((a) => a.textContent ?? ''));
    await page.fill('#q', 'consul despatch');
    expect(await hits()).toEqual(['Memorandum']);
    expect(await page.$$eval('.search-results mark', (ms) => ms.map((m) => m.textContent))).toContain('consul');
    await page.fill('#q', 'masters');
    expect(await hits()).toEqual(['Circular to the harbour masters, 2 May 1871']);
    await page.selectOption('#type', 'letter');
    expect(await hits()).toEqual([]);
    await page.selectOption('#type', '');
    await page.fill('#q', 'engine');
    expect(await hits()).toEqual(['Letter from Ada Byron to Charles Babbage, 3 March 1843']);
    await page.selectOption('#year', '1958');
    expect(await hits()).toEqual([]);
    await page.selectOption('#year', '1843');
    await page.screenshot({ path: join(ARTIFACTS, 'search.png') });
    await page.click('.search-results li > a');
    expect(page.url().startsWith(url('html/letter.html'))).toBe(true);
    expect((await page.$$eval('#reading mark.hit', (ms) => ms.map((m) => m.textContent?.toLowerCase()))).every((t) => t === 'engine')).toBe(true);
    expect(await page.isVisible('#reading mark.hit >> nth=0')).toBe(true);
    await page.close();
  }, 60_000);

  it('has no serious or critical accessibility violation (axe-core) on the index and the pages', async () => {
    const found: string[] = [];
    for (const path of ['index.html', 'search.html', ...PAGES]) {
      for (const width of [1200, 390]) {
        const page = await open(path, width);
        found.push(...(await seriousViolations(page)).map((v) => `${path}@${width}: ${v}`));
        await page.close();
      }
    }
    expect(found).toEqual([]);
  }, 120_000);
});

/** Following the links of a site's pages in Chromium: the browser tests of link escaping share it. */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** How the browser tests start Chromium. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The link checks of one browser: each page's ids are read once. */
export function linkChecker(browser: Browser): {
  linksOf: (file: string, then?: (page: Page) => Promise<void>) => Promise<string[]>;
  broken: (from: string, hrefs: readonly string[], reached: Set<string>) => Promise<string[]>;
} {
  const ids = new Map<string, Set<string>>();

  /** The absolute URLs of every link of the page in `file` (after `then` ran on it). */
  async function linksOf(file: string, then?: (page: Page) => Promise<void>): Promise<string[]> {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(file).href);
      await then?.(page);
      // the licence names a page outside the edition: the one link that is not a file
      return await page.$$eval('a[href]:not([rel="license"])', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    } finally {
      await page.close();
    }
  }

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

  /** The links among `hrefs` that are not files, name no file, or a fragment their page lacks; `reached` collects the files. */
  async function broken(from: string, hrefs: readonly string[], reached: Set<string>): Promise<string[]> {
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

  return { linksOf, broken };
}

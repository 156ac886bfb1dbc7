import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderEditions, type OutputFile } from '../../src/render/index.js';
import { CHROMIUM, skipChromium } from './chromium.js';

// the shared sample, beside the worktree; the tests that need it skip without it
const EXAMPLE = new URL('../../../shared/samples/example-encoding.xml', import.meta.url);
const example = existsSync(EXAMPLE) ? readFileSync(EXAMPLE, 'utf8') : '';

function writeAll(dir: string, files: readonly OutputFile[]): void {
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
}

describe.skipIf(!example)('the HTML edition in a browser (with the shared sample beside the worktree)', () => {
  it.skipIf(skipChromium)('shows the reading view first and the diplomatic view after the switch is clicked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipress-render-'));
    const { files } = await renderEditions([{ id: 'example', file: 'tei/example.xml', xml: example }], { targets: ['html'] });
    writeAll(dir, files);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${join(dir, 'html/example.html')}`);
      const visible = async () => [await page.isVisible('#reading'), await page.isVisible('#diplomatic')];

      expect(await visible()).toEqual([true, false]);
      await page.screenshot({ path: join(dir, 'reading.png'), fullPage: true });

      await page.click('button[data-view="diplomatic"]');
      expect(await visible()).toEqual([false, true]);
      expect(await page.getAttribute('button[data-view="diplomatic"]', 'aria-pressed')).toEqual('true');
      expect(await page.isVisible('#diplomatic del.tei-del')).toBe(true);
      await page.screenshot({ path: join(dir, 'diplomatic.png'), fullPage: true });

      await page.click('button[data-view="reading"]');
      expect(await visible()).toEqual([true, false]);
      expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
      expect(existsSync(join(dir, 'diplomatic.png'))).toBe(true);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it.skipIf(skipChromium)('shows the reading view when JavaScript is off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipress-render-'));
    const { files } = await renderEditions([{ id: 'example', file: 'tei/example.xml', xml: example }], { targets: ['html'] });
    writeAll(dir, files);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`file://${join(dir, 'html/example.html')}`);
      expect([await page.isVisible('#reading'), await page.isVisible('#diplomatic'), await page.isVisible('.view-switch button')]).toEqual([true, false, false]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

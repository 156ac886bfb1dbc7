import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEditions, type RenderDoc } from '../../lib/render/index.js';

const CHROMIUM = process.env['TEIPRESS_CHROMIUM'] ?? '/usr/bin/chromium';
const fixture = readFileSync(new URL('../fixtures/render/letter/input.xml', import.meta.url), 'utf8');

/** The fixture with its first paragraph repeated, so that the letter runs over many pages. */
function longLetter(times: number): string {
  const p = /<p>The engine[\s\S]*?<\/p>/.exec(fixture)?.[0] ?? '';
  return fixture.replace(p, Array.from({ length: times }, () => p).join('\n'));
}

async function pdfOf(doc: RenderDoc): Promise<string> {
  const { files, diagnostics } = await renderEditions([doc], { targets: ['pdf'], chromium: CHROMIUM });
  expect(diagnostics).toEqual([]);
  const pdf = files.find((f) => f.path === `pdf/${doc.id}.pdf`);
  if (!pdf || typeof pdf.content === 'string') throw new Error('no PDF');
  const path = join(mkdtempSync(join(tmpdir(), 'teipress-pdf-')), `${doc.id}.pdf`);
  writeFileSync(path, pdf.content);
  return path;
}

const pdftotext = (path: string): string => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
const pages = (path: string): number => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);

describe('the PDF edition', () => {
  it.skipIf(!existsSync(CHROMIUM))('holds the reading text, the running head and page numbers', async () => {
    const path = await pdfOf({ id: 'letter', file: 'tei/letter.xml', xml: fixture });
    const text = pdftotext(path).replace(/\s+/g, ' ');
    expect(text).toContain('I have added a word, and one is uncertain');
    expect(text).not.toContain('struck');
    expect(pages(path)).toEqual(2);
    expect(text).toMatch(/\b1 ?\/ ?2\b/);
    expect(text).toMatch(/\b2 ?\/ ?2\b/);
    expect(text).toContain('Letter from Ada Byron to Charles Babbage, 3 March 1843');
  }, 60_000);

  it.skipIf(!existsSync(CHROMIUM))('runs a long letter over many numbered pages', async () => {
    const path = await pdfOf({ id: 'long', file: 'tei/long.xml', xml: longLetter(60) });
    const count = pages(path);
    expect(count).toBeGreaterThan(3);
    const text = pdftotext(path);
    expect(text).toMatch(new RegExp(`\\b${count} ?/ ?${count}\\b`));
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toEqual('%PDF-');
  }, 60_000);

  it.skipIf(!existsSync(CHROMIUM))('gives the same bytes for the same input', async () => {
    const doc = { id: 'letter', file: 'tei/letter.xml', xml: fixture };
    expect(readFileSync(await pdfOf(doc))).toEqual(readFileSync(await pdfOf(doc)));
  }, 60_000);
});

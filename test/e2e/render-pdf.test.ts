import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEditions, type RenderDoc } from '../../src/render/index.js';
import { CHROMIUM, skipChromium } from './chromium.js';

const fixture = readFileSync(new URL('../fixtures/render/letter/input.xml', import.meta.url), 'utf8');
const memo = readFileSync(new URL('../fixtures/render/memo/input.xml', import.meta.url), 'utf8');

/** The titles of the PDF's outline (bookmarks), in file order: Chromium writes them as UTF-16 hex or literal strings. */
function outline(path: string): string[] {
  const pdf = readFileSync(path).toString('latin1');
  const titles: string[] = [];
  for (const m of pdf.matchAll(/<<\s*\/Title\s*(?:<([0-9A-Fa-f]+)>|\(([^)]*)\))[^<>]*\/Parent/gu)) {
    if (m[1]) titles.push(Buffer.from(m[1].replace(/^FEFF/iu, ''), 'hex').swap16().toString('utf16le'));
    else if (m[2] !== undefined) titles.push(m[2]);
  }
  return titles;
}

const info = (path: string): Record<string, string> => Object.fromEntries(
  execFileSync('pdfinfo', [path], { encoding: 'utf8' }).split('\n').map((l) => /^([A-Za-z]+):\s+(.*)$/u.exec(l)).filter((m) => m).map((m) => [m![1]!, m![2]!]));

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
  it.skipIf(skipChromium)('holds the reading text, the running head and page numbers', async () => {
    const path = await pdfOf({ id: 'letter', file: 'tei/letter.xml', xml: fixture });
    const text = pdftotext(path).replace(/\s+/g, ' ');
    expect(text).toContain('I have added a word, and one is uncertain');
    expect(text).not.toContain('struck');
    expect(pages(path)).toEqual(2);
    expect(text).toContain('1 of 2');
    expect(text).toContain('2 of 2');
    expect(text).toContain('Letter from Ada Byron to Charles Babbage, 3 March 1843');
  }, 60_000);

  it.skipIf(skipChromium)('runs a long letter over many numbered pages', async () => {
    const path = await pdfOf({ id: 'long', file: 'tei/long.xml', xml: longLetter(60) });
    const count = pages(path);
    expect(count).toBeGreaterThan(3);
    const text = pdftotext(path);
    expect(text).toContain(`${count} of ${count}`);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toEqual('%PDF-');
  }, 60_000);

  it.skipIf(skipChromium)('gives the same bytes for the same input', async () => {
    const doc = { id: 'letter', file: 'tei/letter.xml', xml: fixture };
    expect(readFileSync(await pdfOf(doc))).toEqual(readFileSync(await pdfOf(doc)));
  }, 60_000);

  it.skipIf(skipChromium)('has bookmarks for the title and each document, tags, and document information', async () => {
    const path = await pdfOf({ id: 'letter', file: 'tei/letter.xml', xml: fixture });
    expect(outline(path)).toEqual(expect.arrayContaining(['Letter from Ada Byron to Charles Babbage, 3 March 1843', '1. Letter', '2. Memorandum']));
    const i = info(path);
    expect([i['Title'], i['Author'], i['Tagged'], i['Creator']]).toEqual(['Letter from Ada Byron to Charles Babbage, 3 March 1843', 'Ada Byron', 'yes', 'teipress']);
    expect(i['Subject']).toEqual('Letter, Memorandum, 3 March 1843, Ada Byron → Charles Babbage (Edition)');
    expect(i['Keywords']).toEqual('letter; memorandum; British Library; Babbage Correspondence; Confidential');
  }, 60_000);

  it.skipIf(skipChromium)('puts a footnote at the foot of the page that calls it, with the edition\'s number and no web link', async () => {
    const path = await pdfOf({ id: 'memo', file: 'tei/memo.xml', xml: memo });
    const lines = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter((l) => l);
    const body = lines.findIndex((l) => l.startsWith('Sincerely yours'));
    const note = lines.findIndex((l) => l.includes("See the consul's despatch of 4 March 1958."));
    const folio = lines.findIndex((l) => /^1 of \d+$/u.test(l));
    expect(body).toBeGreaterThan(0);
    expect([note > body, folio > note, folio - note <= 6]).toEqual([true, true, true]);
    expect(lines[note - 1]).toEqual('1');
    expect(lines.join(' ')).not.toContain('↩');
    expect(lines.join(' ')).toContain('protested at once.1 The consul');
  }, 60_000);

  it.skipIf(skipChromium)('gives text that extracts as words, headings included', async () => {
    // a word hyphenated at a line end (U+2010, assets/hyphenate.js) is joined again, as a reader of the PDF's text would
    const text = pdftotext(await pdfOf({ id: 'memo', file: 'tei/memo.xml', xml: memo })).replace(/\u2010\n/gu, '').replace(/[ \n]+/gu, ' ');
    expect(text).toContain('Cite this document');
    expect(text).toContain('1. Memorandum');
    expect(text).toContain('completed in haste [illegible: 2 words]');
    expect(text).not.toMatch(/\b(?:[A-Za-z] ){4}/u);
  }, 60_000);
});

// The PDF's page layout, read back page by page with pdftotext: a furniture apparatus heading
// never stands at the foot of a page without its rows, and hyphenation (hyphens: auto with the
// text's lang) takes effect while the text still extracts as whole words.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEditions } from '../../src/render/index.js';
import { CHROMIUM, skipChromium } from './chromium.js';

const HEADER = `<teiHeader><fileDesc><titleStmt><title>Layout fixture</title></titleStmt><publicationStmt><publisher>Fixture press</publisher></publicationStmt>
<sourceDesc><msDesc><msIdentifier><repository>Fixture archive</repository></msIdentifier></msDesc></sourceDesc></fileDesc></teiHeader>`;

const tei = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">${HEADER}<text><body>${body}</body></text></TEI>`;

/**
 * Documents that each fill most of a page, one line more each time, then end with three rows of
 * furniture: one of them puts its apparatus heading where a page ends, whatever the page size.
 */
function documentsEndingAtEveryHeight(count: number, baseLines: number): string {
  return Array.from({ length: count }, (_, k) => {
    const lines = Array.from({ length: baseLines + k }, (_, i) => `<p>Line ${i + 1} of report ${k + 1} on the harbour.</p>`).join('');
    return `<div type="document" subtype="report" n="${k + 1}"><pb n="${k + 1}"/><fw type="stamp" place="top"><stamp type="received">RECEIVED ${k + 1}</stamp></fw>${lines}
<fw type="folio" place="bottom" n="${k + 1}">F-${k + 1}</fw><fw type="archival-citation" place="bottom">Fixture archive, box ${k + 1}</fw></div>`;
  }).join('\n');
}

async function pdf(xml: string): Promise<string> {
  const { files, diagnostics } = await renderEditions([{ id: 'layout', file: 'tei/layout.xml', xml }], { targets: ['pdf'], chromium: CHROMIUM });
  expect(diagnostics).toEqual([]);
  const out = files.find((f) => f.path === 'pdf/layout.pdf');
  if (!out || typeof out.content === 'string') throw new Error('no PDF');
  const path = join(mkdtempSync(join(tmpdir(), 'teipress-layout-')), 'layout.pdf');
  writeFileSync(path, out.content);
  return path;
}

/** The text lines of each page, without blank lines and without the page number line. */
function pageLines(path: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const tidy = (l: string): string => l.replace(/^[ \t]+|[ \t]+$/gu, '');
  return text.split('\f').map((p) => p.split('\n').map(tidy).filter((l) => l && !/^\d+ of \d+$/u.test(l))).filter((p) => p.length);
}

describe('the PDF\'s page layout', () => {
  it.skipIf(skipChromium)('never leaves a furniture apparatus heading at the foot of a page without its rows', async () => {
    const pages = pageLines(await pdf(tei(documentsEndingAtEveryHeight(9, 38))));
    const headings = pages.flatMap((lines, p) => lines.map((l, i) => ({ p, i, l })).filter((x) => /^page furniture$/iu.test(x.l)));
    expect(headings.length).toEqual(9);
    // each heading is followed on its own page by its first row ("p. N, top  Stamp (received)  RECEIVED N")
    expect(headings.map((h) => /^p\. \d+, top\b/u.test(pages[h.p]?.[h.i + 1] ?? ''))).toEqual(headings.map(() => true));
  }, 120_000);

  it.skipIf(skipChromium)('hyphenates line ends in a column of long words, and the text extracts as whole words', async () => {
    const words = 'internationalisation responsibilities extraordinarily characteristically incomprehensibility representatives administration consideration';
    const text = Array.from({ length: 6 }, () => words).join(' ');
    const lines = pageLines(await pdf(tei(`<div type="document" subtype="report" n="1"><p>${text}.</p></div>`))).flat();
    const first = lines.findIndex((l) => l.startsWith('internationalisation') || l.startsWith('interna'));
    const paragraph = lines.slice(first, lines.findIndex((l, i) => i > first && l.endsWith('.')) + 1);
    expect(paragraph.filter((l) => /[\u2010-]$/u.test(l)).length).toBeGreaterThan(2);
    expect(paragraph.join('\n').replace(/[\u2010-]\n/gu, '').replace(/\n/gu, ' ')).toEqual(`${text}.`);
    expect(lines.join('\n')).not.toMatch(/\u00AD/u);
  }, 60_000);
});

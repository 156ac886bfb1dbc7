// The native renderer (src/render/native/) against the stylesheets it stands in for: every
// output of every document (the HTML page body, the print page, the summary, both text
// editions), rendered both ways with two sets of parameters, must be the same bytes (the
// summary the same JSON value). The documents: the render fixtures (notes, lists, forms, a
// quoted letter, a hand-edited file…), the sample edition's TEI, and seeded random TEI
// (test/support/random-tei.ts) that mixes every element of the behaviour table in plausible
// and odd nestings, with awkward characters and attribute values.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderNative, nativeEnabled, type NativeOutputs, type PageParams } from '../../../src/render/native/index.js';
import { stylesheets, transformHtmlBatch } from '../../../src/render/saxon.js';
import { textEditionsBatch } from '../../../src/render/transforms.js';
import { renderDocuments } from '../../../src/render/transforms-batch.js';
import { renderDocument } from '../../../src/render/document.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import type { RenderOptions } from '../../../src/render/index.js';
import { randomTei } from '../../support/random-tei.js';
import { fixture } from './helpers.js';

const sheets = stylesheets();
const ALL = { html: true, print: true, text: true, readingText: false };

const PARAMS: readonly PageParams[] = [
  { siteTitle: 'Edition', buildDate: '2026-01-15', docPath: 'html/doc.html', pdfPath: '../pdf/doc.pdf', dateFormat: 'dmy', pageSize: 'A4' },
  { siteTitle: '', buildDate: '', docPath: 'html/other.html', pdfPath: '', dateFormat: 'mdy', pageSize: 'Letter' },
  { siteTitle: 'Letters "of" <State>', buildDate: '2024-02-29', docPath: 'html/x.html', pdfPath: '', dateFormat: 'iso', pageSize: 'A5' },
];

/** What the stylesheets write for the document, as the native renderer's outputs. */
function byStylesheets(xml: string, p: PageParams): Required<NativeOutputs> {
  const params = { 'site-title': p.siteTitle, 'build-date': p.buildDate, 'date-format': p.dateFormat, 'page-size': p.pageSize, 'doc-path': '', 'pdf-path': '' };
  const html = transformHtmlBatch([{ xml, docPath: p.docPath, pdfPath: p.pdfPath }], params, sheets, true);
  const [texts] = textEditionsBatch([xml], sheets);
  return { summary: html.summaries[0] as string, body: html.outputs[0] as string, print: (html.prints as string[])[0] as string, reading: texts?.reading as string, diplomatic: texts?.diplomatic as string };
}

/** Compares one document both ways; true when the native renderer rendered it. */
function same(xml: string, p: PageParams): boolean {
  const native = renderNative(xml, p, ALL);
  if (native === undefined) return false;
  const want = byStylesheets(xml, p);
  expect({ ...native, summary: JSON.parse(native.summary) as unknown }).toEqual({ ...want, summary: JSON.parse(want.summary) as unknown });
  return true;
}

const fixtures = readdirSync(fixture(''), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => fixture(`${e.name}/input.xml`));
const sample = readdirSync(new URL('../../../tei/', import.meta.url).pathname).filter((n) => n.endsWith('.xml')).map((n) => new URL(`../../../tei/${n}`, import.meta.url).pathname);

describe('the native renderer gives the stylesheets\' bytes', () => {
  for (const file of [...fixtures, ...sample]) {
    it(`on ${file.split('/').slice(-2).join('/')}, for every output and parameter set`, () => {
      const xml = readFileSync(file, 'utf8');
      for (const p of PARAMS) expect(same(xml, p)).toBe(true);
    });
  }

  it('on 200 random TEI documents (seeds 1-200), rendering nearly all of them itself', () => {
    let native = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const xml = randomTei(seed);
      const p = PARAMS[seed % PARAMS.length] as PageParams;
      try {
        if (same(xml, p)) native++;
      } catch (e) {
        throw new Error(`seed ${seed}: ${(e as Error).message.slice(0, 4000)}`);
      }
    }
    expect(native).toBeGreaterThanOrEqual(180);
  });

  it('leaves to the stylesheets what it does not read exactly as they do, and the render is the same', () => {
    const base = readFileSync(fixtures[0] as string, 'utf8');
    const odd = [
      base.replace('<body>', '<body><!-- a comment is a node the stylesheets see -->'),
      base.replace(/<p>/, '<p><![CDATA[<raw>]]>'),
      base.replace('<body>', '<body><?pi data?>'),
    ];
    const opts: RenderOptions = { targets: ['html', 'print', 'text'], chromium: null, siteTitle: 'Edition', buildDate: '2026-01-15' };
    for (const xml of odd) {
      expect(xml).not.toEqual(base);
      expect(renderNative(xml, PARAMS[0] as PageParams, ALL)).toBeUndefined();
      const doc = { id: 'odd', file: 'tei/odd.xml', xml };
      const diagnostics: Diagnostic[] = [];
      const alone = renderDocument(doc, opts, diagnostics, sheets);
      expect(diagnostics).toEqual([]);
      expect(renderDocuments([doc], opts, sheets)).toEqual([{ rendered: alone, diagnostics: [] }]);
    }
  });

  it('keeps a year and month that is no month as written, both ways (the stylesheets once failed on it)', () => {
    const xml = readFileSync(fixtures[0] as string, 'utf8').replace(/<body>/, '<body><div type="document"><opener><dateline><date when="1962-13">Smarch 1962</date></dateline></opener><p>Text.</p></div>');
    for (const p of PARAMS) expect(same(xml, p)).toBe(true);
    const native = renderNative(xml, PARAMS[0] as PageParams, ALL);
    expect(JSON.parse(native?.summary ?? '{}')).toMatchObject({ date: '1962-13', dateLabel: '1962-13' });
  });

  it('is on unless TEIPRESS_RENDERER=xslt', () => {
    expect(nativeEnabled({})).toBe(true);
    expect(nativeEnabled({ TEIPRESS_RENDERER: 'native' })).toBe(true);
    expect(nativeEnabled({ TEIPRESS_RENDERER: 'xslt' })).toBe(false);
  });
});

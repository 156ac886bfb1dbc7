import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { renderDocument } from '../../../src/render/document.js';
import type { RenderDoc, RenderOptions } from '../../../src/render/index.js';
import { stylesheets, transform, transformBatch, transformHtmlBatch, transformToStrings, type StylesheetName } from '../../../src/render/saxon.js';
import { textEditions, textEditionsBatch, textEditionsOf } from '../../../src/render/transforms.js';
import { MAX_BATCH } from '../../../src/render/batch-limit.js';
import { renderDocuments, renderTogether } from '../../../src/render/transforms-batch.js';
import { fixture } from './helpers.js';

// Every fixture TEI of the render goldens: letters, memoranda, lists, notes, a hand-edited file.
const names = readdirSync(fixture(''), { withFileTypes: true }).filter((e) => e.isDirectory() && readdirSync(fixture(e.name)).includes('input.xml')).map((e) => e.name).sort();
const docs: RenderDoc[] = names.map((n) => ({ id: n, file: `tei/${n}.xml`, xml: readFileSync(fixture(`${n}/input.xml`), 'utf8') }));
const params: Record<StylesheetName, Record<string, string>> = {
  'tei-to-summary': { 'date-format': 'mdy' },
  'tei-to-text': { edition: 'diplomatic' },
  'tei-to-html': { 'site-title': 'Letters', 'build-date': '2024-02-29', 'date-format': 'dmy' },
  'tei-to-print': { 'site-title': 'Letters', 'build-date': '', 'date-format': 'iso', 'page-size': 'Letter' },
};
const opts: RenderOptions = { targets: ['html', 'print', 'text'], chromium: null, siteTitle: 'Letters', buildDate: '2024-02-29' };

/** Each document alone, as the renderer did before batches. */
function oneByOne(batch: readonly RenderDoc[], options: RenderOptions = opts): { rendered?: unknown; diagnostics: Diagnostic[] }[] {
  const sheets = stylesheets();
  return batch.map((doc) => {
    const diagnostics: Diagnostic[] = [];
    const rendered = renderDocument(doc, options, diagnostics, sheets);
    return rendered ? { rendered, diagnostics } : { diagnostics };
  });
}

describe('a batch of documents in one stylesheet run', () => {
  it('has fixtures to batch', () => {
    expect(docs.length).toBeGreaterThan(3);
  });

  for (const name of Object.keys(params) as StylesheetName[]) {
    it(`gives each document the bytes a run of its own gives (${name}), with its own page paths`, () => {
      const sheets = stylesheets();
      const paths = docs.map((d) => ({ docPath: `html/${d.id}.html`, pdfPath: `pdf/${d.id}.pdf` }));
      const batched = transformBatch(name, docs.map((d, i) => ({ xml: d.xml, ...paths[i] })), params[name], sheets);
      const alone = docs.map((d, i) => transform(name, d.xml, { ...params[name], 'doc-path': paths[i]!.docPath, 'pdf-path': paths[i]!.pdfPath }, sheets));
      expect(batched).toEqual(alone);
    });
  }

  it('gives each document its two texts from one unserialized text run, the texts a run of its own gives', () => {
    const sheets = stylesheets();
    const texts = textEditionsBatch(docs.map((d) => d.xml), sheets);
    expect(texts).toEqual(docs.map((d) => textEditions({ file: d.file, xml: d.xml }, [], sheets)));
    expect(texts).toEqual(docs.map((d) => ({
      reading: transform('tei-to-text', d.xml, { edition: 'reading' }, sheets),
      diplomatic: transform('tei-to-text', d.xml, { edition: 'diplomatic' }, sheets),
    })));
  });

  it('takes only strings from an unserialized run: one edition alone is a text node, and fails', () => {
    const sheets = stylesheets();
    expect(transformToStrings('tei-to-text', docs[0]!.xml, { edition: 'both' }, sheets)).toHaveLength(2);
    expect(() => transformToStrings('tei-to-text', docs[0]!.xml, { edition: 'reading' }, sheets)).toThrow(/not a string/u);
  });

  it('pairs the texts of a batch with its documents, and refuses a count that does not pair', () => {
    expect(textEditionsOf(['r1', 'd1', 'r2', 'd2'], 2)).toEqual([{ reading: 'r1', diplomatic: 'd1' }, { reading: 'r2', diplomatic: 'd2' }]);
    expect(() => textEditionsOf(['r1', 'd1', 'r2'], 2)).toThrow(/3 texts for 2 documents/u);
  });

  it('gives each document its summary from the HTML run, the bytes tei-to-summary gives it', () => {
    const sheets = stylesheets();
    const { outputs, summaries } = transformHtmlBatch(docs.map((d) => ({ xml: d.xml })), params['tei-to-html'], sheets);
    expect(outputs).toEqual(docs.map((d) => transform('tei-to-html', d.xml, params['tei-to-html'], sheets)));
    expect(summaries).toEqual(docs.map((d) => transform('tei-to-summary', d.xml, { 'date-format': 'dmy' }, sheets)));
    expect(JSON.parse(summaries[0]!)).toHaveProperty('types');
  });

  it('gives each document its print page from the HTML run, the bytes tei-to-print gives it, notes at the foot of the page', () => {
    const sheets = stylesheets();
    const both = { ...params['tei-to-html'], 'page-size': 'Letter' };
    const paths = docs.map((d) => ({ docPath: `html/${d.id}.html`, pdfPath: `pdf/${d.id}.pdf` }));
    const run = transformHtmlBatch(docs.map((d, i) => ({ xml: d.xml, ...paths[i] })), both, sheets, true);
    const own = (name: StylesheetName) => docs.map((d, i) => transform(name, d.xml, { ...both, 'doc-path': paths[i]!.docPath, 'pdf-path': paths[i]!.pdfPath }, sheets));
    expect(run.prints).toEqual(own('tei-to-print'));
    expect(run.outputs).toEqual(own('tei-to-html'));
    // the print medium, not the web page's, in the same run: a called note stands at its mark
    // as a footnote in print, and is listed after the text on the web page
    const noted = docs.findIndex((d) => d.id === 'memo');
    expect(run.prints![noted]).toContain('<span class="footnote">');
    expect(run.outputs[noted]).not.toContain('<span class="footnote">');
    expect(run.outputs[noted]).toContain('role="doc-noteref"');
    expect(run.prints![noted]).not.toContain('role="doc-noteref"');
    expect(run.prints![noted]).toContain('size: Letter');
    // without the flag the run writes no print page
    expect(transformHtmlBatch(docs.map((d) => ({ xml: d.xml })), both, sheets).prints).toBeUndefined();
  });

  it('renders every target of every document together as renderDocument renders it alone', () => {
    const alone = oneByOne(docs);
    expect(alone.every((r) => r.rendered !== undefined && r.diagnostics.length === 0)).toBe(true);
    expect(renderTogether(docs, opts, stylesheets()).map((rendered) => ({ rendered, diagnostics: [] }))).toEqual(alone);
    expect(renderDocuments(docs, opts, stylesheets())).toEqual(alone);
  });

  it('splits more documents than a batch holds into several batches, in order', () => {
    const text: RenderOptions = { targets: ['text'], chromium: null, site: false };
    const many = Array.from({ length: MAX_BATCH + 3 }, (_, i) => ({ ...docs[i % docs.length]!, id: `doc-${i}`, file: `tei/doc-${i}.xml` }));
    expect(renderDocuments(many, text, stylesheets())).toEqual(oneByOne(many, text));
  });

  it('gives a document that a stylesheet fails on its own error, and the others their outputs', () => {
    const bad: RenderDoc = { id: 'not-tei', file: 'tei/not-tei.xml', xml: '<letter>No TEI here.</letter>' };
    const mixed = [docs[0]!, bad, docs[1]!];
    const results = renderDocuments(mixed, opts, stylesheets());
    expect(results).toEqual(oneByOne(mixed));
    expect(results.map((r) => r.rendered !== undefined)).toEqual([true, false, true]);
    expect(results[1]!.diagnostics.map((d) => [d.rule, d.file])).toEqual([['render/xslt', 'tei/not-tei.xml']]);
  });

  it('throws when a document of a batch fails, rather than returning a partial batch', () => {
    expect(() => transformBatch('tei-to-summary', [{ xml: docs[0]!.xml }, { xml: '<letter/>' }], params['tei-to-summary'], stylesheets())).toThrow();
  });
});

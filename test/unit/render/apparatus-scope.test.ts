import { describe, expect, it } from 'vitest';
import { renderEditions } from '../../../src/render/index.js';
import { find, findAll, hasClass, parseHtml, text, type El } from './helpers.js';

/** A TEI file whose body is `body`. */
function tei(body: string): string {
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;
}

/** The reading view's sections (one per document), each with the items of its apparatus. */
async function apparatusBySection(body: string): Promise<string[][]> {
  const { files, diagnostics } = await renderEditions([{ id: 'f', file: 'tei/f.xml', xml: tei(body) }], { targets: ['html'] });
  expect(diagnostics).toEqual([]);
  const reading = find(parseHtml(String(files.find((f) => f.path === 'html/f.html')?.content)), hasClass('view-reading'));
  return findAll(reading, (e: El) => e.name === 'section').map((s) => findAll(s, (e) => e.name === 'li' && findAll(e, hasClass('app-loc')).length > 0).map(text));
}

describe('the apparatus of a file of several documents', () => {
  it("lists in each document's apparatus its own furniture only, paged from the document's own page breaks", async () => {
    const body =
      '<div type="document" n="1"><fw type="stamp" place="top">ALPHA</fw><p>one</p><pb n="7"/><fw type="folio">f. 7</fw><p>two</p></div>' +
      '<div type="document" n="2"><p>three</p><pb n="3"/><p>four</p><fw type="stamp">BETA</fw></div>';
    expect(await apparatusBySection(body)).toEqual([
      ['p. 1, top Stamp ALPHA', 'p. 7 Folio f. 7'],
      ['p. 3 Stamp BETA'],
    ]);
  });

  it('gives a document without furniture no apparatus, though another document of the file has one', async () => {
    const body = '<div type="document" n="1"><p>plain</p><pb n="2"/><p>text</p></div><div type="document" n="2"><fw type="stamp">GAMMA</fw><p>x</p></div>';
    expect(await apparatusBySection(body)).toEqual([[], ['p. 1 Stamp GAMMA']]);
  });
});

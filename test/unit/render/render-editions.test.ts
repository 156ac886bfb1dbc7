import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEditions, type RenderDoc } from '../../../src/render/index.js';
import { find, findAll, fixture, hasClass, parseHtml, text } from './helpers.js';

const xml = readFileSync(fixture('letter/input.xml'), 'utf8');
// the shared sample, beside the worktree; the tests that need it skip without it
const EXAMPLE = new URL('../../../../shared/samples/example-encoding.xml', import.meta.url);
const example = existsSync(EXAMPLE) ? readFileSync(EXAMPLE, 'utf8') : '';
const docs: RenderDoc[] = [
  { id: 'letter', file: 'tei/letter.xml', xml },
  { id: 'example', file: 'tei/example.xml', xml: example },
];

describe.skipIf(!example)('renderEditions (with the shared sample beside the worktree)', () => {
  it('returns the pages, index, assets and TEI copies for the html target', async () => {
    const { files } = await renderEditions(docs, { targets: ['html'] });
    expect(files.map((f) => f.path).filter((p) => !p.startsWith('assets/fonts/'))).toEqual([
      'assets/edition.css', 'assets/edition.js', 'assets/fonts.css', 'assets/minisearch.LICENSE.txt', 'assets/minisearch.js', 'assets/search-index.js', 'assets/search.js',
      'html/example.html', 'html/letter.html', 'index.html', 'search.html', 'tei/example.xml', 'tei/letter.xml',
    ]);
    const fonts = files.map((f) => f.path).filter((p) => p.startsWith('assets/fonts/'));
    expect(fonts).toContain('assets/fonts/LICENSE.txt');
    expect(fonts).toContain('assets/fonts/source-serif-4-latin-400-normal.woff2');
    expect(files.find((f) => f.path === 'tei/letter.xml')?.content).toEqual(xml);
  });

  it('lists every document in the index in date order with its formats', async () => {
    const { files } = await renderEditions(docs, { targets: ['html', 'text'], siteTitle: 'Letters' });
    const index = parseHtml(String(files.find((f) => f.path === 'index.html')?.content));
    const rows = findAll(find(index, (e) => e.name === 'tbody'), (e) => e.name === 'tr').map((tr) =>
      tr.children.filter((c) => typeof c !== 'string').map((c) => findAll(c, (e) => e.name === 'li').map(text).join(' | ') || text(c)),
    );
    expect(rows).toEqual([
      ['3 March 1843', 'Letter from Ada Byron to Charles Babbage, 3 March 1843', 'Letter, Memorandum', 'Ada Byron → Charles Babbage', '4', 'Edition | Reading text | Diplomatic text | TEI XML'],
      ['5 November 1962', 'Letter from John F. Kennedy to Nikita S. Khrushchev, 5 November 1962 (draft)', 'Letter, Telegram', 'John F. Kennedy → Nikita S. Khrushchev', '4', 'Edition | Reading text | Diplomatic text | TEI XML'],
    ]);
  });

  it('writes every date of the site in the configured format, day month year by default', async () => {
    const dates = async (dateFormat?: 'dmy' | 'mdy' | 'iso'): Promise<string[]> => {
      const { files } = await renderEditions(docs, { targets: ['html'], ...(dateFormat ? { dateFormat } : {}) });
      const index = parseHtml(String(files.find((f) => f.path === 'index.html')?.content));
      const page = parseHtml(String(files.find((f) => f.path === 'html/letter.html')?.content));
      return [
        ...findAll(index, (e) => e.name === 'time').map(text),
        text(find(page, hasClass('doc-subtitle'))).split(' · ')[0] ?? '',
        text(find(find(page, hasClass('meta-dateLabel')), (e) => e.name === 'dd')),
      ];
    };
    expect(await dates()).toEqual(['3 March 1843', '5 November 1962', '3 March 1843', '3 March 1843']);
    expect(await dates('mdy')).toEqual(['March 3, 1843', 'November 5, 1962', 'March 3, 1843', 'March 3, 1843']);
    expect(await dates('iso')).toEqual(['1843-03-03', '1962-11-05', '1843-03-03', '1843-03-03']);
  });

  it('dates an index row by the first dated date of the text when the header, dateline and title have none', async () => {
    const undated = xml.replace(/(<title>[^<]*), 3 March 1843<\/title>/u, '$1</title>').replace(/<correspDesc>[\s\S]*?<\/correspDesc>/u, '').replace(/<dateline>[\s\S]*?<\/dateline>/u, '');
    const { files } = await renderEditions([{ id: 'u', file: 'tei/u.xml', xml: undated }], { targets: ['html'] });
    const index = parseHtml(String(files.find((f) => f.path === 'index.html')?.content));
    expect(findAll(index, (e) => e.name === 'time').map((t) => [t.attrs['datetime'], text(t)])).toEqual([['1843-02-27', '27 February 1843']]);
  });

  it('leaves a date it cannot format as written in the TEI (a month and day without a year) and still renders the page', async () => {
    const undated = xml.replace(/(<title>[^<]*), 3 March 1843<\/title>/u, '$1</title>').replace(/<correspDesc>[\s\S]*?<\/correspDesc>/u, '').replace(/<dateline>[\s\S]*?<\/dateline>/u, '').replace('when="1843-02-27"', 'when="--02-27"');
    const { files, diagnostics } = await renderEditions([{ id: 'u', file: 'tei/u.xml', xml: undated }], { targets: ['html'] });
    expect(diagnostics).toEqual([]);
    const index = parseHtml(String(files.find((f) => f.path === 'index.html')?.content));
    expect(findAll(index, (e) => e.name === 'time').map((t) => [t.attrs['datetime'], text(t)])).toEqual([['--02-27', '--02-27']]);
  });

  it('writes the pages without the site index and search when asked not to write the site', async () => {
    const { files } = await renderEditions([docs[0] as RenderDoc], { targets: ['html'], site: false });
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => !p.startsWith('assets/'))).toEqual(['html/letter.html', 'tei/letter.xml']);
    expect(paths.some((p) => p.startsWith('assets/search'))).toBe(false);
  });

  it('links each page to its neighbours with relative links only', async () => {
    const { files } = await renderEditions(docs, { targets: ['html', 'text'] });
    const letter = parseHtml(String(files.find((f) => f.path === 'html/letter.html')?.content));
    const hrefs = findAll(letter, (e) => e.name === 'a' || e.name === 'link' || e.name === 'script').map((e) => e.attrs['href'] ?? e.attrs['src']);
    // only the licence, which names a page outside the edition, is absolute
    const licence = findAll(letter, (e) => e.attrs['rel'] === 'license').map((e) => e.attrs['href']);
    expect(hrefs.filter((h) => h && /^[a-z]+:|^\//.test(h))).toEqual(licence);
    expect(findAll(letter, (e) => e.attrs['rel'] === 'next').map((e) => e.attrs['href'])).toEqual(['example.html']);
    expect(findAll(letter, (e) => e.attrs['rel'] === 'prev')).toEqual([]);
  });

  it('gives byte-identical output for the same input', async () => {
    const a = await renderEditions(docs, { targets: ['html', 'print', 'text'] });
    const b = await renderEditions(docs, { targets: ['html', 'print', 'text'] });
    expect(a).toEqual(b);
  });

  it('reports a document the stylesheets cannot read and still renders the others', async () => {
    const broken: RenderDoc = { id: 'broken', file: 'tei/broken.xml', xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>' };
    const { files, diagnostics } = await renderEditions([broken, docs[0] as RenderDoc], { targets: ['text'] });
    expect(files.map((f) => f.path)).toEqual(['text/letter.diplomatic.txt', 'text/letter.reading.txt']);
    expect(diagnostics.map((d) => [d.file, d.severity, d.rule])).toEqual([['tei/broken.xml', 'error', 'render/xslt']]);
  });

  it('writes the print HTML and warns, without failing, when no Chromium is to be used', async () => {
    const { files, diagnostics } = await renderEditions([docs[0] as RenderDoc], { targets: ['pdf'], chromium: null });
    expect(files.map((f) => f.path).filter((p) => !p.startsWith('assets/fonts/'))).toEqual([
      'assets/fonts.css', 'assets/hyphen.LICENSE.txt', 'assets/hyphen.js', 'assets/hyphenate.js', 'assets/paged.LICENSE.txt', 'assets/paged.polyfill.js', 'assets/print.css', 'print/letter.html',
    ]);
    expect(diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'render/pdf-unavailable']]);
  });

  it('warns when the configured Chromium does not exist', async () => {
    const { files, diagnostics } = await renderEditions([docs[0] as RenderDoc], { targets: ['pdf'], chromium: '/nonexistent/chromium' });
    expect(files.some((f) => f.path.endsWith('.pdf'))).toBe(false);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Chromium was not found (/nonexistent/chromium), so no PDF was made for 1 document(s); the print HTML is written.',
    ]);
  });

  it('links the print CSS, the font and paged.js, and writes the page size and running head into the print HTML', async () => {
    const { files } = await renderEditions([docs[0] as RenderDoc], { targets: ['print'], pageSize: 'Letter' });
    const print = String(files.find((f) => f.path === 'print/letter.html')?.content);
    const head = parseHtml(print);
    expect(findAll(head, (e) => e.name === 'link' || e.name === 'script').map((e) => e.attrs['href'] ?? e.attrs['src'] ?? 'inline')).toEqual([
      '../assets/fonts.css', '../assets/print.css', 'inline', '../assets/hyphen.js', '../assets/hyphenate.js', '../assets/paged.polyfill.js',
    ]);
    expect(print).toContain('@page { size: Letter; @top-center { content: "Letter from Ada Byron to Charles Babbage, 3 March 1843" " · " string(doc); } }');
    expect(String(files.find((f) => f.path === 'assets/print.css')?.content)).toContain('@bottom-center { content: counter(page) " of " counter(pages)');
  });

  it('shortens a long running head at a word, never inside one', async () => {
    const long = xml.replace(/<title>Letter from Ada Byron[^<]*<\/title>/u, '<title>Memorandum of conversation between the Secretary and the Ambassador; with Telegram 1234 and its enclosures</title>');
    const { files } = await renderEditions([{ id: 'long', file: 'tei/long.xml', xml: long }], { targets: ['print'] });
    const print = String(files.find((f) => f.path === 'print/long.html')?.content);
    expect(/@top-center \{ content: "([^"]*)"/u.exec(print)?.[1]).toEqual('Memorandum of conversation between the Secretary and the Ambassador …');
  });
});

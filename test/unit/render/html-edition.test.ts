import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEditions } from '../../../src/render/index.js';
import { find, findAll, fixture, hasClass, parseHtml, text, type El } from './helpers.js';

const xml = readFileSync(fixture('letter/input.xml'), 'utf8');

async function page(): Promise<El> {
  const { files, diagnostics } = await renderEditions([{ id: 'letter', file: 'tei/letter.xml', xml }], { targets: ['html'], siteTitle: 'Test edition' });
  expect(diagnostics).toEqual([]);
  const html = files.find((f) => f.path === 'html/letter.html');
  return parseHtml(String(html?.content));
}

const view = async (name: string): Promise<El> => find(await page(), hasClass(`view-${name}`));

describe('the HTML edition page', () => {
  it('has both views, reading first, each with one section per document', async () => {
    const root = await page();
    const views = findAll(root, hasClass('view')).map((v) => v.attrs['id']);
    expect(views).toEqual(['reading', 'diplomatic']);
    for (const v of findAll(root, hasClass('view'))) {
      expect(findAll(v, (e) => e.name === 'h2').map(text)).toEqual(['1. Letter', '2. Memorandum']);
    }
  });

  it('shows the metadata panel from the teiHeader', async () => {
    const panel = find(await page(), hasClass('metadata'));
    const rows = findAll(panel, (e) => e.name === 'div').map((d) => [text(find(d, (e) => e.name === 'dt')), text(find(d, (e) => e.name === 'dd'))]);
    expect(rows).toEqual([
      ['Title', 'Letter from Ada Byron to Charles Babbage, 3 March 1843'],
      ['Date', '3 March 1843'],
      ['Date as written', 'March 3, 1843'],
      ['Sender', 'Ada Byron'],
      ['Addressee', 'Charles Babbage'],
      ['Place', 'London'],
      ['Repository', 'British Library'],
      ['Collection', 'Babbage Correspondence'],
      ['Folder', 'Add MS 37192'],
      ['Document no.', '0042'],
      ['Folder dates', '1 January 1843 – 31 December 1843'],
      ['Classification', 'Confidential'],
      ['Pages', '4'],
      ['Source checksum (SHA-256)', '0f3a9c'],
    ]);
  });

  it('keeps furniture out of the reading flow and lists it in the apparatus with page and place', async () => {
    const reading = await view('reading');
    expect(findAll(reading, hasClass('tei-fw'))).toEqual([]);
    const apparatus = findAll(reading, hasClass('apparatus'));
    expect(apparatus).toHaveLength(2);
    const items = apparatus.flatMap((a) => findAll(a, (e) => e.name === 'li').map(text));
    expect(items).toEqual([
      'p. 1, top Classification CONFIDENTIAL',
      'p. 1, top Stamp (received) RECEIVED MAR 4 1843',
      'p. 2, top Page number - 2 -',
      'p. 2, bottom Archival citation BL Add MS 37192, f. 42',
      'p. 2, bottom Folio f.42',
      'p. 2 Unclassified furniture XQ-77 4411',
    ]);
  });

  it('marks page breaks in the margin of the reading view and as boundaries in the diplomatic view', async () => {
    expect(findAll(await view('reading'), hasClass('pb-label')).map(text)).toEqual(['[p. 2]', '[p. 2]']);
    expect(findAll(await view('diplomatic'), hasClass('pb-line')).map(text)).toEqual(['page [2]', 'page 2']);
  });

  it('omits deletions from the reading view and strikes them through in the diplomatic view', async () => {
    expect(findAll(await view('reading'), (e) => e.name === 'del')).toEqual([]);
    expect(findAll(await view('diplomatic'), (e) => e.name === 'del').map(text)).toEqual(['struck']);
    expect(findAll(await view('diplomatic'), (e) => e.name === 'br')).toHaveLength(3);
    const first = findAll(await view('reading'), (e) => e.name === 'p')[0];
    expect(first && text(first)).toEqual(
      'The engine might act upon "other things besides number", as I wrote on February twenty-seventh. I have added a word, and one is uncertain; a stain hides [illegible] and the censor took [redacted].',
    );
  });

  it('gives dates their normalised value on hover', async () => {
    const dates = findAll(await view('reading'), hasClass('tei-date')).map((e) => [e.name, e.attrs['title'], text(e)]);
    expect(dates).toEqual([
      ['time', '1843-03-03', 'March 3, 1843'],
      ['time', '1843-02-27 (inferred)', 'February twenty-seventh'],
      ['span', '1843-03-01 – 1843-03-02', '1-2 March'],
    ]);
  });

  it('gives interventions their kind on hover, from the title column of their row, and other phrases none', async () => {
    const diplomatic = await view('diplomatic');
    const hover = (cls: string) => findAll(diplomatic, hasClass(cls)).map((e) => [e.name, e.attrs['title'], e.attrs['datetime'], text(e)]);
    expect([...hover('tei-del'), ...hover('tei-add'), ...hover('tei-unclear')]).toEqual([
      ['del', 'deleted', undefined, 'struck'],
      ['ins', 'added above', undefined, 'added'],
      ['span', 'unclear reading', undefined, 'uncertain'],
    ]);
    // a date's datetime is its @when; a gap or a line has no row with a title
    expect(hover('tei-date')[0]).toEqual(['time', '1843-03-03', '1843-03-03', 'March 3, 1843']);
    expect(findAll(diplomatic, (e) => hasClass('tei-gap')(e) || hasClass('tei-addrLine')(e)).map((e) => e.attrs['title'])).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('puts long notes in footnotes and short editorial remarks inline in brackets', async () => {
    const reading = await view('reading');
    expect(findAll(reading, hasClass('noteref')).map(text)).toEqual(['1']);
    expect(findAll(find(reading, hasClass('notes')), (e) => e.name === 'li').map(text)).toEqual([
      "1 The translation of Menabrea's paper on the Analytical Engine, published later in 1843.",
    ]);
    expect(text(find(reading, hasClass('tei-signed')))).toEqual('A.A.L. [initials]');
  });

  it('renders the letter parts: address lines, closer, labelled fields', async () => {
    const reading = await view('reading');
    expect(findAll(reading, hasClass('tei-addrLine')).map(text)).toEqual(['Charles Babbage Esq.', '1 Dorset Street', 'London']);
    expect(text(find(reading, hasClass('tei-closer')))).toMatch(/^Yours ever, A\.A\.L\. \[initials\] Charles/);
    expect(findAll(reading, hasClass('tei-seg')).map((e) => [e.attrs['class'], text(e)])).toEqual([
      ['tei-seg tei-seg-to', 'To: Mr. Babbage'],
      ['tei-seg tei-seg-subject', 'Subject: Note G'],
    ]);
  });
});

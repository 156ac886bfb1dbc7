import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEditions } from '../../../src/render/index.js';
import { find, findAll, fixture, golden, hasClass, parseHtml, text } from './helpers.js';

// Elements an editor adds by hand (choice/sic/corr, abbr/expan, list, hi, emph, foreign,
// supplied, postscript), each rendered through its row of the behaviour table.
const xml = readFileSync(fixture('hand-edited/input.xml'), 'utf8');

async function files(): Promise<Record<string, string>> {
  const { files, diagnostics } = await renderEditions([{ id: 'c', file: 'tei/c.xml', xml }], { targets: ['html', 'text'] });
  expect(diagnostics).toEqual([]);
  return Object.fromEntries(files.filter((f) => typeof f.content === 'string').map((f) => [f.path, String(f.content)]));
}

describe('hand-edited elements', () => {
  it('reads the correction and the expansion in the reading view, the source in the diplomatic view', async () => {
    const page = parseHtml((await files())['html/c.html'] ?? '');
    const first = (view: string): string => text(find(find(page, hasClass(`view-${view}`)), hasClass('tei-p')));
    expect(first('reading')).toEqual('The harbour dues of the Mister Warden are payable in advance, pro rata, from the first of May:');
    expect(first('diplomatic')).toEqual('The harbur dues of the Mr. Warden are payable in advance, pro rata, from the first of May:');
  });

  it('gives lists, emphasis and the postscript their HTML', async () => {
    const reading = find(parseHtml((await files())['html/c.html'] ?? ''), hasClass('view-reading'));
    expect(findAll(reading, (e) => e.name === 'ul').map((ul) => findAll(ul, (e) => e.name === 'li').map(text))).toEqual([['pilotage;', 'berthing;']]);
    expect(findAll(reading, (e) => e.name === 'em').map(text)).toEqual(['payable']);
    expect(findAll(reading, hasClass('tei-hi-underline')).map(text)).toEqual(['advance']);
    expect(text(find(reading, hasClass('tei-postscript')))).toEqual('Copies to all masters.');
  });

  it('shows the source line, box and folder, and the licence, in the citation block', async () => {
    const cite = find(parseHtml((await files())['html/c.html'] ?? ''), hasClass('cite'));
    expect(findAll(cite, (e) => e.name === 'p').map(text)).toEqual([
      'Test press. “Circular to the harbour masters, 2 May 1871.” In Edition. 2 May 1871. html/c.html.',
      'Source: Harbour Board Archive, Circulars, Box 7, 1871/2',
      'Licence: CC BY 4.0',
    ]);
  });

  it('renders both text editions as their goldens', async () => {
    const f = await files();
    for (const kind of ['reading', 'diplomatic']) {
      const actual = f[`text/c.${kind}.txt`] ?? '';
      expect(actual).toEqual(golden(fixture(`hand-edited/${kind}.txt`), actual));
    }
  });
});

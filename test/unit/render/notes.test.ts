import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEditions, type OutputFile } from '../../../src/render/index.js';
import { find, findAll, fixture, golden, hasClass, parseHtml, text, type El } from './helpers.js';

// The memo fixture: two authorial footnotes (marks [1] [2] in the text, notes at the foot of
// page 1), a mark [9] with no note (negative case), a short editorial remark ([initials],
// inline) and a long editorial note (numbered 3).
const xml = readFileSync(fixture('memo/input.xml'), 'utf8');

async function render(targets: ('html' | 'print' | 'text')[]): Promise<Record<string, string>> {
  const { files, diagnostics } = await renderEditions([{ id: 'memo', file: 'tei/memo.xml', xml }], { targets, chromium: null });
  expect(diagnostics).toEqual([]);
  return Object.fromEntries(files.filter((f: OutputFile) => typeof f.content === 'string').map((f) => [f.path, String(f.content)]));
}

async function view(name: string): Promise<El> {
  return find(parseHtml((await render(['html']))['html/memo.html'] ?? ''), hasClass(`view-${name}`));
}

describe('notes', () => {
  it('calls each note from the reading text with a superscript link, numbered once per document', async () => {
    const reading = await view('reading');
    const calls = findAll(reading, hasClass('noteref')).map((sup) => find(sup, (e) => e.name === 'a'));
    expect(calls.map((a) => [text(a), a.attrs['href'], a.attrs['id'], a.attrs['role']])).toEqual([
      ['1', '#r-d1-fn1', 'r-d1-fnref1', 'doc-noteref'],
      ['2', '#r-d1-fn2', 'r-d1-fnref2', 'doc-noteref'],
      ['3', '#r-d1-fn3', 'r-d1-fnref3', 'doc-noteref'],
    ]);
  });

  it('lists the notes at the end of the document, each number once and linking back to its call', async () => {
    const list = find(await view('reading'), hasClass('notes'));
    expect(findAll(list, (e) => e.name === 'li').map((li) => [li.attrs['id'], text(li), find(li, hasClass('note-num')).attrs['href']])).toEqual([
      ['r-d1-fn1', "1 See the consul's despatch of 4 March 1958.", '#r-d1-fnref1'],
      ['r-d1-fn2', '2 Draft attached.', '#r-d1-fnref2'],
      ['r-d1-fn3', '3 The despatch itself was not found in the folder when this edition was made.', '#r-d1-fnref3'],
    ]);
  });

  it('keeps footnotes out of the reading flow, a short remark inline, and a mark without a note as a plain superscript', async () => {
    const reading = await view('reading');
    const flow = findAll(reading, (e) => hasClass('tei-p')(e) || hasClass('tei-div')(e));
    expect(findAll(reading, hasClass('tei-note-footnote'))).toEqual([]);
    expect(flow.some((e) => text(e).includes('[initials]'))).toBe(true);
    expect(findAll(reading, hasClass('tei-ref-footnote-mark')).map((e) => [e.name, text(e)])).toEqual([['sup', '9']]);
  });

  it('shows footnotes where they stand on the page in the diplomatic view, with their own labels', async () => {
    const dipl = await view('diplomatic');
    expect(findAll(dipl, hasClass('tei-note-footnote')).map((e) => [e.name, text(e)])).toEqual([
      ['div', "1 See the consul's despatch of 4 March 1958."],
      ['div', '2 Draft attached.'],
    ]);
    expect(findAll(dipl, hasClass('tei-ref-footnote-mark')).map(text)).toEqual(['1', '2', '9']);
    expect(findAll(dipl, hasClass('noteref'))).toEqual([]);
  });

  it('puts each note at its call in the print edition, for the foot of the page, with no web links', async () => {
    const print = parseHtml((await render(['print']))['print/memo.html'] ?? '');
    expect(findAll(print, hasClass('footnote')).map(text)).toEqual([
      "1 See the consul's despatch of 4 March 1958.",
      '2 Draft attached.',
      '3 The despatch itself was not found in the folder when this edition was made.',
    ]);
    expect(findAll(print, hasClass('fn-call')).map(text)).toEqual(['1', '2', '3']);
    expect(findAll(print, (e) => e.attrs['role'] === 'doc-backlink' || e.attrs['role'] === 'doc-noteref')).toEqual([]);
    expect(findAll(print, hasClass('notes'))).toEqual([]);
  });

  it('gives the reading text numbered endnotes and the diplomatic text its footnotes in place (goldens)', async () => {
    const texts = await render(['text']);
    const reading = texts['text/memo.reading.txt'] ?? '';
    const diplomatic = texts['text/memo.diplomatic.txt'] ?? '';
    expect(reading).toEqual(golden(fixture('memo/reading.txt'), reading));
    expect(diplomatic).toEqual(golden(fixture('memo/diplomatic.txt'), diplomatic));
    expect(reading.split('\n').slice(-6, -1)).toEqual([
      '[Notes]',
      '',
      "[1] See the consul's despatch of 4 March 1958.",
      '[2] Draft attached.',
      '[3] The despatch itself was not found in the folder when this edition was made.',
    ]);
  });
});

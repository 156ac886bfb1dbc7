import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import { renderEditions } from '../../../src/render/index.js';
import { fixture, golden } from './helpers.js';

const xml = readFileSync(fixture('letter/input.xml'), 'utf8');

async function texts(): Promise<Record<string, string>> {
  const { files, diagnostics } = await renderEditions([{ id: 'letter', file: 'tei/letter.xml', xml }], { targets: ['text'] });
  expect(diagnostics).toEqual([]);
  return Object.fromEntries(files.map((f) => [f.path, String(f.content)]));
}

describe('text editions', () => {
  it('writes only the two text files when the target is text', async () => {
    expect(Object.keys(await texts())).toEqual(['text/letter.diplomatic.txt', 'text/letter.reading.txt']);
  });

  it('renders the reading text of the fixture as its golden file', async () => {
    const actual = (await texts())['text/letter.reading.txt'] ?? '';
    expect(actual).toEqual(golden(fixture('letter/reading.txt'), actual));
  });

  it('renders the diplomatic text of the fixture as its golden file', async () => {
    const actual = (await texts())['text/letter.diplomatic.txt'] ?? '';
    expect(actual).toEqual(golden(fixture('letter/diplomatic.txt'), actual));
  });

  it('resolves the conventions in the reading text: deletions out, additions, unclear and gaps in', async () => {
    const reading = (await texts())['text/letter.reading.txt'] ?? '';
    const sentence = reading.split('\n').find((l) => l.includes('a word'));
    expect(sentence).toEqual(
      'The engine might act upon "other things besides number", as I wrote on February twenty-seventh. I have added a word, and one is uncertain; a stain hides [illegible] and the censor took [redacted].',
    );
  });

  it('keeps source lines, page markers and marked interventions in the diplomatic text', async () => {
    const lines = ((await texts())['text/letter.diplomatic.txt'] ?? '').split('\n');
    expect(lines.slice(lines.indexOf('The notes grow long and the trans-'), lines.indexOf('the rest tomorrow.') + 1)).toEqual([
      'The notes grow long and the trans-',
      "lation is nearly done [The translation of Menabrea's paper on the Analytical Engine, published later in 1843.]; I send",
      '',
      '--- [page 2, number inferred] ---',
      '',
      '- 2 -',
      'the rest tomorrow.',
    ]);
    expect(lines).toContain('I have [-struck-][+added+] a word, and one is [?uncertain?]; a stain hides [illegible] and the censor took [redacted].');
  });
});

describe('characters at a line break', () => {
  // XPath's \s is space, tab, LF and CR; saxon-js's regexes read it as JavaScript's, which
  // also matches these. They are text of the source and must reach every edition.
  const kept = ['\u00A0', '\uFEFF', '\u2007', '\u3000'];

  async function editions(): Promise<{ texts: Record<string, string>; html: string }> {
    const lines = kept.map((c, i) => `Line ${i + 1} ends in a mark${c}\n${c}and the next begins with it`);
    const transcript = `Dear Sir,\n\n${lines.join('\n')}.\n\nYours truly,\n\nA. Writer\n`;
    const tei = convertText(transcript, { file: 'marks.txt' }).xml ?? '';
    expect(tei).toContain('<TEI');
    const { files, diagnostics } = await renderEditions([{ id: 'marks', file: 'tei/marks.xml', xml: tei }], { targets: ['text', 'html'] });
    expect(diagnostics).toEqual([]);
    const byPath = Object.fromEntries(files.map((f) => [f.path, String(f.content)]));
    expect(Object.keys(byPath)).toContain('html/marks.html');
    return { texts: byPath, html: byPath['html/marks.html'] ?? '' };
  }

  it('keeps a no-break space, a BOM and other non-XML white space at a line edge in both texts', async () => {
    const { texts } = await editions();
    for (const path of ['text/marks.diplomatic.txt', 'text/marks.reading.txt']) {
      const text = texts[path] ?? '';
      expect(kept.map((c) => [...text].filter((x) => x === c).length), path).toEqual(kept.map(() => 2));
    }
  });

  it('keeps them in the HTML edition', async () => {
    const { html } = await editions();
    // Each mark stands twice in the transcript, at the end of one line and the start of the next (the views may repeat it).
    expect(kept.map((c) => html.split(c).length - 1 >= 2)).toEqual(kept.map(() => true));
  });
});

describe('a list inside an item', () => {
  const transcript = [
    'MEMORANDUM FOR THE RECORD', '', 'SUBJECT: The autumn inspection of the lighthouses', '',
    '1. The inspection will start at the northern station on 2 October. Three teams are needed:', '',
    '   (a) a team for the lamps and lenses;', '', '   (b) a team for the fog signals;', '', '   (c) a team for the stores.', '',
    '2. Each team will report to the district office within a week.', '', 'R. Penrose', 'District Engineer', '',
  ].join('\n');

  async function text(view: 'reading' | 'diplomatic'): Promise<string[]> {
    const tei = convertText(transcript, { file: 'lights.txt' }).xml ?? '';
    expect(tei).toMatch(/<item>[^]*<list[^>]*>[^]*<\/list>[^]*<\/item>/u);
    const { files } = await renderEditions([{ id: 'lights', file: 'tei/lights.xml', xml: tei }], { targets: ['text'] });
    const lines = String(files.find((f) => f.path === `text/lights.${view}.txt`)?.content ?? '').split('\n');
    return lines.slice(lines.findIndex((l) => l.startsWith('1. ')), lines.findIndex((l) => l.startsWith('2. ')) + 1);
  }

  it('puts the inner items on lines of their own under the item that holds them, indented, in the reading text', async () => {
    expect(await text('reading')).toEqual([
      '1. The inspection will start at the northern station on 2 October. Three teams are needed:',
      '   (a) a team for the lamps and lenses;',
      '   (b) a team for the fog signals;',
      '   (c) a team for the stores.',
      '2. Each team will report to the district office within a week.',
    ]);
  });

  it('does the same in the diplomatic text', async () => {
    expect((await text('diplomatic')).filter((l) => l.startsWith('   ('))).toEqual(['   (a) a team for the lamps and lenses;', '   (b) a team for the fog signals;', '   (c) a team for the stores.']);
  });
});

// The text stylesheet finds the rule of most elements by name (a document, an item, a row, a
// note in a phrase, a block in a phrase, del); what it does must stay what the behaviour table
// gives, a view's override (del: not in the reading text) included, wherever the element stands.
describe('an element one view leaves out, in each place it can stand', () => {
  const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Struck words</title></titleStmt>
<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
<text><body><div type="document" subtype="memorandum" n="1">
<head>HEAD <del>one</del> KEPT</head>
<opener><address><addrLine>Line <del>two</del> kept</addrLine></address></opener>
<p>Para <del>three</del> kept <q>quoted <del>four</del> words</q> and a note<note type="editorial">[<del>five</del> ok]</note>.</p>
<list type="numbered"><label>1.</label><item><p>Item <del>six</del> kept<note type="editorial">[J. <del>seven</del>]</note></p></item></list>
<table><row><cell>Cell <del>eight</del></cell><cell>next</cell></row></table>
<del>nine</del>
</div></body></text></TEI>`;

  async function body(view: 'reading' | 'diplomatic'): Promise<string[]> {
    const { files, diagnostics } = await renderEditions([{ id: 'struck', file: 'tei/struck.xml', xml: tei }], { targets: ['text'] });
    expect(diagnostics).toEqual([]);
    const lines = String(files.find((f) => f.path === `text/struck.${view}.txt`)?.content ?? '').split('\n');
    return lines.slice(lines.indexOf('---------------') + 1).filter(Boolean);
  }

  it('leaves the deleted words out of the reading text: in a heading, an address line, a quotation, a note, an item, a cell, between blocks', async () => {
    expect(await body('reading')).toEqual(['HEAD KEPT', 'Line kept', 'Para kept quoted words and a note [[ ok]].', '1. Item kept [[J. ]]', 'Cell | next']);
  });

  it('keeps each of them, marked, in the diplomatic text (the one between blocks a paragraph of its own)', async () => {
    expect(await body('diplomatic')).toEqual([
      'HEAD [-one-] KEPT', 'Line [-two-] kept', 'Para [-three-] kept quoted [-four-] words and a note [[[-five-] ok]].',
      '1. Item [-six-] kept [[J. [-seven-]]]', 'Cell [-eight-] | next', 'nine',
    ]);
  });
});

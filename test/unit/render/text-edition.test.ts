import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

// Golden outputs of every stylesheet on hand-written TEI fixtures (test/fixtures/render/<case>/):
// notes, numbered paragraphs, participants, forms, postscripts, choice/sic/corr, supplied, gaps,
// page breaks with furniture, a letter quoted in a telegram, a paragraph holding a block quotation and a list, the text
// editions' policy (a hyphenated line end, a gap's extent, a footnote, a table and an embedded text inside paragraphs). Each golden is the stylesheet's
// output as it is, with fixed parameters (the build date among them), so nothing is normalised.
// Goldens are (re)written only with UPDATE=1; a missing golden fails. The inputs themselves are
// checked with jing against tei_all and the project schema.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stylesheets, transform, transformToStrings, type StylesheetName, type StylesheetParams } from '../../../src/render/saxon.js';
import { fixture, golden } from './helpers.js';

const CASES = ['letter', 'memo', 'hand-edited', 'numbered-memo', 'form-page', 'quoted-letter', 'block-in-paragraph', 'text-policy'] as const;

/** The parameters renderEditions gives each stylesheet, with a fixed build date. */
const page = (id: string): StylesheetParams => ({
  'site-title': 'Edition', 'build-date': '2026-01-15', 'doc-path': `html/${id}.html`, 'pdf-path': `../pdf/${id}.pdf`, 'date-format': 'dmy',
});
const OUTPUTS: readonly { file: string; stylesheet: StylesheetName; params: (id: string) => StylesheetParams }[] = [
  { file: 'html.html', stylesheet: 'tei-to-html', params: page },
  { file: 'print.html', stylesheet: 'tei-to-print', params: (id) => ({ ...page(id), 'page-size': 'A4' }) },
  { file: 'reading.txt', stylesheet: 'tei-to-text', params: () => ({ edition: 'reading' }) },
  { file: 'diplomatic.txt', stylesheet: 'tei-to-text', params: () => ({ edition: 'diplomatic' }) },
  { file: 'summary.json', stylesheet: 'tei-to-summary', params: () => ({ 'date-format': 'dmy' }) },
];

describe('the stylesheets\' output on the render fixtures', () => {
  for (const id of CASES) {
    const xml = readFileSync(fixture(`${id}/input.xml`), 'utf8');
    for (const out of OUTPUTS) {
      it(`gives ${id}/${out.file} as its golden (${out.stylesheet})`, () => {
        const actual = transform(out.stylesheet, xml, out.params(id));
        expect(actual).toEqual(golden(fixture(`${id}/${out.file}`), actual));
      });
    }
    it(`gives ${id}'s two texts from one transform (edition "both"), each as its golden`, () => {
      const both = transformToStrings('tei-to-text', xml, { edition: 'both' }, stylesheets());
      expect(both).toEqual([readFileSync(fixture(`${id}/reading.txt`), 'utf8'), readFileSync(fixture(`${id}/diplomatic.txt`), 'utf8')]);
    });
  }
});

const ROOT = new URL('../../../', import.meta.url).pathname;
const JING = '/usr/bin/jing';
const inputs = CASES.map((id) => fixture(`${id}/input.xml`));

/** The inputs jing reports as invalid against a schema. */
function invalid(schema: string): string[] {
  const r = spawnSync(JING, [schema, ...inputs], { encoding: 'utf8' });
  return [...new Set(r.stdout.split('\n').map((l) => l.split(':')[0] ?? '').filter((f) => inputs.includes(f)))].sort();
}

/** Elements the project schema excludes (a stub whose content is notAllowed). */
const excluded = [...readFileSync(`${ROOT}schema/teipress.rng`, 'utf8').matchAll(/<element name="([^"]+)"><notAllowed\/><\/element>/gu)].map((m) => m[1] ?? '');

describe.skipIf(!existsSync(JING))('the render fixtures (jing)', () => {
  it('are valid TEI (tei_all)', () => {
    expect(invalid(`${ROOT}schema/tei_all.rng`)).toEqual([]);
  }, 30_000);

  it('are valid against the project schema, except where they use an element it does not (yet) allow', () => {
    const usesExcluded = inputs.filter((f) => excluded.some((name) => new RegExp(`<${name}[ />]`, 'u').test(readFileSync(f, 'utf8')))).sort();
    expect(invalid(`${ROOT}schema/teipress.rng`)).toEqual(usesExcluded);
  }, 30_000);
});

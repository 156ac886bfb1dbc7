/**
 * The API beyond fixtures: source-map origins, byte inputs, huge and hostile inputs, paths and
 * read errors. These run without tei_all (its 10 s compile is exercised in fixtures.test.ts).
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules, elements, textOf, validateDocuments, validatePaths, type UserRule } from '../../../src/validate/index.js';
import { formatDiagnostics } from '../../../src/diagnostics/format.js';

const opts = { teiAll: false } as const;
const doc = (body: string): string =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n<text><body>\n${body}\n</body></text>\n</TEI>\n`;

describe('validateDocuments', () => {
  it('names the transcript place of each diagnostic when the input has a source map', async () => {
    const xml = doc('<div type="document" subtype="letter" n="1">\n<p/>\n</div>');
    const sourceMap = {
      source: 'transcripts/x.txt',
      entries: [
        { xmlLine: 4, xmlColumn: 1, element: 'div', line: 1, column: 1 },
        { xmlLine: 5, xmlColumn: 1, element: 'p', line: 12, column: 1 },
      ],
    };
    expect(await validateDocuments([{ file: 'tei/x.xml', xml, sourceMap }], opts)).toEqual([
      { file: 'tei/x.xml', line: 5, column: 1, severity: 'error', rule: 'validate/empty-element', message: 'The <p> is empty; expected text or inline elements.', origin: { file: 'transcripts/x.txt', line: 12, column: 1 } },
    ]);
  });

  it('reports a file over the size limit without parsing it', async () => {
    const huge = doc(`<div type="document" n="1"><p>${'x'.repeat(2_000_000)}</p></div>`);
    expect(await validateDocuments([{ file: 'huge.xml', xml: huge }], { ...opts, maxBytes: 1_000_000 })).toEqual([
      { file: 'huge.xml', line: 1, column: 1, severity: 'error', rule: 'validate/too-large', message: `The file has ${Buffer.byteLength(huge)} bytes, more than the limit of 1000000; it was not validated.` },
    ]);
  });

  it('validates a large generated file within the limit in reasonable time', async () => {
    const ps = Array.from({ length: 20_000 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('\n');
    const started = Date.now();
    const ds = await validateDocuments([{ file: 'big.xml', xml: doc(`<div type="document" n="1">\n${ps}\n</div>`) }], opts);
    expect([ds, Date.now() - started < 20_000]).toEqual([[], true]);
  }, 30_000);

  it('reports an empty file at line 1, column 1, in text and in JSON', async () => {
    const ds = await validateDocuments([{ file: 'empty.xml', xml: new Uint8Array(0) }], opts);
    const expected = { file: 'empty.xml', line: 1, column: 1, severity: 'error', rule: 'validate/not-well-formed', message: 'The file is not well-formed XML: document must contain a root element.' };
    expect([ds, JSON.parse(formatDiagnostics(ds, 'json'))]).toEqual([[expected], [expected]]);
  });

  it('takes a DOCTYPE inside a comment, CDATA section or processing instruction for text, and still refuses a real one after them', async () => {
    const quoted = doc('<div type="document" n="1"><p>See <![CDATA[<!DOCTYPE x>]]>.</p><?pi <!DOCTYPE y>?><!-- <!DOCTYPE z> --></div>');
    const real = `<!-- <!DOCTYPE a> -->\n<?pi <!DOCTYPE b>?>\n<!DOCTYPE TEI [<!ENTITY e "x">]>\n${doc('<div type="document" n="1"><p>&e;</p></div>')}`;
    const ds = await validateDocuments([{ file: 'quoted.xml', xml: `<!-- <!DOCTYPE TEI> -->\n${quoted}` }, { file: 'real.xml', xml: real }], opts);
    expect(ds.map((d) => [d.file, d.line, d.column, d.rule])).toEqual([['real.xml', 3, 1, 'validate/doctype']]);
  });

  it('reports deeply nested input as not well-formed rather than crashing', async () => {
    const deep = `<TEI xmlns="http://www.tei-c.org/ns/1.0">${'<hi>'.repeat(100_000)}</TEI>`;
    const ds = await validateDocuments([{ file: 'deep.xml', xml: deep }], opts);
    expect(ds.map((d) => [d.rule, d.line])).toEqual([['validate/not-well-formed', 1]]);
  });
});

describe('rules passed in ValidateOptions.rules', () => {
  const xml = doc('<div type="document" n="1"><head></head><p>Signed by nobody.</p></div>');
  const noNobody: UserRule = {
    id: 'project/no-nobody', severity: 'warning',
    check({ root, report }) {
      for (const e of elements(root)) if (e.local === 'p' && /nobody/u.test(textOf(e))) report(e, 'Nobody signed.');
    },
  };

  it('runs user rules beside the built-ins, under their own ids and severities', async () => {
    const ds = await validateDocuments([{ file: 'x.xml', xml }], { ...opts, rules: [...builtinRules, noNobody] });
    expect(ds.map((d) => [d.line, d.column, d.severity, d.rule, d.message])).toEqual([
      [4, 28, 'error', 'validate/empty-element', 'The <head> is empty; expected text or inline elements.'],
      [4, 41, 'warning', 'project/no-nobody', 'Nobody signed.'],
    ]);
  });

  it('runs exactly the rules given, so that an empty list runs none', async () => {
    expect([await validateDocuments([{ file: 'x.xml', xml }], { ...opts, rules: [] }), (await validateDocuments([{ file: 'x.xml', xml }], { ...opts, rules: [noNobody] })).map((d) => d.rule)]).toEqual([[], ['project/no-nobody']]);
  });

  it('refuses a user rule that claims one of teipress\'s ids, and does not run it', async () => {
    const impostor: UserRule = { ...noNobody, id: 'validate/empty-element' };
    const ds = await validateDocuments([{ file: 'x.xml', xml }], { ...opts, rules: [impostor] });
    expect(ds.map((d) => [d.file, d.rule])).toEqual([['ValidateOptions.rules[0]', 'validate/rule-id-taken']]);
  });
});

describe('validatePaths', () => {
  it('reads .xml files recursively and reports a missing path as unreadable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipress-validate-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.xml'), doc('<div type="document" n="1"><head></head></div>'));
    writeFileSync(join(dir, 'notes.txt'), 'not xml');
    const ds = await validatePaths([dir, join(dir, 'missing.xml')], opts);
    expect(ds.map((d) => [d.file.slice(dir.length), d.line, d.rule])).toEqual([
      ['/missing.xml', 1, 'source/unreadable'],
      ['/sub/a.xml', 4, 'validate/empty-element'],
    ]);
  });
});

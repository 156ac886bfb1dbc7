/**
 * tei_all restricted to a batch's vocabulary (src/validate/tei-all-subset.ts) gives the same
 * verdicts as the full tei_all: checked against Debian's jing on the FULL schema (one JVM
 * call) for every fixture, the repository's TEI and the shared example, and against
 * libxml2 on the full schema for the place of every error. Also: an element tei_all lacks and
 * a missing required child are still errors, the restriction agrees with
 * scripts/derive-schema.mjs, and it is much smaller than tei_all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDocuments } from '../../../src/validate/index.js';
import { elementName, readDefines, restrictTeiAll, teiElementNames, writtenElementNames } from '../../../src/validate/tei-all-subset.js';
import { checkWellFormed } from '../../../src/validate/well-formed.js';
import { parsePositioned } from '../../../src/validate/positioned-tree.js';
import type { XElement } from '../../../src/validate/xml-nodes.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
// @ts-expect-error -- a plain ES module without types (the vocabulary of schema/teipress.rng)
import { KEPT } from '../../../scripts/schema-vocabulary.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname;
const TEI_ALL = join(ROOT, 'schema/tei_all.rng');
/** The shared example encoding, beside the repository (read-only); tests that need it skip without it. */
const EXAMPLE = new URL('../../../../shared/samples/example-encoding.xml', import.meta.url).pathname;
const HAS_EXAMPLE = existsSync(EXAMPLE);
const TEI_ALL_TEXT = readFileSync(TEI_ALL, 'utf8');

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? xmlFiles(p) : n.endsWith('.xml') ? [p] : [];
  });
}

/** Every file of the brief; only those the safe pre-parse passes ever reach a schema. */
const ALL = [...xmlFiles(join(ROOT, 'test/fixtures/validate')), ...xmlFiles(join(ROOT, 'tei')), ...(HAS_EXAMPLE ? [EXAMPLE] : [])];
const FILES = ALL.filter((f) => checkWellFormed(new Uint8Array(readFileSync(f)), () => undefined) !== undefined);
const inputs = FILES.map((file) => ({ file, xml: new Uint8Array(readFileSync(file)) }));
const teiAllOnly = { projectSchema: false, rules: false } as const;

/** Files jing reports as invalid against the full tei_all (its messages start with the path). */
function jingInvalid(files: readonly string[]): string[] {
  const r = spawnSync('/usr/bin/jing', [TEI_ALL, ...files], { encoding: 'utf8' });
  return [...new Set(r.stdout.split('\n').map((l) => l.split(':')[0] ?? '').filter((f) => files.includes(f)))].sort();
}

const invalidFiles = (ds: readonly Diagnostic[]): string[] => [...new Set(ds.filter((d) => d.rule === 'validate/tei-all').map((d) => d.file))].sort();
const places = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => d.rule === 'validate/tei-all').map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);

function treeOf(text: string): XElement {
  const r = parsePositioned(text);
  if (!r.ok) throw new Error(`not well-formed: ${r.error.message}`);
  return r.root;
}

const doc = (header: string, body: string): string =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n${header}<text><body>\n${body}\n</body></text>\n</TEI>\n`;
const HEADER = '<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n';

describe('tei_all restricted to the batch vocabulary', () => {
  let restricted: Diagnostic[];
  let full: Diagnostic[];
  let jing: string[];

  beforeAll(async () => {
    restricted = await validateDocuments(inputs, { ...teiAllOnly, teiAllFull: false });
    full = await validateDocuments(inputs, { ...teiAllOnly, teiAllFull: true });
    jing = jingInvalid(FILES);
  }, 120_000);

  it('checks a real set of files, valid and invalid', () => {
    expect(FILES.length).toBeGreaterThan(25);
    expect(jing.length).toBeGreaterThan(2);
    expect(jing.length).toBeLessThan(FILES.length);
  });

  it('gives the verdict jing gives on the full tei_all, file by file', () => {
    expect(invalidFiles(restricted)).toEqual(jing);
  });

  it('reports its errors where libxml2 on the full tei_all reports them (line, column, rule)', () => {
    expect(places(full).length).toBeGreaterThan(2);
    expect(places(restricted)).toEqual(places(full));
  });

  it('still refuses an element tei_all does not define', async () => {
    const xml = doc(HEADER, '<p>Text <foo/> more.</p>');
    const ds = await validateDocuments([{ file: 'foo.xml', xml }], teiAllOnly);
    expect(ds.map((d) => [d.rule, d.line])).toEqual([['validate/tei-all', 4]]);
  });

  it('still refuses a TEI without its required teiHeader', async () => {
    const ds = await validateDocuments([{ file: 'no-header.xml', xml: doc('', '<p>Text.</p>') }], teiAllOnly);
    expect(ds.filter((d) => d.rule === 'validate/tei-all').length).toBeGreaterThan(0);
  });

  it('ignores elements of other namespaces (egXML) when collecting names, and validates them', async () => {
    const body = '<p>An example:</p>\n<egXML xmlns="http://www.tei-c.org/ns/Examples"><p>x <hi>y</hi></p></egXML>';
    const xml = doc(HEADER, body);
    const root = treeOf(xml);
    expect([...teiElementNames([root])].sort()).toEqual(['TEI', 'body', 'fileDesc', 'p', 'publicationStmt', 'sourceDesc', 'teiHeader', 'text', 'title', 'titleStmt']);
    expect(await validateDocuments([{ file: 'eg.xml', xml }], teiAllOnly)).toEqual([]);
  });
});

describe('restrictTeiAll', () => {
  it('agrees with scripts/derive-schema.mjs: on the project vocabulary it keeps the defines of teipress.rng (and the teiCorpus stub)', () => {
    const names = new Set(Object.keys(KEPT as Record<string, string>));
    const ours = [...readDefines(restrictTeiAll(TEI_ALL_TEXT, names)).keys()].sort();
    const derived = [...readDefines(readFileSync(join(ROOT, 'schema/teipress.rng'), 'utf8')).keys()];
    expect(ours).toEqual([...derived, 'tei_teiCorpus'].sort());
  });

  it.skipIf(!HAS_EXAMPLE)('makes a realistic batch much smaller than tei_all (what makes it compile fast; needs ../shared/samples)', () => {
    const names = teiElementNames([treeOf(readFileSync(EXAMPLE, 'utf8'))]);
    const text = restrictTeiAll(TEI_ALL_TEXT, names);
    const all = readDefines(TEI_ALL_TEXT);
    const kept = readDefines(text);
    const withContent = [...kept.values()].filter((b) => !b.trimStart().endsWith('<notAllowed/></element>'));
    expect(withContent.length).toBeLessThan(all.size / 3);
    expect(text.length).toBeLessThan(TEI_ALL_TEXT.length / 4);
    // Every kept element define is either one of the batch's elements or a stub.
    for (const b of kept.values()) {
      const el = elementName(b);
      if (el !== undefined && !names.has(el)) expect(b.trim()).toBe(`<element name="${el}"><notAllowed/></element>`);
    }
  });

  it('leaves defines it does not restrict byte for byte, and is pure', () => {
    const names = new Set(['TEI', 'teiHeader', 'p']);
    const once = restrictTeiAll(TEI_ALL_TEXT, names);
    expect(restrictTeiAll(TEI_ALL_TEXT, names)).toBe(once);
    const all = readDefines(TEI_ALL_TEXT);
    for (const [n, b] of readDefines(once)) if (elementName(all.get(n) ?? '') === undefined || names.has(elementName(b) ?? '')) expect(b).toBe(all.get(n));
    expect(once.slice(0, 200)).toBe(TEI_ALL_TEXT.slice(0, 200));
    expect(once.endsWith('</grammar>\n') || once.endsWith('</grammar>')).toBe(true);
  });
});

describe('writtenElementNames', () => {
  it('reads the local name of every start tag, from text or from UTF-8 bytes alike', () => {
    const xml = '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x"><x:note a="1"/><p\tn="2">T</p><d\u00e9cor>\n</d\u00e9cor><lb/></TEI>';
    const expected = ['TEI', 'décor', 'lb', 'note', 'p'];
    expect([...writtenElementNames(xml, new Set())].sort()).toEqual(expected);
    expect([...writtenElementNames(new TextEncoder().encode(xml), new Set())].sort()).toEqual(expected);
  });

  it('takes no end tag, declaration, processing instruction or escaped text for an element (a name in a comment counts: a superset is safe)', () => {
    const xml = '<?pi data?><!DOCTYPE x><TEI>&lt;fake> text</TEI><!-- <inComment --><![CDATA[ x ]]>';
    expect([...writtenElementNames(xml, new Set(['kept']))].sort()).toEqual(['TEI', 'inComment', 'kept']);
  });

  it('holds every TEI element of every well-formed file of the repository (its superset)', () => {
    for (const f of FILES) {
      const text = readFileSync(f, 'utf8');
      const written = writtenElementNames(new Uint8Array(readFileSync(f)), new Set());
      for (const n of teiElementNames([treeOf(text)])) expect(written.has(n), `${f}: ${n}`).toBe(true);
    }
  });
});

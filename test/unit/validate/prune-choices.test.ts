/**
 * Dead branches dropped from choices (src/validate/prune-choices.ts). On a small grammar of
 * our own: which references go (a stub, a choice of only stubs, a prefixed RELAX NG choice)
 * and which stay (in a group, in a choice of only dead branches, beside `notAllowed`, a stub
 * of an element the batch uses, in a foreign element); and that the compacted grammar gives
 * every document the errors the restriction alone gives. On the real schemas: the same errors
 * as the restriction alone for the validation fixtures and faulty variants of them, one batch.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactParts } from '../../../src/validate/prune-choices.js';
import { compileSchema, validateWith, type SchemaError } from '../../../src/validate/relaxng.js';
import { readDefines, restrictParts, splitRng, teiElementNames, type RngParts } from '../../../src/validate/tei-all-subset.js';
import { parseForSchemas } from '../../../src/validate/well-formed.js';
import { parsePositioned } from '../../../src/validate/positioned-tree.js';
import { Locator } from '../../../src/validate/locate.js';
import type { XElement } from '../../../src/validate/xml-nodes.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

const define = (name: string, body: string): string => `\n   <define name="${name}">\n${body}\n   </define>`;
const stub = (el: string): string => `      <element name="${el}"><notAllowed/></element>`;
const element = (el: string, content: string): string => `      <element name="${el}">\n${content}\n      </element>`;
const leaf = (el: string): string => element(el, '         <empty/>');

/** A grammar in tei_all's layout; its element names are one letter, `excl` is excluded by the schema itself. */
const GRAMMAR = [
  '<?xml version="1.0" encoding="UTF-8"?>\n<grammar xmlns="http://relaxng.org/ns/structure/1.0" xmlns:rng="http://relaxng.org/ns/structure/1.0" xmlns:x="urn:other" ns="urn:t"><!-- a comment <choice> -->',
  define('doc', element('doc', '         <zeroOrMore>\n            <ref name="model.inline"/>\n         </zeroOrMore>\n         <optional>\n            <ref name="grp"/>\n         </optional>\n         <optional>\n            <ref name="allDead"/>\n         </optional>\n         <optional>\n            <ref name="besideNothing"/>\n         </optional>\n         <optional>\n            <ref name="prefixed"/>\n         </optional>\n         <x:choice>\n            <ref name="k"/>\n            <ref name="a"/>\n         </x:choice>')),
  define('model.inline', '      <choice>\n         <ref name="a"/>\n         <ref name="b"/>\n         <ref name="model.rare"/>\n         <ref name="excl"/>\n      </choice>'),
  define('model.rare', '      <choice>\n         <ref name="c"/>\n         <ref name="d"/>\n      </choice>'),
  define('grp', element('s', '         <group>\n            <ref name="a"/>\n            <ref name="e"/>\n         </group>')),
  define('allDead', '      <choice>\n         <ref name="f"/>\n         <ref name="g"/>\n      </choice>'),
  define('besideNothing', element('t', '         <choice>\n            <ref name="h"/>\n            <ref name="nothing"/>\n         </choice>')),
  define('nothing', '      <notAllowed/>'),
  define('prefixed', element('u', '         <rng:choice>\n            <rng:ref name="i"/>\n            <rng:ref name="a"/>\n         </rng:choice>')),
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'k'].map((n) => define(n, leaf(n))),
  define('excl', stub('excl')),
  '\n   <start>\n      <ref name="doc"/>\n   </start>\n</grammar>\n',
].join('');

/** The batch uses these elements; b–i and k are restricted away. */
const USED = new Set(['doc', 'a', 's', 't', 'u', 'excl']);

function tree(text: string): XElement {
  const r = parsePositioned(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.root;
}

/** The schema errors `text` gets from a schema text (compiled for the call). */
function errorsWith(schema: string, text: string): SchemaError[] {
  const loaded = compileSchema(schema, join(ROOT, 'schema', 'tei_all.rng'));
  if (!loaded.ok) throw new Error(loaded.reason);
  const doc = parseForSchemas(text, () => undefined);
  if (!doc) throw new Error('not well-formed');
  try {
    return validateWith(loaded, doc, new Locator(tree(text)));
  } finally {
    doc.dispose();
    loaded.validator.dispose();
  }
}

describe('compactParts on a grammar of its own', () => {
  const parts = splitRng(GRAMMAR);
  const compact = compactParts(parts, USED);
  const defines = readDefines(compact);

  it('drops stubs and choices of only stubs from a choice that keeps a live branch, and their defines', () => {
    expect(defines.get('model.inline')).toBe('      <choice>\n         <ref name="a"/>\n         \n         \n         <ref name="excl"/>\n      </choice>');
    for (const gone of ['b', 'c', 'd', 'model.rare', 'i']) expect(defines.has(gone)).toBe(false);
    expect(defines.get('prefixed')).toBe(element('u', '         <rng:choice>\n            \n            <rng:ref name="a"/>\n         </rng:choice>'));
  });

  it('keeps a stub in a group, in a choice of only stubs, beside notAllowed, one the batch uses, and in a foreign element', () => {
    const restricted = readDefines(restrictParts(parts, USED));
    for (const kept of ['grp', 'allDead', 'besideNothing', 'excl', 'doc']) expect(defines.get(kept)).toBe(restricted.get(kept));
    for (const stubbed of ['e', 'f', 'g', 'h', 'k']) expect(defines.get(stubbed)).toBe(stub(stubbed));
  });

  it('gives every document the errors of the restriction alone', () => {
    const restricted = restrictParts(parts, USED);
    // Only elements the batch uses, as in any batch.
    const docs = [
      '<doc xmlns="urn:t"><a/><a/></doc>',
      '<doc xmlns="urn:t"><a/><excl/><a/><a/></doc>',
      '<doc xmlns="urn:t"><a/><s><a/></s><a/></doc>',
      '<doc xmlns="urn:t"><t/><a/></doc>',
      '<doc xmlns="urn:t"><u><a/></u><u/><a/></doc>',
      '<doc xmlns="urn:t"><s><a/><a/></s><a/></doc>',
      '<doc xmlns="urn:t"><u/><a/></doc>',
    ];
    const found = docs.map((d) => errorsWith(restricted, d));
    expect(found[0]).toEqual([]);
    expect(found.slice(1).every((e) => e.length > 0)).toBe(true);
    expect(docs.map((d) => errorsWith(compact, d))).toEqual(found);
  });
});

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? xmlFiles(p) : n.endsWith('.xml') ? [p] : [];
  });
}

/** Both parsers accept `t`. */
function wellFormed(t: string): boolean {
  if (!parsePositioned(t).ok) return false;
  const doc = parseForSchemas(t, () => undefined);
  doc?.dispose();
  return doc !== undefined;
}

/** Faults of our own, each applied to every fixture where it applies. */
const FAULTS: readonly ((t: string) => string)[] = [
  (t) => t.replace(/<p>/u, '<p><l>verse</l>'),
  (t) => t.replace(/<\/p>/u, '<sourceDesc><p>x</p></sourceDesc></p>'),
  (t) => t.replace(/<title[^>]*>[^<]*<\/title>/u, ''),
  (t) => t.replace(/<body>/u, '<body>stray text<table><row><cell>x</cell></row></table>'),
  (t) => t.replace(/<p>/u, '<p><choice/><hi rend="x"><p>inner</p></hi>'),
  (t) => t.replace(/<fileDesc>/u, '<fileDesc><pb n="1"/>'),
];

describe('compactParts on the real schemas', () => {
  const fixtures = xmlFiles(join(ROOT, 'test/fixtures/validate')).map((f) => readFileSync(f, 'utf8')).filter(wellFormed);
  const docs = [...new Set([...fixtures, ...FAULTS.flatMap((f) => fixtures.map(f))])].filter(wellFormed);
  const names = teiElementNames(docs.map(tree));

  for (const file of ['teipress.rng', 'tei_all.rng']) {
    it(`gives the fixtures and their faulty variants the errors of the restriction alone (${file})`, () => {
      const parts: RngParts = splitRng(readFileSync(join(ROOT, 'schema', file), 'utf8'));
      const compact = compactParts(parts, names);
      const restricted = restrictParts(parts, names);
      expect((compact.match(/<(?:rng:)?ref /gu) ?? []).length).toBeLessThan((restricted.match(/<(?:rng:)?ref /gu) ?? []).length * 0.8);
      const a = compileSchema(restricted, join(ROOT, 'schema', file));
      const b = compileSchema(compact, join(ROOT, 'schema', file));
      if (!a.ok || !b.ok) throw new Error('a schema did not compile');
      const run = (s: typeof a): SchemaError[][] => docs.map((t) => {
        const doc = parseForSchemas(t, () => undefined);
        if (!doc) return [];
        try { return validateWith(s, doc, new Locator(tree(t))); } finally { doc.dispose(); }
      });
      const before = run(a);
      expect(before.filter((e) => e.length > 0).length).toBeGreaterThan(FAULTS.length * 5);
      expect(run(b)).toEqual(before);
      a.validator.dispose();
      b.validator.dispose();
    }, 60_000);
  }
});

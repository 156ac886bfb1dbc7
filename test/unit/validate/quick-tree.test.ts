import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocuments } from '../../../src/validate/index.js';
import { parsePositioned } from '../../../src/validate/positioned-tree.js';
import { quickTree } from '../../../src/validate/quick-tree.js';
import type { XElement, XText } from '../../../src/validate/xml-nodes.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Of the malformed documents below, those the quick tokenizer reads (libxml2 then refuses them). */
const READ_QUICKLY = ['surrogate.xml', 'control.xml', 'comment.xml', 'cdata-end.xml', 'name.xml'];

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? xmlFiles(p) : n.endsWith('.xml') ? [p] : [];
  });
}

/** The tree without parent links, as plain data to compare whole. */
type Plain = { name: string; ns: string; local: string; line: number; column: number; attrs: unknown[]; children: (Plain | { text: string; line: number; column: number })[] };
function plain(el: XElement): Plain {
  return {
    name: el.name, ns: el.ns, local: el.local, line: el.line, column: el.column,
    attrs: el.attrs.map((a) => ({ ...a })),
    children: el.children.map((c) => (c.kind === 'text' ? { text: (c as XText).text, line: c.line, column: c.column } : plain(c as XElement))),
  };
}

/** saxes's tree of `text`, as plain data (or its error). */
function saxesTree(text: string): Plain | string {
  const t = parsePositioned(text);
  return t.ok ? plain(t.root) : `error ${t.error.kind}`;
}

const quick = (text: string): Plain | undefined => {
  const root = quickTree(text);
  return root ? plain(root) : undefined;
};

describe('the quick tokenizer builds the tree saxes builds', () => {
  it('gives the same tree as saxes for every XML file of the repository it reads', () => {
    const files = [...xmlFiles(join(ROOT, 'test/fixtures')), ...xmlFiles(join(ROOT, 'tei'))];
    const read = files.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/u, ''));
    const both = read.flatMap((text) => {
      const q = quick(text);
      return q ? [[q, saxesTree(text)]] : [];
    });
    expect(both.length).toBeGreaterThan(files.length / 2);
    for (const [q, s] of both) expect(q).toEqual(s);
  });

  it('reads attributes (white space normalised, references resolved), character data, CDATA, comments, instructions and prefixes as saxes does', () => {
    const text = [
      '<?xml version="1.0"?>\n<!-- before -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x">',
      '<p  n = "a\tb\nc"   rend=\'&quot;q&#9;&#x1D504;\' >A &amp; B &lt;&#233;&gt; 𝔄̶ text<!-- c --> after<?pi data?>!</p>',
      '<x:note x:type="t"><![CDATA[<raw> & ]]>tail<!---->&#10;</x:note><lb/><lb\n/>\n  <ab>\u00A0\uFEFF</ab></TEI>\n<!-- end -->\n',
    ].join('');
    expect(quick(text)).toEqual(saxesTree(text));
    expect(quick(text)?.children.length).toBe(6);
  });

  it('leaves to saxes what it cannot vouch for, so that saxes reports it', () => {
    const wrap = (body: string): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0">${body}</TEI>`;
    expect([
      wrap('<p>a</p>').replace('<p>', '<p>\r\n'), // a carriage return (saxes normalises it)
      `<!DOCTYPE TEI>${wrap('')}`, // a DOCTYPE
      wrap('<p>&nbsp;</p>'), // an entity only a DTD could define
      wrap('<p>a &amp b</p>'), // a bare ampersand
      wrap('<p>a</q>'), // a mismatched end tag
      wrap('<p>a'), // an unclosed element
      `text${wrap('')}`, // text before the root
      `${wrap('')}<TEI/>`, // a second root
      wrap('<y:p/>'), // an unbound prefix
      wrap('<p a="1"b="2"/>'), // no space between attributes
      wrap('<p a="1" a="2"/>'), // a repeated attribute
    ].map(quick)).toEqual(Array(11).fill(undefined));
  });

  it('reports a document it reads but libxml2 refuses where and as saxes reports it', async () => {
    const head = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n<text><body>';
    const bodies: Record<string, string> = {
      'surrogate.xml': '<p>a\uD800b</p>', 'control.xml': '<p>a\u0001b</p>', 'comment.xml': '<p>a<!-- x -- y -->b</p>',
      'cdata-end.xml': '<p>a ]]> b</p>', 'name.xml': '<p><1x/></p>', 'lt-in-attr.xml': '<p n="<"/>',
    };
    const readQuickly = Object.entries(bodies).filter(([, b]) => quickTree(`${head}${b}</body></text></TEI>`) !== undefined).map(([f]) => f);
    expect(readQuickly).toEqual(READ_QUICKLY);
    const ds = await validateDocuments(Object.entries(bodies).map(([file, b]) => ({ file, xml: `${head}${b}</body></text></TEI>` })), { teiAll: false });
    expect(ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      'cdata-end.xml:2:21 validate/not-well-formed The file is not well-formed XML: the string "]]>" is disallowed in char data.',
      'comment.xml:2:27 validate/not-well-formed The file is not well-formed XML: malformed comment.',
      'control.xml:2:18 validate/not-well-formed The file is not well-formed XML: disallowed character.',
      'lt-in-attr.xml:2:20 validate/not-well-formed The file is not well-formed XML: disallowed character.',
      'name.xml:2:18 validate/not-well-formed The file is not well-formed XML: disallowed character in tag name.',
      'surrogate.xml:2:17 validate/not-well-formed The file is not well-formed XML: Invalid bytes in character encoding.',
    ]);
  });
});

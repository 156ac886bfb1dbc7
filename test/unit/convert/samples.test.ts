import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../../src/edition/convert-files.js';
import { validateDocuments } from '../../../src/validate/index.js';

const repo = join(import.meta.dirname, '../../..');
const names = readdirSync(join(repo, 'test/fixtures/samples')).map((f) => f.replace('.expect.json', '')).sort();

interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }

/** A small element tree from fast-xml-parser's ordered output, for the expectation checks. */
function tree(xml: string): El {
  const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false }).parse(xml) as unknown[];
  const make = (node: Record<string, unknown>): El | string => {
    if ('#text' in node) return String(node['#text']);
    const name = Object.keys(node).find((k) => k !== ':@')!;
    const kids = (node[name] as Record<string, unknown>[]).map(make);
    const children = kids.filter((k): k is El => typeof k !== 'string');
    return { name, attrs: (node[':@'] as Record<string, string>) ?? {}, children, text: kids.map((k) => (typeof k === 'string' ? k : k.text)).join('') };
  };
  return (parsed as Record<string, unknown>[]).map(make).find((x): x is El => typeof x !== 'string' && x.name === 'TEI')!;
}

const all = (e: El, name: string): El[] => [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The samples' machine-readable expectations (../shared/samples/*.expect.json), asserted here too. */
function check(root: El, spec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const docs = all(root, 'div').filter((d) => d.attrs.type === 'document');
  const pbs = all(root, 'pb').map((p) => p.attrs.n);
  const fw = (type: string) => all(root, 'fw').filter((f) => f.attrs.type === type);
  const table: Record<string, () => unknown> = {
    documents: () => docs.length,
    pb_n: () => (spec.pb_n as string[]).filter((n) => pbs.includes(n)),
    pb_min: () => Math.min(pbs.length, spec.pb_min as number),
    stamps_min: () => Math.min(all(root, 'stamp').length, spec.stamps_min as number),
    classification_min: () => Math.min(fw('classification').length, spec.classification_min as number),
    citation_min: () => Math.min(fw('archival-citation').length, spec.citation_min as number),
    folio_n: () => fw('folio').map((f) => f.attrs.n).sort(),
    salute: () => (spec.salute as string[]).filter((s) => all(root, 'salute').some((e) => squash(e.text) === s)),
    signed_contains: () => (all(root, 'signed').some((e) => e.text.includes(spec.signed_contains as string)) ? spec.signed_contains : null),
    addrLine_min: () => Math.min(all(root, 'addrLine').length, spec.addrLine_min as number),
    date_when: () => (spec.date_when as string[]).filter((w) => all(root, 'date').some((d) => (d.attrs.when ?? '').startsWith(w))),
    head: () => (spec.head as string[]).filter((h) => all(root, 'head').some((e) => e.text.toUpperCase().includes(h.toUpperCase()))),
    p_continues_over_pb: () => all(root, 'p').some((p) => all(p, 'pb').length > 0),
    lb_min: () => Math.min(all(root, 'lb').length, spec.lb_min as number),
  };
  for (const key of Object.keys(spec)) out[key] = table[key]!();
  return out;
}

describe('the sample edition', () => {
  it('meets every machine-readable expectation of both samples', async () => {
    for (const name of names) {
      const spec = JSON.parse(readFileSync(join(repo, 'test/fixtures/samples', `${name}.expect.json`), 'utf8')) as Record<string, unknown>;
      const r = await convertFile(join(repo, 'transcripts', `${name}.txt`), {});
      const sorted = { ...spec, ...(spec.folio_n ? { folio_n: [...(spec.folio_n as string[])].sort() } : {}) };
      expect({ name, ...check(tree(r.xml!), spec) }).toEqual({ name, ...sorted });
    }
  });

  it('keeps every non-space character of each transcript, in order, in the TEI text', async () => {
    for (const name of names) {
      const src = readFileSync(join(repo, 'transcripts', `${name}.txt`), 'utf8');
      const r = await convertFile(join(repo, 'transcripts', `${name}.txt`), {});
      const body = all(tree(r.xml!), 'text')[0]!.text;
      // The only markers in the samples are editorial brackets, which become <note>.
      expect(body.replace(/\s+/g, '')).toBe(src.replace(/[\s[\]]+/g, ''));
    }
  });

  it('writes TEI valid against the project schema and tei_all, with jing as an independent oracle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipress-samples-'));
    const files: string[] = [];
    const inputs = [];
    for (const name of names) {
      const r = await convertFile(join(repo, 'transcripts', `${name}.txt`), {});
      const path = join(dir, `${name}.xml`);
      writeFileSync(path, r.xml!);
      files.push(path);
      inputs.push({ file: path, xml: r.xml!, ...(r.sourceMap ? { sourceMap: r.sourceMap } : {}) });
    }
    expect((await validateDocuments(inputs)).filter((d) => d.severity !== 'info')).toEqual([]);
    const jing = '/usr/bin/jing';
    if (!existsSync(jing)) throw new Error('Debian jing is needed as the tei_all oracle (apt-get install jing).');
    expect(execFileSync(jing, [join(repo, 'schema/tei_all.rng'), ...files], { encoding: 'utf8' })).toBe('');
  }, 120_000);
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosswalk } from '../../../src/deposit/dublin-core.js';
import { itemName, writeSaf } from '../../../src/deposit/dspace-saf.js';
import type { Planned } from '../../../src/deposit/payload-plan.js';
import { readTeiRecord } from '../../../src/deposit/tei-record.js';
import { letterWithRefs } from './fixtures.js';

// DSpace's Simple Archive Format, as its import documentation gives it: an archive folder of
// item folders; each holds dublin_core.xml (<dublin_core> of <dcvalue element qualifier>),
// `contents` (one file name per line, then tab-separated options bundle:NAME,
// description:TEXT, primary:true, permissions:…) and the files themselves.
const CONTENTS_LINE = /^[^\t/\r\n]+(?:\tbundle:[A-Z]+)(?:\tdescription:[^\t\r\n]*)?(?:\tprimary:true)?$/u;
const DC_ELEMENTS = new Set(['contributor', 'coverage', 'creator', 'date', 'description', 'format', 'identifier', 'language', 'publisher', 'relation', 'rights', 'source', 'subject', 'title', 'type']);

describe('the DSpace Simple Archive Format', () => {
  it('writes one item folder per document with dublin_core.xml, contents and the files, flat', async () => {
    const src = mkdtempSync(join(tmpdir(), 'teipress-saf-src-'));
    const file = (path: string, kind: Planned['kind']): Planned => {
      const source = join(src, path.replace(/\//gu, '_'));
      writeFileSync(source, path);
      return { source, path, kind, doc: 'brief' };
    };
    const files = [file('tei/brief.xml', 'tei'), file('transcripts/brief.txt', 'transcript'), file('html/brief.html', 'html'), file('print/brief.html', 'print'), file('pdf/brief.pdf', 'pdf'), file('text/brief.reading.txt', 'text')];
    const record = readTeiRecord(letterWithRefs);
    if (!record) throw new Error('fixture is not TEI');
    const root = mkdtempSync(join(tmpdir(), 'teipress-saf-'));
    const dc = crosswalk(record, { editionTitle: 'E', identifier: 'e/brief' });
    await writeSaf(root, [{ dc, files }, { dc, files: [] }]);
    expect(readdirSync(root)).toEqual(['item_000', 'item_001']);
    const item = join(root, 'item_000');
    const contents = readFileSync(join(item, 'contents'), 'utf8');
    expect(contents.split('\n').filter(Boolean).every((l) => CONTENTS_LINE.test(l))).toBe(true);
    expect(contents).toBe([
      'brief.xml\tbundle:ORIGINAL\tdescription:TEI P5 XML (the canonical text)\tprimary:true',
      'brief.txt\tbundle:ORIGINAL\tdescription:plain-text source transcript',
      'brief.html\tbundle:ORIGINAL\tdescription:HTML edition (reading and diplomatic views)',
      'print-brief.html\tbundle:ORIGINAL\tdescription:print edition (HTML)',
      'brief.pdf\tbundle:ORIGINAL\tdescription:print edition (PDF)',
      'brief.reading.txt\tbundle:TEXT\tdescription:plain text',
      '',
    ].join('\n'));
    const listed = contents.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    expect(readdirSync(item).sort()).toEqual(['contents', 'dublin_core.xml', ...listed].sort());
    expect(readFileSync(join(item, 'print-brief.html'), 'utf8')).toBe('print/brief.html');
    const dcXml = readFileSync(join(item, 'dublin_core.xml'), 'utf8');
    const values = [...dcXml.matchAll(/<dcvalue element="([a-z]+)" qualifier="([a-z]+)">/gu)];
    expect(dcXml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<dublin_core schema="dc">\n')).toBe(true);
    expect(values.length).toBe(dc.length);
    expect(values.filter((v) => !DC_ELEMENTS.has(v[1] ?? ''))).toEqual([]);
    expect(existsSync(join(root, 'item_001/contents'))).toBe(true);
  });

  it('numbers items with at least three digits, more when needed', () => {
    expect([itemName(0, 2), itemName(7, 1000), itemName(1234, 2000)]).toEqual(['item_000', 'item_007', 'item_1234']);
  });
});

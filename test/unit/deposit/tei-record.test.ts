import { describe, expect, it } from 'vitest';
import { readTeiRecord } from '../../../src/deposit/tei-record.js';
import { letterWithRefs } from './fixtures.js';

const tei = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;
const pages = (xml: string) => readTeiRecord(xml)?.parts.map((p) => [p.kind, p.pages.map((pb) => pb.n)]);

describe('the record of a TEI file', () => {
  it('reads the correspondence with authority refs, the archival identification and the source checksum', () => {
    const r = readTeiRecord(letterWithRefs);
    expect(r?.correspondence).toEqual([{
      sent: { parties: [{ name: 'Anna Beispiel', kind: 'persName', ref: 'https://d-nb.info/gnd/000000001' }], place: { name: 'Musterstadt', kind: 'placeName', ref: 'https://www.geonames.org/0000001' }, date: { when: '1901-03-03' } },
      received: { parties: [{ name: 'Stadtkanzlei', kind: 'orgName' }] },
    }]);
    expect([r?.repository, r?.settlement, r?.collection, r?.idnos, r?.source]).toEqual(['Stadtarchiv Musterstadt', 'Musterstadt', 'Nachlass Beispiel', [{ value: 'NB 17', type: 'document' }], { path: 'transcripts/brief.txt', sha256: 'ab'.repeat(32) }]);
  });

  it('gives each document div its page breaks, nested ones included, and keeps breaks outside any div', () => {
    expect(pages(tei('<pb n="i"/><div type="document" subtype="letter"><pb n="1"/><p>a<pb n="2"/>b</p></div><pb n="x"/><div type="document" subtype="telegram"><div><pb n="1"/></div></div>'))).toEqual([
      ['text', ['i']], ['letter', ['1', '2', 'x']], ['telegram', ['1']],
    ]);
    expect(pages(tei('<div type="section"><pb n="7"/></div>'))).toEqual([['text', ['7']]]);
  });

  it('reads the date of the first dated change, and none when no change is dated', () => {
    const withChanges = (c: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc><revisionDesc>${c}</revisionDesc></teiHeader><text><body/></text></TEI>`;
    expect(readTeiRecord(withChanges('<change>a</change><change when="2020-01-02">b</change><change when="2021-01-01">c</change>'))?.changedOn).toBe('2020-01-02');
    expect(readTeiRecord(withChanges('<change>a</change>'))?.changedOn).toBeUndefined();
  });

  it('is undefined for XML that is not TEI', () => {
    expect([readTeiRecord('<html/>'), readTeiRecord('<TEI/>'), readTeiRecord('not xml')]).toEqual([undefined, undefined, undefined]);
  });
});

import { describe, expect, it } from 'vitest';
import { crosswalk } from '../../../src/deposit/dublin-core.js';
import { metsXml, type MetsInput } from '../../../src/deposit/mets.js';
import { validateMets } from '../../../src/deposit/mets-validate.js';
import type { PayloadFile } from '../../../src/deposit/package-model.js';
import { readTeiRecord } from '../../../src/deposit/tei-record.js';
import { letterWithRefs, memorandum } from './fixtures.js';

const agent = { software: 'teipress', version: '0.1.0', organization: 'Testverlag', date: '2001-02-03T04:05:06Z' };

function input(errors = 0): MetsInput {
  const docs = [['brief', letterWithRefs], ['vermerk', memorandum]] as const;
  const documents = docs.map(([id, tei]) => {
    const record = readTeiRecord(tei);
    if (!record) throw new Error('fixture is not TEI');
    return { id, record, tei, dc: crosswalk(record, { editionTitle: 'Testedition', identifier: `test:${id}` }), errors: id === 'brief' ? errors : 0 };
  });
  const f = (path: string, kind: PayloadFile['kind'], doc?: string): PayloadFile => ({ path, kind, size: 10, sha256: 'a'.repeat(64), sha512: 'b'.repeat(128), mime: kind === 'tei' ? 'application/tei+xml' : 'text/plain', ...(doc ? { doc } : {}) });
  const files = [f('tei/brief.xml', 'tei', 'brief'), f('transcripts/brief.txt', 'transcript', 'brief'), f('html/brief.html', 'html', 'brief'), f('pdf/brief.pdf', 'pdf', 'brief'), f('text/brief.reading.txt', 'text', 'brief'), f('tei/vermerk.xml', 'tei', 'vermerk'), f('index.html', 'site')];
  return { objectId: 'test-edition', label: 'Testedition', agent, documents, files, allowInvalid: errors > 0 };
}

describe('the METS record', () => {
  it('is valid against the METS 1.12.1 schema', () => {
    expect(validateMets(metsXml(input()))).toEqual([]);
  });

  it('is still valid, and says so, when the edition was packaged with validation errors', () => {
    const xml = metsXml(input(2));
    expect(validateMets(xml)).toEqual([]);
    expect(xml).toContain('RECORDSTATUS="invalid-edition"');
    expect(xml).toContain('<mets:note>Packaged with validation errors (--allow-invalid): 1 document(s) have errors.</mets:note>');
    expect(xml).toContain('<premis:eventOutcomeDetailNote>2 validation error(s); packaged with --allow-invalid</premis:eventOutcomeDetailNote>');
  });

  it('holds a TEI header and a DC record per document, one fileGrp per kind, and a page per pb with its byte range', () => {
    const m = input();
    const xml = metsXml(m);
    expect([...xml.matchAll(/<mets:mdWrap MDTYPE="([A-Z:]+)"/gu)].map((x) => x[1])).toEqual(['TEIHDR', 'DC', 'TEIHDR', 'DC', 'PREMIS:OBJECT', 'PREMIS:EVENT', 'PREMIS:EVENT']);
    expect([...xml.matchAll(/<mets:fileGrp ID="[^"]+" USE="([^"]+)"/gu)].map((x) => x[1])).toEqual(['TEI', 'transcript', 'HTML', 'PDF', 'text', 'edition site']);
    const tei = Buffer.from(letterWithRefs);
    const pb1 = tei.indexOf('<pb n="1"/>');
    const pb2 = tei.indexOf('<pb n="2"/>');
    expect(xml).toContain(`<mets:div TYPE="page" ORDER="1" ORDERLABEL="1"><mets:fptr><mets:area FILEID="file-1" BETYPE="BYTE" BEGIN="${pb1}" END="${pb2 - 1}"/></mets:fptr></mets:div>`);
    expect(xml).toContain(`<mets:div TYPE="page" ORDER="2" ORDERLABEL="2"><mets:fptr><mets:area FILEID="file-1" BETYPE="BYTE" BEGIN="${pb2}"/></mets:fptr></mets:div>`);
    expect(xml).toContain('<mets:file ID="file-2" MIMETYPE="text/plain" SIZE="10" CHECKSUM="' + 'a'.repeat(64) + '" CHECKSUMTYPE="SHA-256">');
    expect(xml).toContain('<premis:objectIdentifierValue>transcripts/brief.txt</premis:objectIdentifierValue>');
    expect(xml).toContain('<premis:eventDetail>Seitenzahlen aus der Folge erschlossen.</premis:eventDetail>');
    expect(xml).toContain('<premis:eventType>conversion</premis:eventType><premis:eventDateTime>2001-02-03T04:05:06Z</premis:eventDateTime>');
    expect(xml).toContain('<premis:eventDetail>The TEI records no date for its conversion; the event is dated by the packaging.</premis:eventDetail>');
    expect(xml).toContain('<premis:linkingAgentIdentifierValue>teipress 0.1.0</premis:linkingAgentIdentifierValue>');
    expect(xml).toContain('<teiHeader xmlns="http://www.tei-c.org/ns/1.0">');
    expect(xml).toContain('<mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="transcripts/brief.txt"/>');
  });

  it('writes file locations as relative URIs that keep #, ? and % inside the name', () => {
    const m = input();
    const odd = { ...m, files: [...m.files, { ...m.files[0]!, path: 'html/a #1?%.html', kind: 'html' as const }] };
    const xml = metsXml(odd);
    expect(xml).toContain('xlink:href="html/a%20%231%3F%25.html"');
    expect(validateMets(xml)).toEqual([]);
  });

  it('dates the conversion by the TEI\'s change/@when when it gives one', () => {
    const m = input();
    const dated = m.documents.map((d) => ({ ...d, record: { ...d.record, changedOn: '1999-12-31' } }));
    const xml = metsXml({ ...m, documents: dated });
    expect(xml).toContain('<premis:eventType>conversion</premis:eventType><premis:eventDateTime>1999-12-31</premis:eventDateTime>');
    expect(xml).not.toContain('dated by the packaging');
    expect(validateMets(xml)).toEqual([]);
  });

  it('reports schema errors for a broken record (the check can fail)', () => {
    const broken = metsXml(input()).replace('<mets:fileSec>', '<mets:fileSec><mets:bogus/>');
    expect(validateMets(broken).map((e) => e.message)).toEqual([expect.stringContaining("Element '{http://www.loc.gov/METS/}bogus': This element is not expected.")]);
  });
});

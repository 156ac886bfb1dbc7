import { describe, expect, it } from 'vitest';
import { crosswalk, dspaceDcXml, oaiDcXml } from '../../../src/deposit/dublin-core.js';
import { readTeiRecord } from '../../../src/deposit/tei-record.js';
import { letterUnknown, letterWithRefs, memorandum } from './fixtures.js';

const record = (xml: string) => {
  const r = readTeiRecord(xml);
  if (!r) throw new Error('fixture is not TEI');
  return r;
};
const ctx = { editionTitle: 'Testedition', identifier: 'https://example.org/ed/html/brief.html' };

describe('the Dublin Core crosswalk', () => {
  it('maps a letter\'s header field by field (sender → creator, addressee and editor → contributor, archival citation → source)', () => {
    expect(crosswalk(record(letterWithRefs), ctx).map((v) => [v.element, v.dspace.join('.'), v.value])).toEqual([
      ['title', 'title.none', 'Brief von Anna Beispiel an die Stadtkanzlei, 3. März 1901'],
      ['creator', 'contributor.author', 'Anna Beispiel'],
      ['contributor', 'contributor.none', 'Stadtkanzlei'],
      ['contributor', 'contributor.editor', 'E. Herausgeberin'],
      ['date', 'date.created', '1901-03-03'],
      ['type', 'type.none', 'Text'],
      ['type', 'type.none', 'letter'],
      ['format', 'format.mimetype', 'application/tei+xml'],
      ['identifier', 'identifier.uri', 'https://example.org/ed/html/brief.html'],
      ['source', 'source.none', 'Stadtarchiv Musterstadt, Musterstadt, Nachlass Beispiel, NB 17'],
      ['language', 'language.iso', 'de'],
      ['rights', 'rights.none', 'CC BY 4.0'],
      ['rights', 'rights.uri', 'https://creativecommons.org/licenses/by/4.0/'],
      ['relation', 'relation.ispartof', 'Testedition'],
      ['publisher', 'publisher.none', 'Testverlag'],
    ]);
  });

  it('gives no creator, contributor or date where the header names none, and an other-identifier when it is not a URL', () => {
    const els = (xml: string) => crosswalk(record(xml), { editionTitle: 'E', identifier: 'ed/x' }).map((v) => `${v.element}:${v.dspace[1]}`);
    expect(els(memorandum)).toEqual(['title:none', 'contributor:editor', 'type:none', 'type:none', 'format:mimetype', 'identifier:other', 'source:none', 'language:iso', 'rights:none', 'rights:uri', 'relation:ispartof', 'publisher:none']);
    expect(els(letterUnknown).filter((e) => e.startsWith('date') || e.startsWith('creator'))).toEqual(['creator:author']);
  });

  it('serialises as oai_dc and as DSpace dcvalue elements, escaping text', () => {
    const values = [{ element: 'title', value: 'A & B <c>', dspace: ['title', 'none'] }] as const;
    expect(oaiDcXml(values)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">\n  <dc:title>A &amp; B &lt;c&gt;</dc:title>\n</oai_dc:dc>\n');
    expect(dspaceDcXml(values)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<dublin_core schema="dc">\n  <dcvalue element="title" qualifier="none">A &amp; B &lt;c&gt;</dcvalue>\n</dublin_core>\n');
  });
});

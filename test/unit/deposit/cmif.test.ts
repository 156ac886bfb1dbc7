import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmifXml } from '../../../src/deposit/cmif.js';
import { compileSchema, validateText } from '../../../src/validate/relaxng.js';
import { validateDocuments } from '../../../src/validate/index.js';
import { letterUnknown, letterWithRefs, memorandum } from './fixtures.js';

const repo = join(import.meta.dirname, '../../..');
const rngPath = join(repo, 'schema/cmif/cmi-customization.rng');
const edition = { title: 'Testedition', publisher: 'Testverlag', url: 'https://example.org/edition', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, date: '2001-02-03' };

async function check(xml: string): Promise<{ schema: string[]; errors: string[]; warnings: string[] }> {
  const loaded = compileSchema(readFileSync(rngPath, 'utf8'), rngPath);
  if (!loaded.ok) throw new Error(loaded.reason);
  const schema = validateText(loaded, xml).map((e) => `${e.line}: ${e.message}`);
  const ds = await validateDocuments([{ file: 'cmif.xml', xml }], { projectSchema: false, teiAll: false, rules: false, schematron: [join(repo, 'schema/cmif/cmif.sch')] });
  return { schema, errors: ds.filter((d) => d.severity === 'error').map((d) => d.message), warnings: ds.filter((d) => d.severity === 'warning').map((d) => d.message) };
}

describe('the CMIF file', () => {
  it('lists each correspondence with its authority URIs, and Unknown where no one is named', () => {
    const xml = cmifXml([{ id: 'a', xml: letterWithRefs }, { id: 'b', xml: letterUnknown }, { id: 'c', xml: memorandum }], edition);
    const descs = xml.slice(xml.indexOf('<profileDesc>'), xml.indexOf('</profileDesc>'));
    const src = /source="#(cmif-[0-9a-f-]+)"/u.exec(descs)?.[1] ?? '';
    expect(descs).toBe(`<profileDesc>
      <correspDesc ref="https://example.org/edition/html/a.html" source="#${src}">
        <correspAction type="sent">
          <persName ref="https://d-nb.info/gnd/000000001">Anna Beispiel</persName>
          <placeName ref="https://www.geonames.org/0000001">Musterstadt</placeName>
          <date when="1901-03-03"/>
        </correspAction>
        <correspAction type="received">
          <orgName>Stadtkanzlei</orgName>
        </correspAction>
      </correspDesc>
      <correspDesc ref="https://example.org/edition/html/b.html" source="#${src}">
        <correspAction type="sent">
          <persName>Carl Ohnedatum</persName>
        </correspAction>
        <correspAction type="received">
          <persName>Unknown</persName>
        </correspAction>
      </correspDesc>
    `);
    expect(xml).toContain(`<bibl type="online" xml:id="${src}">`);
  });

  it('takes an authority URI from the edition\'s register where the TEI gives none, never a non-URL', () => {
    const xml = cmifXml([{ id: 'a', xml: letterWithRefs }], { ...edition, authorities: { Stadtkanzlei: 'https://d-nb.info/gnd/000000002', 'Anna Beispiel': 'https://other.example/ignored', Musterstadt: 'not a uri' } });
    expect(xml).toContain('<orgName ref="https://d-nb.info/gnd/000000002">Stadtkanzlei</orgName>');
    expect(xml).toContain('<persName ref="https://d-nb.info/gnd/000000001">Anna Beispiel</persName>');
    expect(xml).toContain('<placeName ref="https://www.geonames.org/0000001">Musterstadt</placeName>');
    const plain = cmifXml([{ id: 'b', xml: letterUnknown }], { ...edition, authorities: { 'Carl Ohnedatum': 'urn:x' } });
    expect(plain).toContain('<persName>Carl Ohnedatum</persName>');
  });

  it('is valid against the CMIF schema and passes cmif.sch without errors or warnings', async () => {
    const xml = cmifXml([{ id: 'a', xml: letterWithRefs }, { id: 'b', xml: letterUnknown }, { id: 'c', xml: memorandum }], edition);
    expect(await check(xml)).toEqual({ schema: [], errors: [], warnings: [] });
  });

  it('is valid for the sample edition without a base URL (relative links)', async () => {
    const docs = ['1962-11-05-kennedy-to-khrushchev-draft-and-telegram', '1962-11-06-kennedy-to-khrushchev'].map((id) => ({ id, xml: readFileSync(join(repo, 'tei', `${id}.xml`), 'utf8') }));
    const xml = cmifXml(docs, { title: 'Sample', publisher: 'P', date: '2001-02-03' });
    expect((xml.match(/<correspDesc /gu) ?? []).length).toBe(3);
    expect(xml).toContain('<idno type="url">cmif.xml</idno>');
    expect(await check(xml)).toEqual({ schema: [], errors: [], warnings: [] });
  });

  it('reports a schema error and a Schematron error for a hand-broken file (the checks can fail)', async () => {
    const xml = cmifXml([{ id: 'a', xml: letterWithRefs }], edition).replace('<correspAction type="sent">', '<correspAction type="gesendet">').replace('<date when="1901-03-03"/>', '<date/>');
    const r = await check(xml);
    expect(r.schema.length).toBeGreaterThan(0);
    expect(r.errors.some((m) => m.includes('E0001'))).toBe(true);
    expect(r.errors.some((m) => m.includes('E0004'))).toBe(true);
  });
});

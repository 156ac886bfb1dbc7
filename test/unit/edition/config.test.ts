import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/edition/config.js';
import { readMetadata } from '../../../src/edition/convert-files.js';
import { mergeProfile, profileOverrideProblems } from '../../../src/profiles/profile.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'teipress-config-'));
/** `line:col rule message` of each diagnostic. */
const lines = (ds: { line: number; column: number; rule: string; message: string }[]) => ds.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);

async function configDiagnostics(text: string): Promise<string[]> {
  const dir = tmp();
  writeFileSync(join(dir, 'teipress.config.json'), text);
  return lines((await loadConfig(dir)).diagnostics);
}

describe('loadConfig checks the config against the published schema', () => {
  it('accepts a full, correct config and the $schema key', async () => {
    expect(await configDiagnostics(JSON.stringify({ $schema: './schema/teipress.config.schema.json', title: 'T', publisher: 'P', language: 'de-CH', licence: { name: 'CC0', url: 'https://example.org' }, dist: 'site', schematron: ['rules.sch'], profile: { extend: true, salutations: ['Hochverehrter'], repositories: { X: 'Archiv X' }, century: 1800 } }))).toEqual([]);
  });

  it('reports unknown keys where they stand, with "did you mean" for a near miss', async () => {
    expect(await configDiagnostics('{\n  "license": {"name": "x"},\n  "titel": "T",\n  "colour": 1\n}\n')).toEqual([
      '2:3 build/config "license" is not a known key; did you mean "licence"?',
      '3:3 build/config "titel" is not a known key; did you mean "title"?',
      '4:3 build/config "colour" is not a known key (known: title, publisher, language, licence, transcripts, tei, dist, schematron, profile, deposit, pageSize, dateFormat).',
    ]);
  });

  it('reads the site\'s date format, day month year by default, and reports one it does not know', async () => {
    const dir = tmp();
    const format = async (text: string) => {
      writeFileSync(join(dir, 'teipress.config.json'), text);
      const r = await loadConfig(dir);
      return [r.config.dateFormat, lines(r.diagnostics)];
    };
    expect([await format('{}'), await format('{"dateFormat": "mdy"}'), await format('{"dateFormat": "iso"}'), await format('{"dateFormat": "ymd"}')]).toEqual([
      ['dmy', []],
      ['mdy', []],
      ['iso', []],
      ['dmy', ['1:16 build/config "dateFormat" is a string ("ymd"); expected one of "dmy", "mdy", "iso".']],
    ]);
  });

  it('selects a built-in profile by name or as the base of an override, and reports an unknown name', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'teipress.config.json'), '{"profile": "uk-government-20c"}');
    const named = await loadConfig(dir);
    expect([named.diagnostics, named.config.profile.name, named.config.profile.dateOrder]).toEqual([[], 'uk-government-20c', 'dmy']);
    writeFileSync(join(dir, 'teipress.config.json'), '{"profile": {"base": "uk-government-20c", "extend": true, "salutations": ["Dear Sir"]}}');
    const based = await loadConfig(dir);
    expect([based.diagnostics, based.config.profile.name, based.config.profile.salutations.at(-1)]).toEqual([[], 'uk-government-20c', 'Dear Sir']);
    expect(await configDiagnostics('{"profile": "us-gov"}')).toEqual([
      '1:13 build/config "profile" is a string ("us-gov"); expected one of "us-government-20c", "uk-government-20c".',
    ]);
  });

  it('reports profile overrides of the wrong shape at their place, and patterns that are not regular expressions', async () => {
    expect(await configDiagnostics('{"profile": {"stamps": "x", "salutations": null, "century": "1900", "closings": [1]}}')).toEqual([
      '1:24 build/config "profile.stamps" is a string ("x"); expected an array.',
      '1:44 build/config "profile.salutations" is null; expected an array.',
      '1:61 build/config "profile.century" is a string ("1900"); expected an integer.',
      '1:82 build/config "profile.closings[0]" is a number (1); expected a string.',
    ]);
    expect(await configDiagnostics('{"profile": {"stamps": [{"type": "t", "keywords": [], "patterns": ["(unclosed"]}]}}')).toEqual([
      '1:68 build/config "profile.stamps[0].patterns[0]" is not a regular expression (Invalid regular expression: /(unclosed/iu: Unterminated group).',
    ]);
  });

  it('reads stamp patterns in Unicode mode, so one valid only without the u flag is reported and a code-point pattern is accepted', async () => {
    expect(await configDiagnostics('{"profile": {"stamps": [{"type": "t", "keywords": [], "patterns": ["NND\\\\-\\\\d", "^\\\\p{Lu}{3}$"]}]}}')).toEqual([
      '1:68 build/config "profile.stamps[0].patterns[0]" is not a regular expression (Invalid regular expression: /NND\\-\\d/iu: Invalid escape).',
    ]);
  });

  it('reports a missing required key, an empty title and a control character', async () => {
    expect(await configDiagnostics('{"licence": {"url": "u"}, "title": "", "publisher": "A\\u0007B"}')).toEqual([
      '1:13 build/config "licence" lacks the key "name".',
      '1:36 build/config "title" is empty; expected some text.',
      '1:53 source/control-character The config value "publisher" holds control character U+0007, which XML cannot carry; it becomes U+FFFD.',
    ]);
  });

  it('accepts a config that starts with a BOM', async () => {
    expect(await configDiagnostics('\uFEFF{"title": "T"}')).toEqual([]);
  });
});

describe('readMetadata checks a sidecar against the published schema', () => {
  async function sidecar(text: string | Buffer) {
    const dir = tmp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.meta.json'), text);
    const r = await readMetadata(join(dir, 'a.txt'));
    return { meta: r.meta, ds: lines(r.diagnostics) };
  }

  it('accepts a sidecar with a UTF-8 BOM, as a transcript is', async () => {
    expect(await sidecar(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"sender": "A. Clerk"}')]))).toEqual({ meta: { sender: 'A. Clerk' }, ds: [] });
  });

  it('reports wrongly typed documents entries at their place and leaves them out', async () => {
    expect(await sidecar('{\n  "documents": [5, {"sender": 3}, {"sendr": "x", "date": "1962/11/06"}]\n}\n')).toEqual({
      meta: { documents: [{}, {}, {}] },
      ds: [
        '2:17 source/metadata "documents[0]" is a number (5); expected an object.',
        '2:31 source/metadata "documents[1].sender" is a number (3); expected a string.',
        '2:36 source/metadata "sendr" is not a known key in "documents[2]"; did you mean "sender"?',
        '2:58 source/metadata "documents[2].date" is "1962/11/06"; expected an ISO date such as 1962-11-06, 1962-11 or 1962.',
      ],
    });
  });

  it('reports a control character in a sidecar value and writes U+FFFD for it', async () => {
    expect(await sidecar('{"note": "a\\u0001b"}')).toEqual({ meta: { note: 'a\uFFFDb' }, ds: ['1:10 source/control-character The metadata value "note" holds control character U+0001, which XML cannot carry; it becomes U+FFFD.'] });
  });

  it('reports a syntax error at its place', async () => {
    expect((await sidecar('{\n  "date": 1962,\n}\n')).ds).toEqual(['3:1 source/metadata The metadata is not valid JSON (a property name (in double quotes) was expected).']);
  });
});

describe('mergeProfile and profileOverrideProblems', () => {
  it('leave out override values of the wrong shape instead of handing them to the recognisers', () => {
    const bad = { stamps: 'x', salutations: null, closings: ['Yours ever'], caveats: [1], century: 1900.5 } as never;
    const merged = mergeProfile(usGovernment20c, bad);
    expect({ stamps: merged.stamps, salutations: merged.salutations, closings: merged.closings, caveats: merged.caveats, century: merged.century }).toEqual({ stamps: usGovernment20c.stamps, salutations: usGovernment20c.salutations, closings: ['Yours ever'], caveats: usGovernment20c.caveats, century: usGovernment20c.century });
    expect(profileOverrideProblems({ ...(bad as object), colour: 'x' })).toEqual([
      '"stamps" does not have the shape of the built-in profile\'s "stamps"',
      '"salutations" does not have the shape of the built-in profile\'s "salutations"',
      '"caveats" does not have the shape of the built-in profile\'s "caveats"',
      '"century" does not have the shape of the built-in profile\'s "century"',
      '"colour" is not a profile key',
    ]);
  });

  it('skip a stamp whose pattern is not a regular expression', () => {
    expect(mergeProfile(usGovernment20c, { stamps: [{ type: 't', keywords: [], patterns: ['(x'] }] }).stamps).toEqual(usGovernment20c.stamps);
  });
});

describe('a JSON file with two leading U+FEFF', () => {
  it('takes the first as a byte-order mark and reports the second as a syntax error', async () => {
    expect(await configDiagnostics('\uFEFF\uFEFF{"title": "T"}')).toEqual(['1:1 build/config The config is not valid JSON (an unexpected character).']);
  });
});

describe("the sample edition's own config", () => {
  it('is valid against the published schema', async () => {
    expect(lines((await loadConfig(join(import.meta.dirname, '../../..'))).diagnostics)).toEqual([]);
  });
});

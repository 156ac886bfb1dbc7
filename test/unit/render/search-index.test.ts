import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SCRIPT_PIECE, SEARCH_OPTIONS, searchFieldsOf, searchIndexScript, searchPart, searchScript, type SearchDoc } from '../../../src/render/search.js';
import { siteOrder, sitePlan, type PartSource, type SearchPartSource, type SiteEntry } from '../../../src/render/site-plan.js';
import type { RenderTarget } from '../../../src/render/index.js';
import { writeAtomic } from '../../../src/node/fs.js';

// Made-up documents: accents, a non-BMP letter, punctuation at both ends, a repeated word in
// different case, a "<" that must not close the script, an empty reading, an undated one.
const DOCS: SearchDoc[] = [
  { id: 'minute-b', summary: { pages: 1, title: 'Minute on the harbour dues', date: '1911-03-04', dateLabel: '4 March 1911', types: ['memorandum'] }, reading: 'Minute on the harbour dues\n====\n\n"Harbour dues," the clerk wrote, "are HARBOUR dues."\n\n1 < 2 — agreed.\n' },
  { id: 'brief-a', summary: { pages: 2, title: 'Brief an den Konsul', date: '1902', types: ['letter', 'letter'] }, reading: 'Brief an den Konsul\n====\n[Letter]\nÜber die Zölle in Pará; 𝔊ruß an Frau Müller…\n' },
  { id: 'wire-c', summary: { pages: 1, types: ['telegram'] }, reading: '' },
  { id: 'note-d', summary: { pages: 0, title: '...', types: [] }, reading: 'Note\n--\n¿Qué? ¡Nada!\n' },
];

/** The index MiniSearch itself makes of the same documents (how the site made it before). */
function miniSearchIndex(docs: readonly SearchDoc[]): ReturnType<MiniSearch['toJSON']> {
  const search = new MiniSearch<Record<string, unknown>>({ fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  search.addAll(docs.map((d, i) => ({ id: i, ...searchFieldsOf(d) })));
  return search.toJSON();
}

/** The data a script assigns to window.TEIPRESS_SEARCH. */
function scriptData(script: string): { options: typeof SEARCH_OPTIONS; index: ReturnType<MiniSearch['toJSON']> } {
  const m = /^window\.TEIPRESS_SEARCH = (.*);\n$/su.exec(script);
  if (!m) throw new Error('not a search index script');
  return JSON.parse(m[1]!) as { options: typeof SEARCH_OPTIONS; index: ReturnType<MiniSearch['toJSON']> };
}

const byTerm = (j: ReturnType<MiniSearch['toJSON']>) => ({ ...j, index: [...j.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) });

describe('the search index script', () => {
  it('holds exactly what MiniSearch serialises for the same documents (terms in a fixed order)', async () => {
    const ours = scriptData(await searchIndexScript(DOCS));
    expect(ours.options).toEqual(SEARCH_OPTIONS);
    expect(byTerm(ours.index)).toEqual(byTerm(miniSearchIndex(DOCS)));
  });

  it('loads into MiniSearch and finds what an index MiniSearch built finds, with the same scores', async () => {
    const ours = MiniSearch.loadJSON(JSON.stringify(scriptData(await searchIndexScript(DOCS)).index), { ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
    const theirs = MiniSearch.loadJSON(JSON.stringify(miniSearchIndex(DOCS)), { ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
    for (const q of ['harbour', 'zölle', 'müller', 'konsul', 'qué', 'nada', 'telegram', 'wire-c', 'gruß']) {
      expect(ours.search(q, { prefix: true, fuzzy: 0.2 })).toEqual(theirs.search(q, { prefix: true, fuzzy: 0.2 }));
    }
    expect(ours.search('harbour').map((r) => r['href'])).toEqual(['html/minute-b.html']);
  });

  it('writes no raw "<", so the data cannot end the script early', async () => {
    const script = await searchIndexScript(DOCS);
    expect(script.includes('<')).toBe(false);
    expect(scriptData(script).index.storedFields['0']).toMatchObject({ text: expect.stringContaining('1 < 2') as unknown });
  });

  it('gives the same bytes for the same documents, and other bytes when one reading changes', async () => {
    const changed = DOCS.map((d) => (d.id === 'note-d' ? { ...d, reading: `${d.reading}Otra nota.\n` } : d));
    expect(await searchIndexScript(DOCS)).toEqual(await searchIndexScript([...DOCS]));
    expect(await searchIndexScript(changed)).not.toEqual(await searchIndexScript(DOCS));
    expect(byTerm(scriptData(await searchIndexScript(changed)).index)).toEqual(byTerm(miniSearchIndex(changed)));
  });

  it('of no documents is an empty index MiniSearch loads', async () => {
    const data = scriptData(await searchIndexScript([]));
    expect(data.index).toEqual(miniSearchIndex([]));
    expect(MiniSearch.loadJSON(JSON.stringify(data.index), { fields: [...SEARCH_OPTIONS.fields] }).search('anything')).toEqual([]);
  });
});

describe('the site plan\'s search index', () => {
  const entries: SiteEntry[] = DOCS.map((d, i) => ({ id: d.id, key: `key-${i}`, summary: d.summary, made: new Set(['html', 'reading'] as const), searchable: d.reading !== '' }));
  const parts: PartSource = (id, part) => Promise.resolve(part === 'reading' ? DOCS.find((d) => d.id === id)?.reading ?? '' : '');
  const opts = { targets: ['html', 'text'] as RenderTarget[], siteTitle: 'Made-up edition', buildDate: '2024-01-02' };
  // The plan gives the script in pieces: joined here.
  const indexOf = async (searchParts?: SearchPartSource): Promise<string | undefined> => {
    const made = await sitePlan(entries, opts, parts, searchParts).find((o) => o.path === 'assets/search-index.js')?.make();
    if (made === undefined || typeof made === 'string' || made instanceof Uint8Array) throw new Error('the search index is not made in pieces');
    let script = '';
    for await (const piece of made) script += piece;
    return script;
  };

  it('is the same from the documents\' kept search parts, from their reading texts, or from a mix of both', async () => {
    const fromText = await indexOf();
    const kept = new Map(DOCS.map((d) => [d.id, searchPart(d)]));
    expect(await indexOf(async (e) => kept.get(e.id))).toEqual(fromText);
    expect(await indexOf(async (e) => (e.id === 'brief-a' ? undefined : kept.get(e.id)))).toEqual(fromText);
    // an empty kept part is none: the reading text is indexed instead
    expect(await indexOf(async (e) => (e.id === 'brief-a' ? '' : kept.get(e.id)))).toEqual(fromText);
    expect(fromText?.includes('"text":"Über die Zölle')).toBe(true);
    expect(fromText).toEqual(await searchIndexScript(siteOrder(DOCS)));
  });
});

describe('the search index script in pieces', () => {
  // Made-up documents enough for several pieces: each reading a run of numbered words, each
  // word with a non-BMP letter, an accent and a "<".
  const many: SearchDoc[] = Array.from({ length: 120 }, (_, i) => ({
    id: `doc-${i}`,
    summary: { pages: 1, title: `Paper ${i}`, date: `19${String(10 + (i % 80))}`, types: [i % 2 ? 'letter' : 'memorandum'] },
    reading: `Paper ${i}\n====\n${Array.from({ length: 150 }, (_, w) => `𝔚ord${(w * 7 + i) % 400} é<${w}`).join(' ')}\n`,
  }));
  const piecesOf = async (docs: readonly SearchDoc[]): Promise<string[]> => {
    const out: string[] = [];
    for await (const p of searchScript(docs.length, docs.map(searchPart))) out.push(p);
    return out;
  };

  it('are the script, in more than one piece, none much longer than a piece', async () => {
    const pieces = await piecesOf(many);
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(SCRIPT_PIECE + 10_000);
    expect(byTerm(scriptData(pieces.join('')).index)).toEqual(byTerm(miniSearchIndex(many)));
  });

  it('are made as the parts are read: the first pieces come before the last part is given', async () => {
    let given = 0;
    function* parts(): Generator<string> {
      for (const d of many) {
        given++;
        yield searchPart(d);
      }
    }
    const seen: number[] = [];
    for await (const _ of searchScript(many.length, parts())) seen.push(given);
    expect(seen[0]).toBeLessThan(many.length);
    expect(seen.at(-1)).toBe(many.length);
  });

  it('write the bytes of the one-string script', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'teipress-search-'));
    try {
      await writeAtomic(join(dir, 'pieces.js'), searchScript(many.length, many.map(searchPart)));
      const written = await readFile(join(dir, 'pieces.js'));
      expect(written.equals(Buffer.from(await searchIndexScript(many), 'utf8'))).toBe(true);
      expect(written.toString('utf8').includes('\ufffd')).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('of a different edition differ (the pieces are made from the parts, not kept)', async () => {
    const other = (await piecesOf(many.slice(1))).join('');
    expect(other).not.toEqual((await piecesOf(many)).join(''));
    expect(other).toEqual(await searchIndexScript(many.slice(1)));
  });

  it('refuse a count that is not the number of parts given', async () => {
    const drain = async (count: number): Promise<void> => {
      for await (const _ of searchScript(count, many.slice(0, 3).map(searchPart))) void _;
    };
    await expect(drain(2)).rejects.toThrow(/2 documents was given more/u);
    await expect(drain(4)).rejects.toThrow(/4 documents was given 3/u);
  });
});

import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, searchFieldsOf, searchIndexScript, searchPart, type SearchDoc } from '../../../src/render/search.js';
import { sitePlan, type PartSource, type SearchPartSource, type SiteEntry } from '../../../src/render/site-plan.js';
import type { RenderTarget } from '../../../src/render/index.js';

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
  it('holds exactly what MiniSearch serialises for the same documents (terms in a fixed order)', () => {
    const ours = scriptData(searchIndexScript(DOCS));
    expect(ours.options).toEqual(SEARCH_OPTIONS);
    expect(byTerm(ours.index)).toEqual(byTerm(miniSearchIndex(DOCS)));
  });

  it('loads into MiniSearch and finds what an index MiniSearch built finds, with the same scores', () => {
    const ours = MiniSearch.loadJSON(JSON.stringify(scriptData(searchIndexScript(DOCS)).index), { ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
    const theirs = MiniSearch.loadJSON(JSON.stringify(miniSearchIndex(DOCS)), { ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
    for (const q of ['harbour', 'zölle', 'müller', 'konsul', 'qué', 'nada', 'telegram', 'wire-c', 'gruß']) {
      expect(ours.search(q, { prefix: true, fuzzy: 0.2 })).toEqual(theirs.search(q, { prefix: true, fuzzy: 0.2 }));
    }
    expect(ours.search('harbour').map((r) => r['href'])).toEqual(['html/minute-b.html']);
  });

  it('writes no raw "<", so the data cannot end the script early', () => {
    const script = searchIndexScript(DOCS);
    expect(script.includes('<')).toBe(false);
    expect(scriptData(script).index.storedFields['0']).toMatchObject({ text: expect.stringContaining('1 < 2') as unknown });
  });

  it('gives the same bytes for the same documents, and other bytes when one reading changes', () => {
    const changed = DOCS.map((d) => (d.id === 'note-d' ? { ...d, reading: `${d.reading}Otra nota.\n` } : d));
    expect(searchIndexScript(DOCS)).toEqual(searchIndexScript([...DOCS]));
    expect(searchIndexScript(changed)).not.toEqual(searchIndexScript(DOCS));
    expect(byTerm(scriptData(searchIndexScript(changed)).index)).toEqual(byTerm(miniSearchIndex(changed)));
  });

  it('of no documents is an empty index MiniSearch loads', () => {
    const data = scriptData(searchIndexScript([]));
    expect(data.index).toEqual(miniSearchIndex([]));
    expect(MiniSearch.loadJSON(JSON.stringify(data.index), { fields: [...SEARCH_OPTIONS.fields] }).search('anything')).toEqual([]);
  });
});

describe('the site plan\'s search index', () => {
  const entries: SiteEntry[] = DOCS.map((d, i) => ({ id: d.id, key: `key-${i}`, summary: d.summary, made: new Set(['html', 'reading'] as const), searchable: d.reading !== '' }));
  const parts: PartSource = (id, part) => Promise.resolve(part === 'reading' ? DOCS.find((d) => d.id === id)?.reading ?? '' : '');
  const opts = { targets: ['html', 'text'] as RenderTarget[], siteTitle: 'Made-up edition', buildDate: '2024-01-02' };
  const indexOf = async (searchParts?: SearchPartSource): Promise<string | Uint8Array | undefined> => sitePlan(entries, opts, parts, searchParts).find((o) => o.path === 'assets/search-index.js')?.make();

  it('is the same from the documents\' kept search parts, from their reading texts, or from a mix of both', async () => {
    const fromText = await indexOf();
    const kept = new Map(DOCS.map((d) => [d.id, searchPart(d)]));
    expect(await indexOf(async (e) => kept.get(e.id))).toEqual(fromText);
    expect(await indexOf(async (e) => (e.id === 'brief-a' ? undefined : kept.get(e.id)))).toEqual(fromText);
    expect(typeof fromText === 'string' && fromText.includes('"text":"Über die Zölle')).toBe(true);
  });
});

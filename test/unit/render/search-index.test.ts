import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SCRIPT_PIECE, SEARCH_OPTIONS, searchFieldsOf, searchIndex, searchIndexScript, searchPart, type SearchDoc } from '../../../src/render/search.js';
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
  // The plan gives the script in pieces: joined here.
  const indexOf = async (searchParts?: SearchPartSource): Promise<string | undefined> => {
    const made = await sitePlan(entries, opts, parts, searchParts).find((o) => o.path === 'assets/search-index.js')?.make();
    if (made === undefined || typeof made === 'string' || made instanceof Uint8Array) throw new Error('the search index is not made in pieces');
    return [...made].join('');
  };

  it('is the same from the documents\' kept search parts, from their reading texts, or from a mix of both', async () => {
    const fromText = await indexOf();
    const kept = new Map(DOCS.map((d) => [d.id, searchPart(d)]));
    expect(await indexOf(async (e) => kept.get(e.id))).toEqual(fromText);
    expect(await indexOf(async (e) => (e.id === 'brief-a' ? undefined : kept.get(e.id)))).toEqual(fromText);
    expect(fromText?.includes('"text":"Über die Zölle')).toBe(true);
    expect(fromText).toEqual(searchIndexScript(siteOrder(DOCS)));
  });
});

describe('the search index script in pieces', () => {
  // Made-up documents enough for several pieces: each reading a run of numbered words, with a
  // non-BMP letter at every word so a surrogate pair meets the end of some piece.
  const many: SearchDoc[] = Array.from({ length: 120 }, (_, i) => ({
    id: `doc-${i}`,
    summary: { pages: 1, title: `Paper ${i}`, date: `19${String(10 + (i % 80))}`, types: [i % 2 ? 'letter' : 'memorandum'] },
    reading: `Paper ${i}\n====\n${Array.from({ length: 150 }, (_, w) => `𝔚ord${(w * 7 + i) % 400} é<${w}`).join(' ')}\n`,
  }));
  const index = searchIndex();
  for (const d of many) index.add(d);
  const pieces = [...index.pieces()];

  it('are the script, in more than one piece, none much longer than a piece', () => {
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toEqual(index.script());
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(SCRIPT_PIECE + 10_000);
    expect(byTerm(scriptData(pieces.join('')).index)).toEqual(byTerm(miniSearchIndex(many)));
  });

  it('write the bytes of the one-string script', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'teipress-search-'));
    try {
      await writeAtomic(join(dir, 'pieces.js'), index.pieces());
      await writeAtomic(join(dir, 'whole.js'), index.script());
      const written = await readFile(join(dir, 'pieces.js'));
      expect(written.equals(await readFile(join(dir, 'whole.js')))).toBe(true);
      expect(written.equals(Buffer.from(searchIndexScript(many), 'utf8'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('of a different edition differ (the pieces are made from the index, not kept)', () => {
    const other = searchIndex();
    for (const d of many.slice(1)) other.add(d);
    expect([...other.pieces()].join('')).not.toEqual(pieces.join(''));
    expect([...other.pieces()].join('')).toEqual(searchIndexScript(many.slice(1)));
  });
});

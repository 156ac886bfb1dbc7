/**
 * The site's offline search: a MiniSearch index of each document's reading text, built at
 * render time and written as `assets/search-index.js` (a script, not JSON, because a page opened
 * from `file://` may load scripts but not fetch files). The search page (`search.html`,
 * `assets/search.js`) loads it with the bundled MiniSearch and filters by document type and year.
 *
 * The index is written here, in MiniSearch's serialised form (version 2, what `toJSON` gives and
 * `loadJSON` reads), from per-term lists of numbers rather than through a MiniSearch object:
 * MiniSearch's radix tree, the object tree of `toJSON` and one string of it all held the main
 * thread's largest heap of a build and most of the site's time on a one-change rebuild. The
 * terms are counted as MiniSearch's `add` counts them with the options the page loads the index
 * with (its default tokenizer and lower-casing); the tests compare the result with MiniSearch's.
 */
import { outputHref } from './links.js';
import { Postings } from './search-postings.js';
import type { DocSummary } from './summary.js';

/** One searchable document. */
export interface SearchDoc {
  readonly id: string;
  readonly summary: DocSummary;
  /** The reading text (tei-to-text.xsl, edition "reading"). */
  readonly reading: string;
}

/** The options both sides use (the page passes the same ones to `MiniSearch.loadJSON`). */
export const SEARCH_OPTIONS = { fields: ['title', 'text'], storeFields: ['title', 'href', 'types', 'year', 'date', 'text'] } as const;

/** MiniSearch's default tokenizer splits on this (line breaks, Unicode space separators and punctuation). */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

// The reading text's own header (title, the edition line, document headings in brackets) is the
// editor's, not the source's: searched through the title field only.
const EDITORIAL_LINE = /^(?:\[[^\]\n]*\]|[-=]+)$/u;

/** The reading text without the edition's header lines. */
export function searchableText(reading: string): string {
  const lines = reading.split('\n');
  return lines.slice(2).filter((l) => !EDITORIAL_LINE.test(l)).join('\n').replace(/\n{2,}/gu, '\n');
}

type Stored = Record<(typeof SEARCH_OPTIONS.storeFields)[number], string | string[]>;

/** The fields of a document as the index stores and searches them (its id aside). */
export function searchFieldsOf(d: SearchDoc): Stored {
  return {
    title: d.summary.title ?? d.id,
    href: outputHref('html', d.id, 0),
    types: [...new Set(d.summary.types)],
    year: d.summary.date && /^\d{4}/u.test(d.summary.date) ? d.summary.date.slice(0, 4) : '',
    date: d.summary.dateLabel ?? '',
    text: searchableText(d.reading),
  };
}

/** A field's terms as MiniSearch's `add` counts them: its length (distinct tokens) and each lower-cased term's count. */
function fieldTerms(value: string): { length: number; counts: Map<string, number> } {
  const tokens = value.split(SPACE_OR_PUNCTUATION);
  const counts = new Map<string, number>();
  for (const token of tokens) {
    const term = token.toLowerCase();
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { length: new Set(tokens).size, counts };
}

/**
 * What the index keeps of one document, as JSON text: its stored fields (already as the index
 * writes them), the length of each field and the count of each of its terms per field. Made once
 * when the document is rendered and cached beside its other parts, so that an index of a large
 * edition is made without splitting every reading text again.
 */
export function searchPart(doc: SearchDoc): string {
  const fields = searchFieldsOf(doc);
  const terms = SEARCH_OPTIONS.fields.map((f) => fieldTerms(fields[f] as string));
  return JSON.stringify({ stored: safe(JSON.stringify(fields)), lengths: terms.map((t) => t.length), counts: terms.map((t) => [...t.counts]) });
}

/** A search part read back (see `searchPart`). */
interface ParsedPart {
  readonly stored: string;
  readonly lengths: readonly number[];
  readonly counts: readonly (readonly [string, number])[][];
}

// "<" never appears raw, so the JSON cannot close the script early.
const safe = (json: string): string => json.replace(/</gu, '\\u003c');

/** One term's entry of the serialised index: `[term, {fieldId: {doc: count}}]`. */
function termEntry(term: string, postings: Postings): string {
  const fields: string[] = [];
  SEARCH_OPTIONS.fields.forEach((_, fieldId) => {
    const docs: string[] = [];
    for (const [doc, count] of postings.of(term, fieldId)) docs.push(`"${doc}":${count}`);
    if (docs.length) fields.push(`"${fieldId}":{${docs.join(',')}}`);
  });
  return `[${safe(JSON.stringify(term))},{${fields.join(',')}}]`;
}

/** About how long a piece of the script is (code units): large enough for few writes, small beside the index. */
export const SCRIPT_PIECE = 1 << 16;

/**
 * The script of a search index of `count` documents, `parts` their search parts in site order
 * (`searchPart`), in pieces of about `SCRIPT_PIECE` code units, made as they are read: joined,
 * they are the script. MiniSearch's serialisation version 2, its members in an order that lets
 * each document's stored fields be written as the document is read, and never held: what the
 * index keeps while it is built is its postings, one number per field per document and the
 * terms (a large edition's stored fields, the reading texts, were the largest part of its
 * heap). Terms come in code-unit order; any order of members or terms loads alike.
 */
export async function* searchScript(count: number, parts: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  // Per term, per field: the documents it occurs in and its count there (documents come in
  // order, so each list is sorted).
  const postings = new Postings(SEARCH_OPTIONS.fields.length);
  const lengths = SEARCH_OPTIONS.fields.map(() => new Int32Array(count));
  const average: number[] = SEARCH_OPTIONS.fields.map(() => 0);
  let piece = '';
  // Each part of the script in order; a piece is handed on once it is long enough.
  const put = (s: string): string | undefined => {
    piece += s;
    if (piece.length < SCRIPT_PIECE) return undefined;
    const full = piece;
    piece = '';
    return full;
  };
  const ids = Array.from({ length: count }, (_, i) => `${i ? ',' : ''}"${i}":${i}`).join('');
  let full = put(`window.TEIPRESS_SEARCH = {"options":${safe(JSON.stringify(SEARCH_OPTIONS))},"index":{"documentCount":${count},"nextId":${count},"documentIds":{${ids}},"fieldIds":${JSON.stringify(Object.fromEntries(SEARCH_OPTIONS.fields.map((f, i) => [f, i])))},"storedFields":{`);
  if (full) yield full;
  let n = 0;
  for await (const json of parts) {
    if (n === count) throw new Error(`a search index of ${count} documents was given more`);
    const part = JSON.parse(json) as ParsedPart;
    part.counts.forEach((counts, fieldId) => {
      for (const [term, c] of counts) postings.add(term, fieldId, n, c);
      lengths[fieldId]![n] = part.lengths[fieldId]!;
      // MiniSearch's running mean, in its order of operations (the same float).
      average[fieldId] = (average[fieldId]! * n + part.lengths[fieldId]!) / (n + 1);
    });
    if ((full = put(`${n ? ',' : ''}"${n}":${part.stored}`))) yield full;
    n++;
  }
  if (n !== count) throw new Error(`a search index of ${count} documents was given ${n}`);
  for (let i = 0; i < count; i++) if ((full = put(`${i ? ',' : '},"fieldLength":{'}"${i}":[${lengths.map((l) => l[i]).join(',')}]`))) yield full;
  if ((full = put(`${count ? '' : '},"fieldLength":{'}},"averageFieldLength":${JSON.stringify(count ? average : [])},"dirtCount":0,"index":[`))) yield full;
  const terms = [...postings.terms()].sort();
  for (const [i, t] of terms.entries()) if ((full = put(`${i ? ',' : ''}${termEntry(t, postings)}`))) yield full;
  if ((full = put('],"serializationVersion":2}};\n'))) yield full;
  if (piece) yield piece;
}

/**
 * The search index script of `docs` (in site order), as one string:
 * `window.TEIPRESS_SEARCH = { options, index }`. Deterministic for the same documents.
 */
export async function searchIndexScript(docs: readonly SearchDoc[]): Promise<string> {
  let script = '';
  for await (const piece of searchScript(docs.length, docs.map(searchPart))) script += piece;
  return script;
}

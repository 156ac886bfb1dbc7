/**
 * The site's offline search: a MiniSearch index of each document's reading text, built at
 * render time and written as `assets/search-index.js` (a script, not JSON, because a page opened
 * from `file://` may load scripts but not fetch files). The search page (`search.html`,
 * `assets/search.js`) loads it with the bundled MiniSearch and filters by document type and year.
 */
import MiniSearch from 'minisearch';
import { outputHref } from './links.js';
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

// The reading text's own header (title, the edition line, document headings in brackets) is the
// editor's, not the source's: searched through the title field only.
const EDITORIAL_LINE = /^(?:\[[^\]\n]*\]|[-=]+)$/u;

/** The reading text without the edition's header lines. */
export function searchableText(reading: string): string {
  const lines = reading.split('\n');
  return lines.slice(2).filter((l) => !EDITORIAL_LINE.test(l)).join('\n').replace(/\n{2,}/gu, '\n');
}

/**
 * The search index script: `window.TEIPRESS_SEARCH = { options, index }`. Deterministic for the
 * same documents (added in site order). Returns the script's text.
 */
export function searchIndexScript(docs: readonly SearchDoc[]): string {
  const search = new MiniSearch<Record<string, unknown>>({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  search.addAll(docs.map((d, i) => ({
    id: i,
    title: d.summary.title ?? d.id,
    href: outputHref('html', d.id, 0),
    types: [...new Set(d.summary.types)],
    year: d.summary.date && /^\d{4}/u.test(d.summary.date) ? d.summary.date.slice(0, 4) : '',
    date: d.summary.dateLabel ?? '',
    text: searchableText(d.reading),
  })));
  const data = { options: SEARCH_OPTIONS, index: search.toJSON() };
  // "<" never appears raw, so the JSON cannot close the script early
  return `window.TEIPRESS_SEARCH = ${JSON.stringify(data).replace(/</gu, '\\u003c')};\n`;
}

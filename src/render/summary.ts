/** What the site index and page shells know about one TEI file (from tei-to-summary.xsl). */
export interface DocSummary {
  readonly title?: string;
  /** The text's language (`TEI/@xml:lang`). */
  readonly lang?: string;
  /** ISO date (from correspDesc or the first dateline). */
  readonly date?: string;
  /** The date in the site's one format (5 November 1962). */
  readonly dateLabel?: string;
  /** The date as written in the source. */
  readonly dateText?: string;
  readonly sender?: string;
  readonly addressee?: string;
  readonly place?: string;
  readonly repository?: string;
  readonly collection?: string;
  readonly classification?: string;
  readonly publisher?: string;
  /** The subtype of each `div[@type='document']`, in order. */
  readonly types: readonly string[];
  /** Pages of all documents of the file. */
  readonly pages: number;
}

const stringKeys = ['title', 'lang', 'date', 'dateLabel', 'dateText', 'sender', 'addressee', 'place', 'repository', 'collection', 'classification', 'publisher'] as const;

/** Turns the JSON output of tei-to-summary.xsl into a `DocSummary` (unknown keys are dropped). */
export function parseSummary(json: string): DocSummary {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const summary: Record<string, unknown> = {
    types: Array.isArray(raw['types']) ? raw['types'].map(String) : [],
    pages: typeof raw['pages'] === 'number' ? raw['pages'] : 0,
  };
  for (const key of stringKeys) {
    const value = raw[key];
    if (typeof value === 'string') summary[key] = value;
  }
  return summary as unknown as DocSummary;
}

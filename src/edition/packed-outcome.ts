/**
 * What a build keeps of each document between its chunk and the site's files (`DocOutcome`),
 * held as one string per document while the chunks go on. As objects (the outcome, its site
 * entry, the summary, the set of outputs, a string per field) a document took about three
 * times the heap of its JSON text, and the main thread keeps one per document of the edition
 * beside the render workers and the validation thread until the last chunk ends; they are
 * read back once, when the site's files are made (after the workers have gone).
 */
import type { OutputKind } from '../render/links.js';
import type { DocSummary } from '../render/summary.js';
import type { DocOutcome } from './build-context.js';

/** A `DocOutcome` as one JSON string (see the module comment). */
export type PackedOutcome = string & { readonly packed: unique symbol };

type Fields = [id: string, name: string, teiPath: string, teiSha: string, harvested: boolean, recordKey: string, isTei: boolean, entry: [key: string, summary: DocSummary, made: OutputKind[], searchable: boolean] | 0, recordIn: string | 0];

/** The outcome as one string; its outputs in the order they were made. */
export function packOutcome(o: DocOutcome): PackedOutcome {
  const e = o.entry;
  const fields: Fields = [o.id, o.name, o.teiPath, o.teiSha, o.harvested, o.recordKey, o.isTei, e ? [e.key, e.summary, [...e.made], e.searchable] : 0, o.recordIn ?? 0];
  return JSON.stringify(fields) as PackedOutcome;
}

/** The outcome a packed one was made from. */
export function unpackOutcome(packed: PackedOutcome): DocOutcome {
  const [id, name, teiPath, teiSha, harvested, recordKey, isTei, e, recordIn] = JSON.parse(packed) as Fields;
  return { id, name, teiPath, teiSha, harvested, recordKey, ...(recordIn ? { recordIn } : {}), isTei, ...(e ? { entry: { id, key: e[0], summary: e[1], made: new Set(e[2]), searchable: e[3] } } : {}) };
}

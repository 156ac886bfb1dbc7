/**
 * What a build keeps of each document between its chunk and the site's files (`DocOutcome`),
 * held packed while the chunks go on: as JSON text in byte blocks outside the JS heap
 * (util/packed-list.ts). As objects (the outcome, its site entry, the summary, the set of
 * outputs, a string per field) a document took about three times the heap of its JSON text,
 * and as one string each they were still the main thread's heap, which V8 lets grow to twice
 * what is live; the main thread keeps one per document of the edition beside the render
 * workers and the validation thread until the last chunk ends. They are read back once, when
 * the site's files are made (after the workers have gone).
 */
import type { OutputKind } from '../render/links.js';
import type { DocSummary } from '../render/summary.js';
import { PackedList } from '../util/packed-list.js';
import type { DocOutcome } from './build-context.js';

type Fields = [id: string, name: string, teiPath: string, teiSha: string, harvested: boolean, recordKey: string, isTei: boolean, entry: [key: string, summary: DocSummary, made: OutputKind[], searchable: boolean] | 0, recordIn: string | 0, early: readonly string[] | 0];

/** The outcome as JSON fields; its outputs in the order they were made. */
function fieldsOf(o: DocOutcome): Fields {
  const e = o.entry;
  return [o.id, o.name, o.teiPath, o.teiSha, o.harvested, o.recordKey, o.isTei, e ? [e.key, e.summary, [...e.made], e.searchable] : 0, o.recordIn ?? 0, o.early ?? 0];
}

/** The outcome its fields were made from. */
function outcomeOf([id, name, teiPath, teiSha, harvested, recordKey, isTei, e, recordIn, early]: Fields): DocOutcome {
  return { id, name, teiPath, teiSha, harvested, recordKey, ...(recordIn ? { recordIn } : {}), isTei, ...(e ? { entry: { id, key: e[0], summary: e[1], made: new Set(e[2]), searchable: e[3] } } : {}), ...(early ? { early } : {}) };
}

/** Outcomes kept packed (see the module comment), read back in the order they were added. */
export class PackedOutcomes {
  private readonly list = new PackedList<Fields>();

  get length(): number {
    return this.list.length;
  }

  add(outcomes: readonly DocOutcome[]): void {
    for (const o of outcomes) this.list.push(fieldsOf(o));
  }

  /** Every outcome added, in order; none are kept after it. */
  take(): DocOutcome[] {
    return this.list.take().map(outcomeOf);
  }
}

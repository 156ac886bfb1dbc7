import { pageModel, type PagePlan } from '../../../../src/convert/pages/page-model.js';
import { walkDocuments, type DocumentPlan } from '../../../../src/convert/structure/document-walk.js';
import type { Item } from '../../../../src/convert/structure/items.js';
import { placeEntries } from '../../../../src/convert/structure/place-items.js';
import { segmentDocuments } from '../../../../src/convert/structure/segment.js';
import type { Entry, Placed } from '../../../../src/convert/structure/steps.js';
import { itemsOf, profile } from './helpers.js';

/** A transcript's items, page plan and documents (as the structure stage walks them). */
export function walked(text: string): { items: Item[]; plan: PagePlan; docs: DocumentPlan[] } {
  const items = itemsOf(text);
  const plan = pageModel(items, profile);
  return { items, plan, docs: walkDocuments(items, segmentDocuments(items, plan, profile), profile) };
}

/** The placed steps of each document of a transcript. */
export function placedOf(text: string): { plan: PagePlan; docs: Placed[][] } {
  const w = walked(text);
  return { plan: w.plan, docs: w.docs.map((d) => placeEntries(d.entries, profile)) };
}

const first = (it: Item) => it.lines[0]!.text;

/** An entry as one line: its step and first line (a run: its lines). */
export function entryLabel(e: Entry): string {
  switch (e.step) {
    case 'run': return `run ${e.end}: ${e.items.map(first).join(' | ')}`;
    case 'quoted': return `quoted: ${e.entries.map(entryLabel).join(' / ')}`;
    case 'form': return `form: ${first(e.item)}`;
    default: return `item: ${first(e.item)}${e.value ? ` = ${e.value.map((l) => l.text).join(' ')}` : ''}`;
  }
}

/** A placed step as one line: what it is, where it goes, and its first line. */
export function placedLabel(p: Placed): string {
  switch (p.step) {
    case 'run': return `run ${p.zone} -> ${p.into}${p.inWord ? ' (in a word)' : ''}: ${p.items.map(first).join(' | ')}`;
    case 'text': return `text ${p.join ? 'joins' : 'new'}${p.gap ? ' after a gap' : ''}${p.reason ? ` (${p.reason})` : ''}: ${first(p.item)}`;
    case 'block': return `${p.role} -> ${p.into}: ${first(p.item)}`;
    case 'quoted': return `quoted: ${p.placed.map(placedLabel).join(' / ')}`;
    default: return `form: ${first(p.item)}`;
  }
}

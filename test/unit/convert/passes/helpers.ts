import { groupBlocks, scanLines } from '../../../../src/convert/scan-lines.js';
import { itemize, type Item } from '../../../../src/convert/structure/items.js';
import { usGovernment20c } from '../../../../src/profiles/us-government-20c.js';

/** The profile the pass tests use. */
export const profile = usGovernment20c;

/** The items of a transcript, as the structure stage receives them. */
export function itemsOf(text: string): Item[] {
  return itemize(groupBlocks(scanLines(text)), { profile });
}

/** Each item as `line kind: first line`, for whole-value assertions. */
export function labels(items: readonly Item[]): string[] {
  return items.map((it) => `${it.pos.line} ${it.kind}: ${it.lines[0]!.text}`);
}

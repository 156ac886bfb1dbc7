import { FURNITURE_KINDS } from '../recognizers/index.js';
import { FORM_LABEL } from './form-region.js';
import type { Item } from './items.js';

/** A code a form's value may hold: one to three capitals or digits (`A`, `1B`). */
const CODE = /^[\p{Lu}\d]{1,3}$/u;
/** A key's entry: a code in brackets at the line start, then its meaning (`(A) Closed by …`). */
const KEY_ENTRY = /^\(([\p{Lu}\d]{1,3})\)[ \t]/u;
/** How many content items after a form's coded value its key may stand. */
const REACH = 12;

/** The codes a form label's value holds (`RESTRICTION : A`, `CODES : 1B, 1C`), or none (a date `5/2/64` is none). */
function codesOf(line: string): string[] {
  const m = FORM_LABEL.exec(line);
  if (!m) return [];
  const words = line.slice(m[0].length).split(/[ \t,;]+/u).filter(Boolean);
  return words.length && words.every((w) => CODE.test(w)) ? words : [];
}

/**
 * The key to a form's codes: a block whose entries open with a code in brackets (`(A) Closed
 * by applicable Executive order …`) that a value of a form just above it uses (`RESTRICTION :
 * A`, or a code standing alone in a later block of values), and the heading right above it (`RESTRICTION CODES`). A withdrawal sheet or a routing
 * slip prints its key on its own page: the key turns no page and opens no document. Returns
 * the key's items. Pure, linear.
 */
export function formKeys(items: readonly Item[]): Set<Item> {
  const keys = new Set<Item>();
  const codes = new Map<string, number>();
  let n = 0;
  let before: Item | undefined;
  let labelled = false;
  for (const it of items) {
    // Below a form's labels, a code standing alone on its line (`B`) is a value of a later
    // block of values, even where it was read as unclassified furniture.
    if (labelled && (it.kind === 'unclassified' || !FURNITURE_KINDS.has(it.kind))) for (const l of it.lines) if (CODE.test(l.text)) codes.set(l.text, n + 1);
    if (FURNITURE_KINDS.has(it.kind)) continue;
    n++;
    for (const l of it.lines) {
      labelled ||= FORM_LABEL.test(l.text);
      for (const c of codesOf(l.text)) codes.set(c, n);
    }
    // Any entry of the block may be the code the form used (`(B)` under `(A)`).
    const used = KEY_ENTRY.test(it.lines[0]!.text) && it.lines.some((l) => {
      const seen = codes.get(KEY_ENTRY.exec(l.text)?.[1] ?? '');
      return seen !== undefined && n - seen <= REACH;
    });
    if (used) {
      if (before?.kind === 'heading') keys.add(before);
      keys.add(it);
    }
    before = it;
  }
  return keys;
}

/**
 * Every local pointer (`#id` in a pointing attribute) names an element of the document.
 * Pointers to other files or URLs are not checked here.
 */
import { placeOf, type Rule } from './rule.js';

/** TEI attributes whose values are (lists of) pointers. */
const POINTING: ReadonlySet<string> = new Set(['target', 'who', 'ref', 'corresp', 'ana', 'hand', 'resp', 'sameAs', 'prev', 'next', 'scheme', 'source', 'facs', 'synch', 'copyOf', 'exclude', 'select', 'spanTo', 'targetEnd', 'scribeRef']);

/** The dangling-pointer rule. */
export const danglingPointer: Rule = {
  name: 'dangling-pointer',
  check({ elements: all, report }) {
    const ids = new Set(all.flatMap((e) => e.attrs.filter((a) => a.name === 'xml:id').map((a) => a.value)));
    for (const el of all) {
      for (const a of el.attrs) {
        if (!POINTING.has(a.name)) continue;
        for (const token of a.value.split(/\s+/u)) {
          if (!token.startsWith('#') || ids.has(token.slice(1))) continue;
          report('validate/dangling-pointer', placeOf(el, a.name), `The pointer ${a.name}="${token}" names no element; expected the xml:id of an element in this document.`);
        }
      }
    }
  },
};

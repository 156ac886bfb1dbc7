/** Each `xml:id` is unique within the document; the second and later uses are reported. */
import { attrValue, placeOf, type Rule } from './rule.js';

/** The duplicate-id rule. */
export const duplicateId: Rule = {
  name: 'duplicate-id',
  check({ elements: all, report }) {
    const first = new Map<string, number>();
    for (const el of all) {
      const id = attrValue(el, 'xml:id');
      if (id === undefined) continue;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, el.line);
      else report('validate/duplicate-id', placeOf(el, 'xml:id'), `The xml:id "${id}" is already used on line ${seen}; each xml:id must be unique.`);
    }
  },
};

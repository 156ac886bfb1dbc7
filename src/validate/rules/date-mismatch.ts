/**
 * A `date`'s @when (or @from for a range) agrees with what its text says: "October 27" with
 * when="1962-11-27" is an error. Only components both sides state are compared.
 */
import { textOf, trimXmlSpace } from '../xml-nodes.js';
import { parseIsoDate, type IsoDate } from '../iso-date.js';
import { readTextDate, type TextDate } from '../date-text.js';
import { attrValue, placeOf, teiElements, type Rule } from './rule.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PARTS = ['year', 'month', 'day'] as const;

function describe(part: (typeof PARTS)[number], v: number): string {
  return part === 'month' ? (MONTH_NAMES[v - 1] ?? String(v)) : `${part} ${v}`;
}

function firstMismatch(text: TextDate, iso: IsoDate): [(typeof PARTS)[number], number, number] | undefined {
  for (const part of PARTS) {
    const t = text[part];
    const i = iso[part];
    if (t !== undefined && i !== undefined && t !== i) return [part, t, i];
  }
  return undefined;
}

/** The date-mismatch rule. */
export const dateMismatch: Rule = {
  name: 'date-mismatch',
  check({ teiByName, report }) {
    for (const date of teiElements(teiByName, 'date')) {
      const attrName = attrValue(date, 'when') !== undefined ? 'when' : 'from';
      const value = attrValue(date, attrName);
      const iso = parseIsoDate(value ?? '');
      const text = trimXmlSpace(textOf(date));
      if (!iso || text === '') continue;
      const miss = firstMismatch(readTextDate(text), iso);
      if (!miss) continue;
      const [part, said, coded] = miss;
      report('validate/date-mismatch', placeOf(date, attrName), `The text "${text}" says ${describe(part, said)} but @${attrName}="${value}" says ${describe(part, coded)}; expected them to agree.`);
    }
  },
};

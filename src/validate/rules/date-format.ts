/**
 * `@when`, `@from`, `@to`, `@notBefore` and `@notAfter` are ISO 8601 calendar dates, and a
 * range does not end before it starts.
 */
import { compareIso, parseIsoDate } from '../iso-date.js';
import { attrValue, placeOf, type Rule } from './rule.js';

const DATED = ['when', 'from', 'to', 'notBefore', 'notAfter'] as const;

/** The date-format rule. */
export const dateFormat: Rule = {
  name: 'date-format',
  check({ elements: all, report }) {
    for (const el of all) {
      if (el.attrs.length === 0) continue;
      for (const name of DATED) {
        const v = attrValue(el, name);
        if (v !== undefined && !parseIsoDate(v)) report('validate/date-format', placeOf(el, name), `@${name}="${v}" is not an ISO 8601 calendar date; expected YYYY, YYYY-MM, YYYY-MM-DD (with an optional time), or a year-less --MM-DD.`);
      }
      const from = parseIsoDate(attrValue(el, 'from') ?? '');
      const to = parseIsoDate(attrValue(el, 'to') ?? '');
      if (from && to && compareIso(from, to) > 0) report('validate/date-format', placeOf(el, 'to'), `@to="${attrValue(el, 'to')}" is before @from="${attrValue(el, 'from')}"; expected a range that does not end before it starts.`);
    }
  },
};

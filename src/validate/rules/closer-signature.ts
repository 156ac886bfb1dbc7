/**
 * A letter's closer holds a `signed`, or a `note` saying why there is none (e.g. "signature
 * not on the carbon copy"); otherwise readers cannot tell a missing signature from a lost one.
 */
import { attrValue, closest, isTei, teiElements, type Rule } from './rule.js';
import { elements } from '../xml-nodes.js';

/** The closer-signature rule. */
export const closerSignature: Rule = {
  name: 'closer-signature',
  check({ teiByName, report }) {
    for (const closer of teiElements(teiByName, 'closer')) {
      const letter = closest(closer, 'div', (d) => attrValue(d, 'subtype') === 'letter');
      if (!letter) continue;
      const inside = [...elements(closer)].slice(1);
      if (inside.some((e) => isTei(e, 'signed') || isTei(e, 'note'))) continue;
      report('validate/closer-signature', closer, "The letter's <closer> has no <signed>; expected a signature or a <note> saying why there is none.");
    }
  },
};

/** All text content sits in TEI-namespace elements; text inside foreign elements is reported. */
import { TEI_NS } from '../well-formed.js';
import { trimXmlSpace } from '../xml-nodes.js';
import type { Rule } from './rule.js';

/** The foreign-text rule. */
export const foreignText: Rule = {
  name: 'foreign-text',
  check({ elements: all, report }) {
    for (const el of all) {
      if (el.ns === TEI_NS) continue;
      const text = el.children.find((c) => c.kind === 'text' && trimXmlSpace(c.text) !== '');
      if (!text) continue;
      const ns = el.ns === '' ? 'no namespace' : `namespace ${el.ns}`;
      report('validate/foreign-text', text, `Text inside <${el.name}> is in ${ns}; expected all text inside TEI elements.`);
    }
  },
};

/** A `p` or `head` holds text or elements; an empty one is usually a conversion slip. */
import { textOf, trimXmlSpace } from '../xml-nodes.js';
import { teiElements, type Rule } from './rule.js';

const CHECKED = ['p', 'head'] as const;

/** The empty-element rule. */
export const emptyElement: Rule = {
  name: 'empty-element',
  check({ teiByName, report }) {
    const els = CHECKED.flatMap((name) => teiElements(teiByName, name)).sort((a, b) => a.line - b.line || a.column - b.column);
    for (const el of els) {
      const hasElement = el.children.some((c) => c.kind === 'element');
      if (!hasElement && trimXmlSpace(textOf(el)) === '') report('validate/empty-element', el, `The <${el.local}> is empty; expected text or inline elements.`);
    }
  },
};

/**
 * Page numbers rise by one within each document (`div[@type='document']`, else the file):
 * a gap usually means a lost page, a repeat a doubled one. Only arabic `pb/@n` are checked.
 */
import { attrValue, closest, teiElements, type Rule, type RuleContext } from './rule.js';
import { trimXmlSpace, type XElement } from '../xml-nodes.js';

const ARABIC = /^\d+$/u;

/** Groups page breaks by the document division they fall in. */
function byDocument(pbs: readonly XElement[]): XElement[][] {
  const groups = new Map<XElement | undefined, XElement[]>();
  for (const pb of pbs) {
    const div = closest(pb, 'div', (d) => attrValue(d, 'type') === 'document');
    const group = groups.get(div);
    if (group) group.push(pb);
    else groups.set(div, [pb]);
  }
  return [...groups.values()];
}

function checkRun(pbs: readonly XElement[], ctx: RuleContext): void {
  let prev: number | undefined;
  for (const pb of pbs) {
    const n = trimXmlSpace(attrValue(pb, 'n') ?? '');
    if (!ARABIC.test(n)) continue;
    const cur = Number(n);
    if (prev !== undefined && cur !== prev + 1) {
      const what = cur === prev ? `repeats page ${prev}` : cur > prev ? `follows page ${prev}, so ${cur - prev - 1 === 1 ? 'a page is' : 'pages are'} missing` : `comes after page ${prev}, out of order`;
      ctx.report('validate/page-sequence', pb, `Page ${cur} ${what}; expected page ${prev + 1}.`);
    }
    prev = cur;
  }
}

/** The page-sequence rule. */
export const pageSequence: Rule = {
  name: 'page-sequence',
  check(ctx) {
    for (const run of byDocument(teiElements(ctx.teiByName, 'pb'))) checkRun(run, ctx);
  },
};

/**
 * The classification recorded in the header (`textClass/catRef` → `classDecl` category) matches
 * the `fw[@type='classification']` banners in the text: a banner level missing from the header,
 * a header level with no banner, or banners with no header record are reported.
 */
import { elements, textOf, trimXmlSpace, type XElement } from '../xml-nodes.js';
import { attrValue, isTei, placeOf, teiElements, type Rule, type RuleContext } from './rule.js';

/** Known levels, most specific first (so "top secret" is not read as "secret"). */
const LEVELS = ['top-secret', 'secret', 'confidential', 'restricted', 'unclassified'];

/** The level a banner, category description or id states, if any. */
export function levelOf(s: string): string | undefined {
  const norm = s.toLowerCase().replace(/[^a-z]+/gu, '-');
  if (/(^|-)ts(-|$)/u.test(norm)) return 'top-secret';
  return LEVELS.find((l) => `-${norm}-`.includes(`-${l}-`));
}

function bannerLevel(fw: XElement): string | undefined {
  return levelOf(attrValue(fw, 'n') ?? '') ?? levelOf(textOf(fw));
}

/** Header levels: each catRef target resolved to its category (description, else id). */
function headerLevels(all: readonly XElement[], teiByName: ReadonlyMap<string, readonly XElement[]>): Map<string, XElement> {
  const byId = new Map(all.flatMap((e) => { const id = attrValue(e, 'xml:id'); return id ? [[id, e] as const] : []; }));
  const levels = new Map<string, XElement>();
  for (const ref of teiElements(teiByName, 'catRef')) {
    for (const t of (attrValue(ref, 'target') ?? '').split(/\s+/u)) {
      const cat = byId.get(t.replace(/^#/u, ''));
      const desc = cat ? [...elements(cat)].find((e) => isTei(e, 'catDesc')) : undefined;
      const level = levelOf(desc ? textOf(desc) : '') ?? levelOf(t.replace(/^#(cls-)?/u, ''));
      if (level) levels.set(level, ref);
    }
  }
  return levels;
}

function compare(ctx: RuleContext, banners: readonly XElement[], header: Map<string, XElement>): void {
  const seen = new Set<string>();
  for (const fw of banners) {
    const level = bannerLevel(fw);
    if (!level || seen.has(level)) continue;
    seen.add(level);
    if (header.has(level)) continue;
    const recorded = header.size === 0 ? 'the header records no classification' : `the header records ${[...header.keys()].join(', ')}`;
    ctx.report('validate/classification-mismatch', fw, `The banner "${trimXmlSpace(textOf(fw))}" says ${level} but ${recorded}; expected the header to record it.`);
  }
  for (const [level, ref] of header) {
    if (!seen.has(level)) ctx.report('validate/classification-mismatch', placeOf(ref, 'target'), `The header records ${level} but no classification banner in the text says so; expected a matching fw[@type='classification'].`);
  }
}

/** The classification-mismatch rule. */
export const classificationMismatch: Rule = {
  name: 'classification-mismatch',
  check(ctx) {
    const banners = teiElements(ctx.teiByName, 'fw').filter((fw) => attrValue(fw, 'type') === 'classification');
    const header = headerLevels(ctx.elements, ctx.teiByName);
    if (banners.length > 0 || header.size > 0) compare(ctx, banners, header);
  },
};

/**
 * Relative dates resolved against the document's own date: `the 26th ult.` (last month),
 * `the 3rd inst.` (this month), `the 4th prox.` (next month), `last November`, `next March`,
 * `yesterday`. They are inferences: the reader marks them so (`cert="medium"`).
 */
import { iso, isoParts } from './iso.js';
import type { DateContext, DateValue } from './parse-dates.js';
import type { Rule } from './rules.js';
import { escapeRe, type CompiledLocale } from './words.js';

const GAP = '[ \\t\\n\\u00A0]+';
const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
/** A word as written at a sentence start, inside one, or in capitals. */
const cased = (ws: readonly string[]) => alt(ws.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]));

/** Year and month `delta` months from the context's. */
function shiftMonth(ctx: DateContext, delta: number): { year: number; month: number } | undefined {
  if (ctx.year === undefined || ctx.month === undefined) return undefined;
  const k = ctx.year * 12 + (ctx.month - 1) + delta;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}

function relative(when: string | undefined): DateValue | undefined {
  return when ? { when, inferred: true, relative: true } : undefined;
}

/** The rules for a locale's relative words (none when the locale has none). */
export function relativeRules(c: CompiledLocale): Rule[] {
  const r = c.locale.relative;
  const monthWords: [readonly string[], number][] = [[r.previousMonth, -1], [r.currentMonth, 0], [r.nextMonth, 1]];
  const rules: Rule[] = [];
  for (const [words, delta] of monthWords) {
    if (!words.length) continue;
    rules.push({
      re: new RegExp(`\\b(?:the${GAP})?(\\d{1,2})(?:${c.suffixSource})?${GAP}(?:${alt(words)})\\b\\.?`, 'giu'),
      read: (m, x) => ((ym) => relative(ym && iso(ym.year, ym.month, Number(m[1]))))(shiftMonth(x, delta)),
    });
  }
  const named: [readonly string[], (month: number, x: DateContext) => number | undefined][] = [
    [r.lastMonth, (mo, x) => (x.year === undefined || x.month === undefined ? undefined : mo < x.month ? x.year : x.year - 1)],
    [r.nextMonthName, (mo, x) => (x.year === undefined || x.month === undefined ? undefined : mo > x.month ? x.year : x.year + 1)],
  ];
  for (const [words, yearFor] of named) {
    if (!words.length) continue;
    rules.push({
      re: new RegExp(`\\b(?:${cased(words)})${GAP}(${c.monthSource})\\b(?![ \\t]*\\d)`, 'gu'),
      read: (m, x) => {
        const mo = c.monthValue(m[1]!);
        const y = mo === undefined ? undefined : yearFor(mo, x);
        return relative(mo !== undefined && y !== undefined ? iso(y, mo) : undefined);
      },
    });
  }
  const days = Object.keys(r.days);
  if (days.length) {
    rules.push({
      re: new RegExp(`\\b(${alt(days)})\\b`, 'giu'),
      read: (m, x) => {
        const d = isoParts(x.documentDate);
        const delta = r.days[m[1]!.toLowerCase()];
        if (!d || delta === undefined) return undefined;
        const t = new Date(Date.UTC(d.year, d.month - 1, d.day + delta));
        return relative(iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));
      },
    });
  }
  return rules;
}

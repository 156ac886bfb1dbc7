/**
 * Relative dates resolved against the document's own date: `the 26th ult.` (last month),
 * `the 3rd inst.` (this month), `the 4th prox.` (next month), `last November`, `next March`,
 * `yesterday`. They are inferences: the reader marks them so (`cert="medium"`).
 */
import { iso, isoParts } from './iso.js';
import type { DateContext, DateValue } from './parse-dates.js';
import type { ContextNeed, Rule } from './rules.js';
import { casedAlternatives as cased, type CompiledLocale } from './words.js';

const GAP = '[ \\t\\n\\u00A0]+';

/** Relative months are counted from the document's year and month: without both no rule of theirs reads. */
const YEAR_MONTH: readonly ContextNeed[] = ['year', 'month'];

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
  const monthWords = new Map<string, number>([...r.previousMonth.map((w) => [w, -1] as const), ...r.currentMonth.map((w) => [w, 0] as const), ...r.nextMonth.map((w) => [w, 1] as const)]);
  const rules: Rule[] = [];
  if (monthWords.size) {
    rules.push({
      re: new RegExp(`\\b(?:(?:${cased(['the'])})${GAP})?(\\d{1,2})(?:${c.suffixSource})?${GAP}(${cased([...monthWords.keys()])})\\b\\.?`, 'gu'),
      read: (m, x) => {
        const delta = monthWords.get(m[2]!.toLowerCase());
        const ym = delta === undefined ? undefined : shiftMonth(x, delta);
        return relative(ym && iso(ym.year, ym.month, Number(m[1])));
      },
      needs: ['digit'],
      context: YEAR_MONTH,
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
      needs: ['month'],
      context: YEAR_MONTH,
    });
  }
  const days = Object.keys(r.days);
  if (days.length) {
    rules.push({
      re: new RegExp(`\\b(${cased(days)})\\b`, 'gu'),
      read: (m, x) => {
        const d = isoParts(x.documentDate);
        const delta = r.days[m[1]!.toLowerCase()];
        if (!d || delta === undefined) return undefined;
        const t = new Date(Date.UTC(d.year, d.month - 1, d.day + delta));
        return relative(iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));
      },
      needs: ['day'],
      context: ['documentDate'],
    });
  }
  return rules;
}

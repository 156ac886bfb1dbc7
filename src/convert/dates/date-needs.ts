/**
 * What a date rule needs somewhere in the text before it can match: a digit, a month name as
 * the rules write it, a relative day word (`yesterday`). Most text lacks most of them (a
 * line of prose has no digit, a paragraph seldom a month name), so the date reader tests
 * them once per text and runs only the rules whose needs are there, instead of scanning the
 * text with every rule in turn. The tests are exact in that direction: a rule whose needs
 * are missing cannot match.
 */
import type { DateTables } from './date-tables.js';
import type { CompiledLocale } from './words.js';
import { casedAlternatives } from './words.js';

/** A kind of thing a rule's pattern cannot match without. */
export type Need = 'digit' | 'month' | 'day';

/** Which needs a text meets. */
export type Met = Readonly<Record<Need, boolean>>;

/** The tests of a locale's month names and relative day words. */
export interface Testers {
  /** Null when the locale names none (a rule then never waits for one). */
  readonly month: RegExp | null;
  readonly day: RegExp | null;
}

const DIGIT = /\d/u;

/** The testers of locale `c` (kept in a conversion's date tables, `date-tables.ts`). */
export function needTesters(c: CompiledLocale, day: string | null = daySource(c)): Testers {
  return {
    month: c.monthSource ? new RegExp(c.monthSource, 'u') : null,
    day: day === null ? null : new RegExp(day, 'u'),
  };
}

/** The source of the relative day words' tester, or null when the locale has none (the built-in locale's is made once at load). */
export function daySource(c: CompiledLocale): string | null {
  const days = Object.keys(c.locale.relative.days);
  return days.length ? casedAlternatives(days) : null;
}

/** The needs `text` meets under the locale of `tables`. */
export function needsMet(text: string, tables: DateTables): Met {
  const t = tables.testers();
  return { digit: DIGIT.test(text), month: t.month === null || t.month.test(text), day: t.day !== null && t.day.test(text) };
}

/** Whether any need is met by `text` (`anyMet(needsMet(…))`, stopping at the first met). */
export function anyNeedMet(text: string, tables: DateTables): boolean {
  const t = tables.testers();
  return DIGIT.test(text) || t.month === null || t.month.test(text) || (t.day !== null && t.day.test(text));
}

/** Whether any rule could match: some need is met. */
export function anyMet(m: Met): boolean {
  return m.digit || m.month || m.day;
}

/** Whether a rule with these needs could match. */
export function meets(m: Met, needs: readonly Need[] | undefined): boolean {
  return needs === undefined || needs.every((n) => m[n]);
}

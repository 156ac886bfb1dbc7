/**
 * The date tables of one conversion: a date locale compiled (`words.ts`) and the patterns and
 * rules built from it, each made on its first use and kept in the conversion's memo
 * (`convert/memo.ts`), so that nothing built from a locale outlives the run that built it.
 * The rules' patterns are global regexes that carry `lastIndex` between calls: tables shared
 * by every run in the process would share that too.
 */
import { englishDates } from '../../profiles/locale-en.js';
import type { DateLocale } from '../../profiles/locale.js';
import type { ConvertMemo } from '../memo.js';
import { needTesters, type Testers } from './date-needs.js';
import { buildRules, GAP, type Rule } from './rules.js';
import { timePattern } from './times.js';
import { casedAlternatives, COMPILED_ENGLISH, compileLocale, type CompiledLocale } from './words.js';

/** One locale's tables for one conversion. */
export interface DateTables {
  readonly compiled: CompiledLocale;
  /** The date rules, lenient (a dateline's: OCR's stray separators admitted) or strict. */
  rules(lenient: boolean): readonly Rule[];
  /** The tests of what the rules need (`date-needs.ts`). */
  testers(): Testers;
  /** What may stand between a date and its time (`, `, ` at `); see `parse-dates.ts`. */
  joiner(): RegExp;
  /** A time of day at the start of a text (`times.ts`). */
  time(): RegExp;
}

/**
 * The tables of `locale` in this conversion's memo, made the first time it asks. The built-in
 * English locale comes compiled (`COMPILED_ENGLISH`, a constant of `words.ts`); any other is
 * compiled here, once per conversion.
 */
export function dateTables(locale: DateLocale, memo: ConvertMemo): DateTables {
  return memo.once(locale, 'dates/tables', (l) => makeTables(l === englishDates ? COMPILED_ENGLISH : compileLocale(l)));
}

/** Tables whose parts are built when first asked for: most texts need only some of them. */
function makeTables(c: CompiledLocale): DateTables {
  let strict: readonly Rule[] | undefined;
  let lenient: readonly Rule[] | undefined;
  let testers: Testers | undefined;
  let joiner: RegExp | undefined;
  let time: RegExp | undefined;
  return {
    compiled: c,
    rules: (l) => (l ? (lenient ??= buildRules(c, true)) : (strict ??= buildRules(c, false))),
    testers: () => (testers ??= needTesters(c)),
    joiner: () => (joiner ??= joinerPattern(c)),
    time: () => (time ??= timePattern(c)),
  };
}

/** What may stand between a date and its time: a comma, white space, a joining word (`at`). */
function joinerPattern(c: CompiledLocale): RegExp {
  const words = c.locale.timeJoiners.length ? casedAlternatives(c.locale.timeJoiners) : '(?!)';
  return new RegExp(`^,?${GAP}(?:(?:${words})${GAP})?`, 'u');
}

/**
 * The date tables of one conversion: a date locale compiled (`words.ts`) and the patterns and
 * rules built from it, each made on its first use and kept in the conversion's memo
 * (`convert/memo.ts`), so that nothing built from a locale outlives the run that built it.
 * The rules' patterns are global regexes that carry `lastIndex` between calls: tables shared
 * by every run in the process would share that too. The built-in English locale's other
 * patterns, none global or sticky, are made once at load (`ENGLISH_PATTERNS`).
 */
import { englishDates } from '../../profiles/locale-en.js';
import type { DateLocale } from '../../profiles/locale.js';
import type { ConvertMemo } from '../memo.js';
import { daySource, needTesters, type Testers } from './date-needs.js';
import { buildRules, GAP, type Rule } from './rules.js';
import { timeSource } from './times.js';
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

/**
 * The English rules, built once at load as templates that are never run: a conversion runs
 * its own copies (`new RegExp` of each pattern: no sources built again), since a pattern
 * carries its `lastIndex`. Building the rules from the locale's words costs a conversion of a
 * short transcript more than reading its dates.
 */
const ENGLISH_RULES = { strict: buildRules(COMPILED_ENGLISH, false), lenient: buildRules(COMPILED_ENGLISH, true) };

/**
 * The sources of the English patterns that are not rules, made once at load (strings: a
 * conversion compiles its own regexes from them, `new RegExp`, without building the word
 * alternations again).
 */
const ENGLISH_SOURCES = { day: daySource(COMPILED_ENGLISH), joiner: joinerSource(COMPILED_ENGLISH), time: timeSource(COMPILED_ENGLISH) };

/**
 * The English patterns that are not rules, made once at load and used by every conversion:
 * none is global or sticky, so a test or an exec of one neither reads nor writes anything of
 * it between calls (`lastIndex` is left alone), and sharing them carries nothing from one
 * conversion to the next. Compiling them (the month names in all their casings) cost a short
 * transcript's conversion more than testing its lines with them.
 */
const ENGLISH_PATTERNS = { testers: needTesters(COMPILED_ENGLISH, ENGLISH_SOURCES.day), joiner: new RegExp(ENGLISH_SOURCES.joiner, 'u'), time: new RegExp(ENGLISH_SOURCES.time, 'iu') };

/** The sources of locale `c`'s other patterns: the English ones made at load, or built from the locale. */
function sourcesOf(c: CompiledLocale): typeof ENGLISH_SOURCES {
  return c === COMPILED_ENGLISH ? ENGLISH_SOURCES : { day: daySource(c), joiner: joinerSource(c), time: timeSource(c) };
}

/**
 * Which English lenient rules have the strict rule's pattern (all but those whose separators
 * admit OCR's stray marks): a conversion's lenient rules take its strict rules' regexes for
 * these instead of making them again. Making a pattern of month and ordinal words costs a
 * conversion of a short transcript more than many of its scans, and one conversion's scans
 * of either set never overlap (each sets `lastIndex` to 0 and runs to the end).
 */
const ENGLISH_SAME = ENGLISH_RULES.lenient.map((r, i) => r.re.source === ENGLISH_RULES.strict[i]?.re.source && r.re.flags === ENGLISH_RULES.strict[i]?.re.flags);

/** The rules of locale `c` for one conversion: copies of the English templates (the lenient ones sharing `strict`'s where alike), or built from the locale. */
function rulesOf(c: CompiledLocale, lenient: boolean, strict?: () => readonly Rule[]): readonly Rule[] {
  if (c !== COMPILED_ENGLISH) return buildRules(c, lenient);
  const own = strict?.();
  // A rule with a capture group for its date has the `d` flag (its indices); every other has `gu`.
  return (lenient ? ENGLISH_RULES.lenient : ENGLISH_RULES.strict).map((r, i) => ({
    ...r,
    re: own && ENGLISH_SAME[i] ? own[i]!.re : r.group === undefined ? new RegExp(r.re.source, 'gu') : new RegExp(r.re.source, 'dgu'),
  }));
}

/** Tables whose parts are built when first asked for: most texts need only some of them. */
function makeTables(c: CompiledLocale): DateTables {
  let strict: readonly Rule[] | undefined;
  let lenient: readonly Rule[] | undefined;
  let testers: Testers | undefined;
  let joiner: RegExp | undefined;
  let time: RegExp | undefined;
  let sources: typeof ENGLISH_SOURCES | undefined;
  const source = () => (sources ??= sourcesOf(c));
  const strictRules = () => (strict ??= rulesOf(c, false));
  return {
    compiled: c,
    rules: (l) => (l ? (lenient ??= rulesOf(c, true, strictRules)) : strictRules()),
    testers: () => (c === COMPILED_ENGLISH ? ENGLISH_PATTERNS.testers : (testers ??= needTesters(c, source().day))),
    joiner: () => (c === COMPILED_ENGLISH ? ENGLISH_PATTERNS.joiner : (joiner ??= new RegExp(source().joiner, 'u'))),
    time: () => (c === COMPILED_ENGLISH ? ENGLISH_PATTERNS.time : (time ??= new RegExp(source().time, 'iu'))),
  };
}

/** The source of what may stand between a date and its time: a comma, white space, a joining word (`at`). */
function joinerSource(c: CompiledLocale): string {
  const words = c.locale.timeJoiners.length ? casedAlternatives(c.locale.timeJoiners) : '(?!)';
  return `^,?${GAP}(?:(?:${words})${GAP})?`;
}

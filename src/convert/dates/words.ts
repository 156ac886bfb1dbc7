/**
 * A date locale (`src/profiles/locale.ts`) compiled into the lookups and regex sources the
 * date rules use. The exports without a locale argument read the English locale: the
 * validator's date reader uses them.
 */
import { englishDates } from '../../profiles/locale-en.js';
import type { DateLocale } from '../../profiles/locale.js';

/** A locale's words as regex sources and lookups. */
export interface CompiledLocale {
  readonly locale: DateLocale;
  /** Month names as written in running text (Title case or upper case; abbreviations with an optional dot). */
  readonly monthSource: string;
  /** Abbreviated or upper-case month names only: these may carry a two-digit year (`7 Sept. 60`, `6 MAR 98`). */
  readonly militaryMonthSource: string;
  /** Any spelled day word in its casings, longest first, compounds with `-`, space or nothing. */
  readonly ordinalSource: string;
  readonly suffixSource: string;
  readonly monthValue: (name: string) => number | undefined;
  readonly ordinalValue: (word: string) => number | undefined;
  readonly ambiguous: ReadonlySet<string>;
}

/** Escapes a literal for a regex source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * A word as it is written in lower case, with a capital, each part capitalised, or in
 * capitals. Patterns list these instead of using the `i` flag, which with `u` makes V8 fold
 * every character and is many times slower.
 */
export function casings(word: string): string[] {
  const parts = (w: string) => w.split('-').map(title).join('-');
  return [...new Set([word.toLowerCase(), title(word.toLowerCase()), parts(word.toLowerCase()), word.toUpperCase()])];
}

/** A regex alternation of words in all their casings, longest first. */
export function casedAlternatives(words: readonly string[]): string {
  return [...new Set(words.flatMap(casings))].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}
const byLength = (a: string, b: string) => b.length - a.length;

function monthAlternatives(locale: DateLocale, onlyShortOrCaps: boolean): string {
  const names = Object.keys(locale.months).sort(byLength);
  const full = new Set(Object.entries(locale.months).filter(([w]) => Object.keys(locale.months).every((o) => o === w || !o.startsWith(w) || locale.months[o] !== locale.months[w])).map(([w]) => w));
  const alts: string[] = [];
  for (const w of names) {
    const abbreviation = !full.has(w);
    const dot = abbreviation ? '\\.?' : '';
    if (!onlyShortOrCaps || abbreviation) alts.push(`${escapeRe(title(w))}${abbreviation ? '\\.' : dot}`, ...(onlyShortOrCaps ? [] : [`${escapeRe(title(w))}`]));
    alts.push(`${escapeRe(w.toUpperCase())}${dot}`);
  }
  return [...new Set(alts)].join('|');
}

/**
 * Compiles the sources and lookups of a locale. A conversion compiles each locale once, in its
 * date tables (`date-tables.ts`); this function keeps nothing.
 */
export function compileLocale(locale: DateLocale = englishDates): CompiledLocale {
  const ordinals = new Map(Object.entries(locale.ordinals).map(([w, v]) => [w.toLowerCase(), v]));
  const ordinalSource = [...new Set([...ordinals.keys()].flatMap(casings))].sort(byLength).map((w) => escapeRe(w).replace('-', '[- ]?')).join('|');
  const compiled: CompiledLocale = {
    locale,
    monthSource: monthAlternatives(locale, false),
    militaryMonthSource: monthAlternatives(locale, true),
    ordinalSource,
    suffixSource: [...locale.ordinalSuffixes].sort(byLength).map(escapeRe).join('|'),
    monthValue: (name) => locale.months[name.toLowerCase().replace(/\.$/u, '')],
    ordinalValue: (word) => {
      const lower = word.toLowerCase();
      // Only a compound of a tens word (`twenty first`, `thirtyfirst`) is spelled over: a word without `ty` is looked up as it is.
      if (!lower.includes('ty')) return ordinals.get(lower);
      return ordinals.get(lower.replace(/^(\p{L}+?ty)[- ]?(?=\p{L})/u, '$1-')) ?? ordinals.get(lower);
    },
    ambiguous: new Set(locale.ambiguousMonths),
  };
  return compiled;
}

/**
 * The built-in English locale compiled, once at load: a constant made from a constant (both
 * are read-only by their types, and nothing changes them). Compiling costs about a
 * millisecond, which a conversion of a short transcript would otherwise pay every time.
 */
export const COMPILED_ENGLISH: CompiledLocale = compileLocale(englishDates);
const EN = COMPILED_ENGLISH;

/** English month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = englishDates.months;

/** English months whose name is also a common word: never a date on their own. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = EN.ambiguous;

/** English spelled-out ordinals `first` … `thirty-first` (and cardinals used as days) → day number. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(englishDates.ordinals));

/** Regex source matching any English spelled ordinal (longest first), with `-`, space or no separator. */
export const ORDINAL_SOURCE = EN.ordinalSource;

/** Reads an English spelled ordinal in any of the accepted spellings. */
export function ordinalValue(word: string): number | undefined {
  return EN.ordinalValue(word);
}

/** Regex source for English month names (full, then abbreviations with optional dot). */
export const MONTH_SOURCE = EN.monthSource;

/** Month number of a matched English month name, or undefined. */
export function monthValue(name: string): number | undefined {
  return EN.monthValue(name);
}

/**
 * Weekday names of a date locale: a dateline's `Monday, 3 March 1958` names a day, not a
 * place. The locale lists them (the built-in English one does); for a locale that does not,
 * they are read from the locale data Node's `Intl` carries for its language, once per
 * conversion (its memo). Nothing is read at load: the first `Intl` formatter of a process
 * costs tens of milliseconds, which every command would pay at start.
 */
import { englishDates } from '../../profiles/locale-en.js';
import type { DateLocale } from '../../profiles/locale.js';
import { memoOf, type ConvertMemo } from '../memo.js';

/** The lower-case long and short weekday names of a locale (`memo` is the conversion's). */
export function weekdayNames(locale: DateLocale = englishDates, memo?: ConvertMemo): ReadonlySet<string> {
  return memoOf({ memo }).once(locale, 'dates/weekdays', (l) => new Set(l.weekdays ?? namesOf(l.language)));
}

/** The runtime's long and short weekday names of a BCP 47 language (English when unknown). */
function namesOf(language: string): string[] {
  const names: string[] = [];
  let lang = 'en';
  try {
    lang = Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? 'en';
  } catch {
    // A malformed language tag: English names.
  }
  for (const weekday of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
    // 1970-01-04 was a Sunday; seven days from it name every weekday.
    for (let d = 0; d < 7; d++) names.push(f.format(new Date(Date.UTC(1970, 0, 4 + d))).toLowerCase().replace(/\.$/u, ''));
  }
  return names;
}

/** True when `text` (a dateline's part before its date) is a weekday name of the locale, with or without a dot. */
export function isWeekday(text: string, locale: DateLocale | undefined, memo?: ConvertMemo): boolean {
  return weekdayNames(locale, memo).has(text.toLowerCase().replace(/[. \t]+$/u, ''));
}

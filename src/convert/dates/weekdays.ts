/**
 * Weekday names of a language, from the locale data Node's `Intl` carries (no word list of
 * our own): a dateline's `Monday, 3 March 1958` names a day, not a place.
 */

/** The lower-case long and short weekday names of a BCP 47 language (English when unknown). */
export function weekdayNames(language: string): ReadonlySet<string> {
  if (language === 'en') return ENGLISH;
  return namesOf(language);
}

function namesOf(language: string): ReadonlySet<string> {
  const names = new Set<string>();
  let lang = 'en';
  try {
    lang = Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? 'en';
  } catch {
    // A malformed language tag: English names.
  }
  for (const weekday of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
    // 1970-01-04 was a Sunday; seven days from it name every weekday.
    for (let d = 0; d < 7; d++) names.add(f.format(new Date(Date.UTC(1970, 0, 4 + d))).toLowerCase().replace(/\.$/u, ''));
  }
  return names;
}

// English (the default language) read once at load from the runtime's locale data, a read-only
// set; another language's names are read when asked (no module table of them).
const ENGLISH: ReadonlySet<string> = namesOf('en');

/** True when `text` (a dateline's part before its date) is a weekday name, with or without a dot. */
export function isWeekday(text: string, language: string): boolean {
  return weekdayNames(language).has(text.toLowerCase().replace(/[. \t]+$/u, ''));
}

/**
 * The locale part of a profile: the words and orders an archive's dates are written in. The
 * date parser compiles its patterns from these tables, so a profile for another archive or
 * language changes data, not code.
 */

/** How an all-numeric date orders its fields: `12/2/57` is 2 December (`mdy`) or 12 February (`dmy`). */
export type DateOrder = 'mdy' | 'dmy';

/** Words of relative dates, all lower-case. */
export interface RelativeWords {
  /** After a day number: the month before the document's (`the 26th ult.`). */
  readonly previousMonth: readonly string[];
  /** After a day number: the document's own month (`the 3rd inst.`). */
  readonly currentMonth: readonly string[];
  /** After a day number: the month after the document's (`the 4th prox.`). */
  readonly nextMonth: readonly string[];
  /** Before a month name: its latest occurrence before the document (`last November`). */
  readonly lastMonth: readonly string[];
  /** Before a month name: its next occurrence after the document (`next March`). */
  readonly nextMonthName: readonly string[];
  /** Whole words for a day relative to the document's date (`yesterday` → -1). */
  readonly days: Readonly<Record<string, number>>;
}

/** The words and forms of dates and times in one language and archive tradition. */
export interface DateLocale {
  /** BCP 47 language of the records (`xml:lang`). */
  readonly language: string;
  /** Month names and abbreviations (lower-case, without a dot) → month number. */
  readonly months: Readonly<Record<string, number>>;
  /** Month words that are also common words: never a date on their own (`may`, `march`). */
  readonly ambiguousMonths: readonly string[];
  /** Spelled-out ordinals and the cardinals used as days (lower-case, compounds with `-`) → day. */
  readonly ordinals: Readonly<Record<string, number>>;
  /** Suffixes of numeric ordinals (`27th`, `22d`). */
  readonly ordinalSuffixes: readonly string[];
  /** Words that may stand before a month named alone (`in September`). */
  readonly monthPrepositions: readonly string[];
  /** Relative date words. */
  readonly relative: RelativeWords;
  /** Morning and afternoon markers of the 12-hour clock (lower-case, as written). */
  readonly meridiem: { readonly am: readonly string[]; readonly pm: readonly string[] };
  /** Words for twelve noon, a time without digits (`noon`; `12 noon` is read too). */
  readonly noon?: readonly string[];
  /** Words that may join a date and the time that follows it (`October 27 at 8:05 p.m.`). */
  readonly timeJoiners: readonly string[];
  /** Words after a 24-hour time (`1530 hours`). */
  readonly hourWords: readonly string[];
  /** Labels before a telegram date-time group (`DTG 271830Z`), upper-case. */
  readonly dateTimeGroupLabels: readonly string[];
  /** Words in a date field's label that mark a later administrative date, never the document's own (`review`, `release`). */
  readonly administrativeDateWords: readonly string[];
  /** Weekday names, long and short, lower-case (`monday`, `mon`); when absent, the runtime's (`Intl`) for `language`. */
  readonly weekdays?: readonly string[];
}

/** A place a dateline may name (lower-case, as written) → its IANA time zone. */
export type Gazetteer = Readonly<Record<string, string>>;

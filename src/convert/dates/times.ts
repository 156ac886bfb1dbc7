/**
 * Times of day as records write them, after a date or standing alone in a dateline:
 * `8:05 p.m.`, `8.05 a.m.`, `11 a.m.`, `noon`, `1530 hours`, `1530Z`, `20:05`. A time is read into hours and
 * minutes and whether it is Zulu (UTC); the offset of a local time comes from the place.
 */
import type { DateTables } from './date-tables.js';
import type { CompiledLocale } from './words.js';
import { escapeRe } from './words.js';

/** A time of day read from text. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  /** Written with `Z` (Zulu, UTC). */
  readonly zulu: boolean;
  /** Written with a meridiem, `Z` or an hour word: a time by its form, even in running text. */
  readonly marked: boolean;
  /** Length of the match. */
  readonly length: number;
}

/**
 * `H:MM` / `H.MM` with an optional meridiem; an hour alone with its meridiem (`11 a.m.`); a
 * noon word (`noon`, `12 noon`); `HHMM` with `Z` or an hour word; `HH:MM` (24-hour), in the
 * words of locale `c`, as a regex source: a conversion compiles it into its date tables
 * (`date-tables.ts`), and the built-in locale's source is made once at load.
 */
export function timeSource(c: CompiledLocale): string {
  const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/\\\. /gu, '\\.[ \\t]?')).join('|');
  const am = alt(c.locale.meridiem.am);
  const pm = alt(c.locale.meridiem.pm);
  const hours = alt(c.locale.hourWords);
  const noon = c.locale.noon?.length ? alt(c.locale.noon) : '(?!)';
  return `^(?:(?:12[ \\t]+)?(?<noon>${noon})(?![\\p{L}\\d])|(?<h>\\d{1,2})(?:[:.](?<mi>\\d{2}))?(?:[ \\t]*(?:(?<am>${am})|(?<pm>${pm})))?(?![\\p{L}\\d])|(?<H>[0-2]\\d)(?<M>[0-5]\\d)(?:(?<z>Z)\\b|[ \\t]+(?:${hours})\\b))`;
}

/**
 * Reads a time at the start of `text`, or undefined. A 12-hour time needs its meridiem to be
 * read as such; `12:30 a.m.` is 00:30; an hour without minutes needs one (`11 a.m.`), and is
 * a time by its form only with a dotted meridiem (`11 am` is one only in a dateline). Hours
 * and minutes out of range are no time.
 */
export function readTime(text: string, tables: DateTables): TimeOfDay | undefined {
  const m = tables.time().exec(text);
  const g = m?.groups;
  if (!m || !g) return undefined;
  if (g.noon !== undefined) return { hour: 12, minute: 0, zulu: false, marked: true, length: m[0].length };
  if (g.h !== undefined) {
    let hour = Number(g.h);
    const meridiem = g.am ?? g.pm;
    if (g.mi === undefined && meridiem === undefined) return undefined;
    const minute = Number(g.mi ?? 0);
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (g.pm !== undefined ? 12 : 0);
    }
    // A dotted time without a meridiem (`8.05`) is as likely a number: no time.
    if (meridiem === undefined && text[g.h.length] === '.') return undefined;
    const marked = meridiem !== undefined && (g.mi !== undefined || meridiem.includes('.'));
    return hour < 24 && minute < 60 ? { hour, minute, zulu: false, marked, length: m[0].length } : undefined;
  }
  const hour = Number(g.H);
  const minute = Number(g.M);
  return hour < 24 ? { hour, minute, zulu: g.z !== undefined, marked: true, length: m[0].length } : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The xsd:time part `HH:MM:00`, with `Z` for Zulu or the given offset. */
export function timeValue(t: TimeOfDay, offset?: string): string {
  return `${pad(t.hour)}:${pad(t.minute)}:00${t.zulu ? 'Z' : offset ?? ''}`;
}

/**
 * Dates and a dateline's place as inline ranges, and the record of every inference: a year
 * (or month and year) taken from the document, a relative form resolved against its date,
 * a time's offset from its place.
 */
import { isWeekday } from '../dates/weekdays.js';
import type { Position } from '../../ir/position.js';
import type { Report } from '../../diagnostics/diagnostic.js';
import { DATELINE_PLACE } from '../dates/dateline-parts.js';
import { parseDates, type DateContext, type DateMatch } from '../dates/parse-dates.js';
import type { InlineRange } from './ranges.js';

/** Where inferences are recorded. */
interface Recorder {
  readonly toPos: (offset: number) => Position;
  readonly report: Report;
  readonly applied: (what: string) => void;
}

const squash = (s: string) => s.replace(/[ \t\n]+/gu, ' ');

function record(d: DateMatch, text: string, dates: DateContext, rec: Recorder, at: Position): void {
  const said = squash(text.slice(d.start, d.end));
  if (d.relative) {
    rec.applied('relative-date');
    rec.report('convert/inferred-year', at, `"${said}" is relative; it was resolved against the document's date (${dates.documentDate ?? `${dates.year}-${String(dates.month).padStart(2, '0')}`}) as ${d.when}.`);
  } else if (d.inferred) {
    rec.applied('inferred-year');
    const bare = /^the[ \t\n]/iu.test(said);
    const what = bare ? 'month and year were' : /T\d/u.test(d.when ?? '') && !/\d{4}/u.test(said) ? 'date was' : `year ${dates.year} was`;
    rec.report('convert/inferred-year', at, `"${said}" gives no ${bare ? 'month or year' : what === 'date was' ? 'date' : 'year'}; the ${what} taken from the document.`);
  }
  if (/T\d{2}:\d{2}:\d{2}[+-]/u.test(d.when ?? '')) rec.applied('time-zone');
}

/**
 * The dates of `text` as ranges. With `givenYearOnly` (furniture), only dates that state
 * their year are read, and nothing is inferred there.
 */
export function dateRanges(text: string, dates: DateContext, rec: Recorder, src: (i: number) => number, givenYearOnly = false): InlineRange[] {
  const found = parseDates(text, dates).filter((d) => !givenYearOnly || (!d.inferred && /^\d{4}/u.test(d.when ?? d.from ?? '')));
  return found.map((d) => {
    record(d, text, dates, rec, rec.toPos(src(d.start)));
    return {
      start: d.start,
      end: d.end,
      innerStart: d.start,
      innerEnd: d.end,
      dropped: [],
      make: (children, pos) => ({ type: 'date', children, offset: pos.offset, inferred: d.inferred, ...(d.when ? { when: d.when } : {}), ...(d.from ? { from: d.from } : {}), ...(d.to ? { to: d.to } : {}) }),
    };
  });
}


/** The place of a dateline (the text before its last date) as a `placeName` range, or none. */
export function placeRange(text: string, dates: DateContext): InlineRange[] {
  const t = text.replace(/[. \t\n]+$/u, '');
  const last = parseDates(t, dates).at(-1);
  if (!last || last.end !== t.length || last.start === 0) return [];
  const m = DATELINE_PLACE.exec(t.slice(0, last.start));
  if (!m) return [];
  const end = m[1]!.replace(/[ \t]+$/u, '').length;
  if (isWeekday(m[1]!, dates.locale, dates.memo)) return [];
  return [{ start: 0, end, innerStart: 0, innerEnd: end, dropped: [], make: (children, pos) => ({ type: 'placeName', children, offset: pos.offset }) }];
}

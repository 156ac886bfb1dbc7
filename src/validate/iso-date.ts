/**
 * ISO 8601 dates as TEI's @when/@from/@to take them (xsd:date, gYearMonth, gYear, dateTime,
 * and the year-less gMonthDay `--10-27`, gMonth `--10`, gDay `---27`): parsing with calendar
 * checks (no 1962-02-30).
 */
import { daysIn } from '../util/calendar.js';

/** A parsed ISO date; month and day absent for coarser precision, year absent for year-less forms. */
export interface IsoDate {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

const ISO = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/u;

/** gMonthDay `--MM-DD`, gMonth `--MM`, gDay `---DD` (xsd types TEI's teidata.temporal.w3c admits). */
const YEARLESS = /^(?:--(\d{2})(?:-(\d{2}))?|---(\d{2}))$/u;

function yearless(month?: string, day?: string, dayOnly?: string): IsoDate | undefined {
  if (dayOnly !== undefined) return Number(dayOnly) >= 1 && Number(dayOnly) <= 31 ? { day: Number(dayOnly) } : undefined;
  const mo = Number(month);
  if (mo < 1 || mo > 12) return undefined;
  if (day === undefined) return { month: mo };
  // A leap year, so that --02-29 is admitted as xsd:gMonthDay admits it.
  return Number(day) >= 1 && Number(day) <= daysIn(2000, mo) ? { month: mo, day: Number(day) } : undefined;
}


/** Parses an ISO date, or returns undefined when malformed or not a calendar date. */
export function parseIsoDate(s: string): IsoDate | undefined {
  const g = YEARLESS.exec(s);
  if (g) return yearless(g[1], g[2], g[3]);
  const m = ISO.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  return day >= 1 && day <= daysIn(year, month) ? { year, month, day } : undefined;
}

/** Compares two ISO dates at the precision both have (negative, 0, positive). */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

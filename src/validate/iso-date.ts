/**
 * ISO 8601 dates as TEI's @when/@from/@to take them (xsd:date, gYearMonth, gYear, dateTime):
 * parsing with calendar checks (no 1962-02-30).
 */

/** A parsed ISO date; month and day absent for coarser precision. */
export interface IsoDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const ISO = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Days in `month` of `year` (proleptic Gregorian). */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an ISO date, or returns undefined when malformed or not a calendar date. */
export function parseIsoDate(s: string): IsoDate | undefined {
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
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

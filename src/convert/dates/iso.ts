import { daysIn } from '../../util/calendar.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date from parts; `--MM-DD` (xsd:gMonthDay) when the year is unknown; undefined when no calendar date. */
export function iso(year: number | undefined, month: number, day?: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year ?? 2000, month))) return undefined;
  if (year === undefined) return day === undefined ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`;
  const y = String(year).padStart(4, '0');
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}

/** Year, month and day of a full ISO date (`1962-10-27…`), or undefined. */
export function isoParts(value: string | undefined): { year: number; month: number; day: number } | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(value) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

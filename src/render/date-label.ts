/**
 * The site's one date format: `tp:format-date` of xslt/common/metadata.xsl, which formats every
 * date a stylesheet prints, for the dates the page shells print themselves (the build date) and
 * for the native renderer (native/page.ts), so that a page never mixes two formats (a test holds
 * this and the stylesheet together).
 */
import type { DateFormat } from './index.js';

/** English month names (the stylesheets format dates in English: `format-date(…, 'en')`). */
const MONTH_NAMES = Object.freeze(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** The parts of an ISO date a picture uses: the year as written (four digits), as a number ([Y]), the month number (two digits), its name, the day. */
interface Parts { readonly y4: string; readonly y: string; readonly mm: string; readonly month: string; readonly d: string }

/** Each format's pictures for a day date and for a year-month, as metadata.xsl has them ([Y] has no padding: 0962 is 962). */
const PICTURES: Readonly<Record<DateFormat, { readonly day: (p: Parts) => string; readonly month: (p: Parts) => string }>> = Object.freeze({
  dmy: { day: (p: Parts) => `${Number(p.d)} ${p.month} ${p.y}`, month: (p: Parts) => `${p.month} ${p.y}` },
  mdy: { day: (p: Parts) => `${p.month} ${Number(p.d)}, ${p.y}`, month: (p: Parts) => `${p.month} ${p.y}` },
  iso: { day: (p: Parts) => `${p.y4}-${p.mm}-${p.d}`, month: (p: Parts) => `${p.y4}-${p.mm}` },
});

const ISO_DATE = /^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$/u;
const ISO_DAY = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/u;

/** True when year/month/day name a real day of the proleptic Gregorian calendar, year 0 (a leap year) included: `castable as xs:date`. */
function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
}

/** True for a YYYY-MM-DD string that is a real day (`$s castable as xs:date` of such a string). */
export function isRealDay(iso: string): boolean {
  const m = ISO_DAY.exec(iso);
  return m !== null && realDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * `iso` (YYYY-MM-DD or YYYY-MM) in the site's date format (default `dmy`: 5 November 1962); any
 * other text, and a date that is no real day or month, is returned as it is, as the stylesheets do.
 */
export function dateLabel(iso: string, format: DateFormat = 'dmy'): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [, y = '', mm = '', d] = m;
  const month = MONTH_NAMES[Number(mm) - 1];
  if (month === undefined || !realDay(Number(y), Number(mm), Number(d ?? '01'))) return iso;
  const parts: Parts = { y4: y, y: String(Number(y)), mm, month, d: d ?? '' };
  return d === undefined ? PICTURES[format].month(parts) : PICTURES[format].day(parts);
}

/**
 * The site's one date format, for the dates the page shells print themselves (the build date):
 * the same pictures as `tp:format-date` in xslt/common/metadata.xsl, which formats every date a
 * stylesheet prints, so that a page never mixes two formats (a test holds the two together).
 */
import type { DateFormat } from './index.js';

/** English month names (the stylesheets format dates in English: `format-date(…, 'en')`). */
const MONTH_NAMES = Object.freeze(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** The parts of an ISO date a picture uses: year, month number (two digits), month name, day. */
interface Parts { readonly y: string; readonly mm: string; readonly month: string; readonly d: string }

/** Each format's pictures for a day date and for a year-month, as metadata.xsl has them. */
const PICTURES: Readonly<Record<DateFormat, { readonly day: (p: Parts) => string; readonly month: (p: Parts) => string }>> = Object.freeze({
  dmy: { day: (p: Parts) => `${Number(p.d)} ${p.month} ${p.y}`, month: (p: Parts) => `${p.month} ${p.y}` },
  mdy: { day: (p: Parts) => `${p.month} ${Number(p.d)}, ${p.y}`, month: (p: Parts) => `${p.month} ${p.y}` },
  iso: { day: (p: Parts) => `${p.y}-${p.mm}-${p.d}`, month: (p: Parts) => `${p.y}-${p.mm}` },
});

const ISO_DATE = /^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$/u;

/** True when year/month/day name a real calendar day (the stylesheet's `castable as xs:date`). */
function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * `iso` (YYYY-MM-DD or YYYY-MM) in the site's date format (default `dmy`: 5 November 1962); any
 * other text is returned as it is, as the stylesheets do.
 */
export function dateLabel(iso: string, format: DateFormat = 'dmy'): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [, y = '', mm = '', d] = m;
  const month = MONTH_NAMES[Number(mm) - 1];
  if (month === undefined || !realDay(Number(y), Number(mm), Number(d ?? '01'))) return iso;
  const parts: Parts = { y, mm, month, d: d ?? '' };
  return d === undefined ? PICTURES[format].month(parts) : PICTURES[format].day(parts);
}

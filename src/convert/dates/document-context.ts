/**
 * The document context: what the inline pass needs to know about one document to read its
 * dates — its own date, year and month, the order of numeric dates, its language, place and
 * time zone — computed once per document from the evidence the structure stage gives.
 *
 * The document's own date comes, in this order, from the sidecar, the first dateline, then a
 * header field whose label the profile maps to `date` and that names no later administrative
 * act (a form's `DATE OF LAST REVIEW`, a release or receipt date). Stamps are never evidence.
 * Administrative dates come after the text they administer: a dateline or field whose year is
 * later than every year the document's own text states (a release banner's `6/8/2015` above a
 * 1960 letter) is passed over; without any candidate, the year the text states most often is
 * the document's year.
 */
import { dateLocaleOf, dateOrderOf, editorialRemarksOf } from '../../profiles/defaults.js';
import type { DateLocale, DateOrder } from '../../profiles/locale.js';
import type { Profile } from '../../profiles/profile.js';
import type { ConvertMemo } from '../memo.js';
import { datelineParts, profileDateContext, zoneOfPlace } from './dateline-parts.js';
import { isoParts } from './iso.js';
import { parseDates, type DateContext } from './parse-dates.js';

/** Where the document's date was read. */
export type DateSource = 'metadata' | 'dateline' | 'date-field' | 'text' | 'transcript';

/** Everything the inline pass needs to know about one document. */
export interface DocumentContext {
  /** The document's own date (ISO, possibly with a time), when known (never from `text`: that gives the year only). */
  readonly date?: string;
  readonly year?: number;
  readonly month?: number;
  readonly dateSource?: DateSource;
  readonly dateOrder: DateOrder;
  readonly language: string;
  /** The place of the dateline or the sidecar, as written. */
  readonly place?: string;
  /** IANA time zone of the place (from the profile's gazetteer). */
  readonly zone?: string;
  readonly century: number;
  readonly locale: DateLocale;
  /** First words of bracketed remarks that stay editorial notes. */
  readonly editorialRemarks: readonly string[];
}

/** The evidence for a document's context. */
export interface DocumentEvidence {
  readonly profile: Profile;
  /** Sidecar values for this document: they win. */
  readonly meta?: { readonly date?: string; readonly place?: string; readonly language?: string };
  /** The texts of the document's datelines in order (the opener's first). */
  readonly datelines?: readonly string[];
  /** The document's header fields: the label as printed (`DATE:`) and the value's text. */
  readonly fields?: readonly { readonly label: string; readonly value: string }[];
  /** Years of the full dates in the document's running text (`statedYears`), the check on candidates. */
  readonly bodyYears?: readonly number[];
  /** Years the document's text names at all, bare years too (`mentionedYears`): a far later date is administrative. */
  readonly mentionedYears?: readonly number[];
  /** A year known for the whole transcript, used only when the document shows none. */
  readonly transcriptYear?: number;
  /** The edition's language (`teipress.config.json`), when the sidecar names none. */
  readonly language?: string;
  /** The conversion's memo, which holds its date tables (see `DateContext.memo`). */
  readonly memo?: ConvertMemo | undefined;
}

const label = (s: string) => s.toLowerCase().replace(/[:. \t]+$/u, '').replace(/[ \t]+/gu, ' ');

/** A field's date, when its label makes it the document's date and names no administrative act. */
function fieldDate(f: { label: string; value: string }, profile: Profile, memo: ConvertMemo | undefined): string | undefined {
  const l = label(f.label);
  const words = l.split(/[^\p{L}]+/u);
  const dated = profile.fields[l] === 'date' || profile.fields[words[0] ?? ''] === 'date';
  if (!dated || words.some((w) => dateLocaleOf(profile).administrativeDateWords.includes(w))) return undefined;
  const d = parseDates(f.value, profileDateContext(profile, { memo })).find((x) => x.when && /^\d{4}-\d{2}-\d{2}/u.test(x.when));
  return d?.when;
}

/** A year no later than the latest the text states (or any year, when the text states none). */
function plausible(when: string, bodyYears: readonly number[] | undefined): boolean {
  if (!bodyYears?.length) return true;
  return Number(when.slice(0, 4)) <= Math.max(...bodyYears.slice(0, 10_000)) + 1;
}

/**
 * How many years after every year its text names a date must lie to be an administrative act
 * (a printout's, a review's) rather than the document's: a document may look back a long way,
 * but its own date is seldom decades after all it speaks of.
 */
const ADMINISTRATIVE_GAP = 20;

/** A date decades after the latest year the document's text names (bare years included). */
function administrative(when: string, mentioned: readonly number[] | undefined): boolean {
  if (!mentioned?.length) return false;
  return Number(when.slice(0, 4)) > Math.max(...mentioned.slice(0, 10_000)) + ADMINISTRATIVE_GAP;
}

/** Years written as four digits standing alone (`in 1956`, `Qetrbu 1957`), not parts of numbers or ids. */
const BARE_YEAR = /(?<![\p{N}\p{L}/.-])(1[5-9]\d\d|20\d\d)(?![\p{N}\p{L}/-])/gu;

/** Years the text names as four-digit numbers of their own (no date parsing; ids and numbers with dashes or slashes left out). */
export function mentionedYears(text: string): number[] {
  // One match at a time: a transcript's body states thousands of years, and an array of every match object would be held at once.
  const years: number[] = [];
  for (const m of text.matchAll(BARE_YEAR)) years.push(Number(m[1]));
  return years;
}

/** The year stated most often (the earliest of equals), or undefined. */
function commonestYear(years: readonly number[] | undefined): number | undefined {
  const counts = new Map<number, number>();
  for (const y of years ?? []) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

/** Years of the full dates `text` states (no inference): the evidence `bodyYears` wants. `memo` is the conversion's. */
export function statedYears(text: string, profile: Profile, memo?: ConvertMemo): number[] {
  return parseDates(text, profileDateContext(profile, { memo }))
    .map((d) => d.when ?? d.from ?? '')
    .filter((w) => /^\d{4}/u.test(w))
    .map((w) => Number(w.slice(0, 4)));
}

/** `statedYears` with the profile bound, as one conversion asks for it. */
export type StatedYears = (text: string) => number[];

/**
 * `statedYears` for one conversion (its caller owns it): the transcript's year and its single
 * document's context read the same body text, so the years of the text read last are kept
 * (a copy is returned, so callers cannot change them) until that text is read again. Then
 * they are let go: the body of a one-document transcript is as large as the transcript, and
 * no third read of it comes.
 */
export function statedYearsOf(profile: Profile, memo?: ConvertMemo): StatedYears {
  let last: { text: string; years: readonly number[] } | undefined;
  return (text) => {
    if (last?.text === text) {
      const years = [...last.years];
      last = undefined;
      return years;
    }
    last = { text, years: statedYears(text, profile, memo) };
    return [...last.years];
  };
}

function ownDate(e: DocumentEvidence): { date?: string; source?: DateSource; place?: string; zone?: string } {
  if (e.meta?.date) return { date: e.meta.date, source: 'metadata' };
  const year = { ...(e.transcriptYear !== undefined ? { year: e.transcriptYear } : {}), memo: e.memo };
  for (const text of e.datelines ?? []) {
    const parts = datelineParts(text, e.profile, year);
    if (parts?.date.when && /^\d{4}/u.test(parts.date.when) && plausible(parts.date.when, e.bodyYears) && !administrative(parts.date.when, e.mentionedYears)) {
      return { date: parts.date.when, source: 'dateline', ...(parts.place ? { place: parts.place.text } : {}), ...(parts.zone ? { zone: parts.zone } : {}) };
    }
  }
  for (const f of e.fields ?? []) {
    const date = fieldDate(f, e.profile, e.memo);
    if (date && plausible(date, e.bodyYears) && !administrative(date, e.mentionedYears)) return { date, source: 'date-field' };
  }
  const common = commonestYear(e.bodyYears);
  return common === undefined ? {} : { date: String(common).padStart(4, '0'), source: 'text' };
}

/** Computes a document's context from its evidence. Pure; never throws. */
export function documentContext(e: DocumentEvidence): DocumentContext {
  const own = ownDate(e);
  const place = e.meta?.place ?? own.place;
  const zone = e.meta?.place ? zoneOfPlace(e.meta.place, e.profile) : own.zone;
  const y = own.date ? /^(\d{4})(?:-(\d{2}))?/u.exec(own.date) : null;
  const year = y ? Number(y[1]) : e.transcriptYear;
  const month = y?.[2] ? Number(y[2]) : undefined;
  const locale = dateLocaleOf(e.profile);
  return {
    // A year the text states is the document's year, not its date.
    ...(own.date && own.source !== 'text' ? { date: own.date } : {}),
    ...(own.source ? { dateSource: own.source } : e.transcriptYear !== undefined ? { dateSource: 'transcript' as const } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    dateOrder: dateOrderOf(e.profile),
    language: e.meta?.language ?? e.language ?? locale.language,
    ...(place ? { place } : {}),
    ...(zone ? { zone } : {}),
    century: e.profile.century,
    locale,
    editorialRemarks: editorialRemarksOf(e.profile),
  };
}

/** The date parser's context for a document (`dateline` for the text of a dateline), with the conversion's memo. */
export function dateContextOf(doc: DocumentContext, dateline = false, memo?: ConvertMemo): DateContext {
  const day = isoParts(doc.date);
  return {
    century: doc.century,
    dateOrder: doc.dateOrder,
    locale: doc.locale,
    ...(doc.year !== undefined ? { year: doc.year } : {}),
    ...(doc.month !== undefined ? { month: doc.month } : {}),
    ...(day ? { documentDate: doc.date!.slice(0, 10) } : {}),
    ...(doc.zone ? { zone: doc.zone } : {}),
    ...(dateline ? { dateline: true } : {}),
    ...(memo ? { memo } : {}),
  };
}

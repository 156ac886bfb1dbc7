/**
 * The document context: what the inline pass needs to know about one document to read its
 * dates — its own date, year and month, the order of numeric dates, its language, place and
 * time zone — computed once per document from the evidence the structure stage gives.
 *
 * The document's own date comes, in this order, from the sidecar, the first dateline, then a
 * header field whose label the profile maps to `date` and that names no later administrative
 * act (a form's `DATE OF LAST REVIEW`, a release or receipt date). Stamps are never evidence.
 */
import { dateLocaleOf, dateOrderOf, editorialRemarksOf } from '../../profiles/defaults.js';
import type { DateLocale, DateOrder } from '../../profiles/locale.js';
import type { Profile } from '../../profiles/profile.js';
import { datelineParts, profileDateContext, zoneOfPlace } from './dateline-parts.js';
import { isoParts } from './iso.js';
import { parseDates, type DateContext } from './parse-dates.js';

/** Where the document's date was read. */
export type DateSource = 'metadata' | 'dateline' | 'date-field' | 'transcript';

/** Everything the inline pass needs to know about one document. */
export interface DocumentContext {
  /** The document's own date (ISO, possibly with a time), when known. */
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
  /** A year known for the whole transcript, used only when the document shows none. */
  readonly transcriptYear?: number;
  /** The edition's language (`teipress.config.json`), when the sidecar names none. */
  readonly language?: string;
}

const label = (s: string) => s.toLowerCase().replace(/[:. \t]+$/u, '').replace(/[ \t]+/gu, ' ');

/** A field's date, when its label makes it the document's date and names no administrative act. */
function fieldDate(f: { label: string; value: string }, profile: Profile): string | undefined {
  const l = label(f.label);
  const words = l.split(/[^\p{L}]+/u);
  const dated = profile.fields[l] === 'date' || profile.fields[words[0] ?? ''] === 'date';
  if (!dated || words.some((w) => dateLocaleOf(profile).administrativeDateWords.includes(w))) return undefined;
  const d = parseDates(f.value, profileDateContext(profile)).find((x) => x.when && /^\d{4}-\d{2}-\d{2}/u.test(x.when));
  return d?.when;
}

function ownDate(e: DocumentEvidence): { date?: string; source?: DateSource; place?: string; zone?: string } {
  if (e.meta?.date) return { date: e.meta.date, source: 'metadata' };
  const year = e.transcriptYear !== undefined ? { year: e.transcriptYear } : {};
  for (const text of e.datelines ?? []) {
    const parts = datelineParts(text, e.profile, year);
    if (parts?.date.when && /^\d{4}/u.test(parts.date.when)) {
      return { date: parts.date.when, source: 'dateline', ...(parts.place ? { place: parts.place.text } : {}), ...(parts.zone ? { zone: parts.zone } : {}) };
    }
  }
  for (const f of e.fields ?? []) {
    const date = fieldDate(f, e.profile);
    if (date) return { date, source: 'date-field' };
  }
  return {};
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
    ...(own.date ? { date: own.date, dateSource: own.source } : e.transcriptYear !== undefined ? { dateSource: 'transcript' as const } : {}),
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

/** The date parser's context for a document (`dateline` for the text of a dateline). */
export function dateContextOf(doc: DocumentContext, dateline = false): DateContext {
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
  };
}

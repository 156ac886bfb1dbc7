import Handlebars from 'handlebars';
import { dateLabel } from './date-label.js';
import type { DateFormat } from './index.js';
import { pathHref, type Link } from './links.js';
import { resource } from './resources.js';
import type { DocSummary } from './summary.js';

/** A document of the site, in site order, with what its pages link to. */
export interface SiteDoc {
  readonly id: string;
  readonly summary: DocSummary;
  /** Links from the site index (depth 0). */
  readonly indexLinks: readonly Link[];
  /** Links from the document's own page (depth 1), without the page itself. */
  readonly pageLinks: readonly Link[];
  /** The document's page, relative to the index, when there is one. */
  readonly href?: string;
}

const BODY_MARKER = '<!--teipress:body-->';

/** The compiled page shells of one site plan (compiled once for all its pages). */
export interface SiteShells {
  readonly document: HandlebarsTemplateDelegate<object>;
  readonly index: HandlebarsTemplateDelegate<object>;
  readonly search: HandlebarsTemplateDelegate<object>;
}

/** Compiles the page shells, in a Handlebars environment of their own. */
export function compileShells(): SiteShells {
  const hbs = Handlebars.create();
  return {
    document: hbs.compile<object>(resource('shells/document.hbs'), { strict: false }),
    index: hbs.compile<object>(resource('shells/index.hbs'), { strict: false }),
    search: hbs.compile<object>(resource('shells/search.hbs'), { strict: false }),
  };
}

/** What every page of the site says about the edition. */
export interface SiteFacts {
  readonly siteTitle: string;
  /** The build date, ISO (YYYY-MM-DD), when one was given. */
  readonly buildDate?: string;
  /** The site's one date format (default `dmy`). */
  readonly dateFormat?: DateFormat;
}

/** The facts as the shells' fields: the build date in the site's date format. */
function footer(site: SiteFacts): { siteTitle: string; buildDate?: string } {
  return site.buildDate ? { siteTitle: site.siteTitle, buildDate: dateLabel(site.buildDate, site.dateFormat) } : { siteTitle: site.siteTitle };
}

/** "letter, telegram" → "Letter, Telegram" */
export function typeLabel(summary: DocSummary): string {
  return summary.types.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join(', ');
}

/** "John F. Kennedy → Nikita S. Khrushchev", or what is known of it, or an empty string. */
export function partiesLabel(summary: DocSummary): string {
  if (!summary.sender && !summary.addressee) return '';
  return `${summary.sender ?? 'unknown'} → ${summary.addressee ?? 'unknown'}`;
}

function subtitle(s: DocSummary): string {
  const pages = s.pages === 1 ? '1 page' : `${s.pages} pages`;
  return [s.dateLabel, typeLabel(s), partiesLabel(s), pages].filter((x) => x).join(' · ');
}

function navTarget(doc: SiteDoc | undefined): { href: string; title: string } | undefined {
  // from html/<id>.html to html/<other>.html: the file name alone
  return doc ? { href: pathHref(`${doc.id}.html`), title: doc.summary.title ?? doc.id } : undefined;
}

/**
 * Wraps the HTML edition body of `docs[index]` in the document shell, with previous/next
 * links to its neighbours in `docs`. Returns the complete page.
 */
export function documentPage(shells: SiteShells, docs: readonly SiteDoc[], index: number, body: string, site: SiteFacts): string {
  const doc = docs[index];
  if (!doc) throw new RangeError(`no document at ${index}`);
  // tei-to-html.xsl writes the head's meta tags first, then this marker, then the body
  const cut = body.indexOf(BODY_MARKER);
  return shells.document({
    headMeta: cut === -1 ? '' : body.slice(0, cut),
    ...footer(site),
    lang: doc.summary.lang ?? 'en',
    title: doc.summary.title ?? doc.id,
    subtitle: subtitle(doc.summary),
    links: doc.pageLinks,
    prev: navTarget(docs[index - 1]),
    next: navTarget(docs[index + 1]),
    body: cut === -1 ? body : body.slice(cut + BODY_MARKER.length),
  });
}

/** The site index: one row per document, in site order. Returns the complete page. */
export function indexPage(shells: SiteShells, docs: readonly SiteDoc[], site: SiteFacts): string {
  const rows = docs.map((d) => ({
    title: d.summary.title ?? d.id,
    href: d.href,
    date: d.summary.date,
    dateLabel: d.summary.dateLabel,
    type: typeLabel(d.summary),
    parties: partiesLabel(d.summary) || '—',
    pages: d.summary.pages,
    links: d.indexLinks,
  }));
  const documents = docs.reduce((n, d) => n + Math.max(1, d.summary.types.length), 0);
  return shells.index({ ...footer(site), rows, count: docs.length, single: docs.length === 1, documents, oneDocumentEach: documents === docs.length });
}

/** The search page, with its filters: the documents' types and years. Returns the complete page. */
export function searchPage(shells: SiteShells, types: readonly string[], years: readonly string[], site: SiteFacts): string {
  return shells.search({ ...footer(site), types: types.map((t) => ({ value: t, label: t.charAt(0).toUpperCase() + t.slice(1) })), years });
}

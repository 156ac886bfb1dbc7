import Handlebars from 'handlebars';
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

const hbs = Handlebars.create();
const BODY_MARKER = '<!--teipress:body-->';
let templates: { document: HandlebarsTemplateDelegate<object>; index: HandlebarsTemplateDelegate<object>; search: HandlebarsTemplateDelegate<object> } | undefined;

function shells(): NonNullable<typeof templates> {
  templates ??= {
    document: hbs.compile<object>(resource('shells/document.hbs'), { strict: false }),
    index: hbs.compile<object>(resource('shells/index.hbs'), { strict: false }),
    search: hbs.compile<object>(resource('shells/search.hbs'), { strict: false }),
  };
  return templates;
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
export function documentPage(docs: readonly SiteDoc[], index: number, body: string, siteTitle: string, buildDate?: string): string {
  const doc = docs[index];
  if (!doc) throw new RangeError(`no document at ${index}`);
  // tei-to-html.xsl writes the head's meta tags first, then this marker, then the body
  const cut = body.indexOf(BODY_MARKER);
  return shells().document({
    headMeta: cut === -1 ? '' : body.slice(0, cut),
    siteTitle,
    buildDate,
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
export function indexPage(docs: readonly SiteDoc[], siteTitle: string, buildDate?: string): string {
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
  return shells().index({ siteTitle, buildDate, rows, count: docs.length, single: docs.length === 1, documents, oneDocumentEach: documents === docs.length });
}

/** The search page, with its filters: the documents' types and years. Returns the complete page. */
export function searchPage(siteTitle: string, types: readonly string[], years: readonly string[], buildDate?: string): string {
  return shells().search({ siteTitle, buildDate, types: types.map((t) => ({ value: t, label: t.charAt(0).toUpperCase() + t.slice(1) })), years });
}

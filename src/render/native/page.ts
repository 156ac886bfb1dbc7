/**
 * The edition page outside its two views, byte for byte as the stylesheets write it:
 * xslt/common/metadata.xsl (tp:metadata and the date functions), html-meta.xsl (the metadata
 * panel), citation.xsl (cite block, citation meta tags), print-page.xsl (the print page),
 * tei-to-html.xsl's rule for tei:TEI (the HTML body) and tei-to-summary.xsl (the JSON summary).
 * The reading and diplomatic views come from html.ts.
 */
import { dateLabel, isRealDay } from '../date-label.js';
import { childrenNamed, fileTitle, normalizeSpace, stringValue } from './behaviours.js';
import { viewHtml } from './html.js';
import { attr, text } from './serialize.js';
import { Unsupported, type NDocument, type NElement, type NNode } from './tree.js';

/** The stylesheets' parameters for one document (citation.xsl, metadata.xsl, print-page.xsl, batch.xsl). */
export interface PageParams { siteTitle: string; buildDate: string; docPath: string; pdfPath: string; dateFormat: string; pageSize: string }
/** tp:metadata's map: string fields, 'types' (array of strings), 'pages' (integer). */
export type Meta = ReadonlyMap<string, string | number | readonly string[]>;

const XHTML = ' xmlns="http://www.w3.org/1999/xhtml"';

// ---------------------------------------------------------------------------------------------
// Dates (metadata.xsl: tp:format-date, tp:title-date, tp:date-at, tp:day-word, tp:iso-day)

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
const YEAR = /^[0-9]{4}$/u;
const DAY_WORD = /^[0-9]{1,2}(st|nd|rd|th)?$/u;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** tp:format-date: a complete ISO date or year-month in the site's date format (date-label.ts), anything else as it is. */
export function formatDate(iso: string, dateFormat: string): string {
  // (saxon-js formats a day of the year 0 as the same day of 1900: 0000-02-29 is "1 March 0")
  if (iso === '0000-02-29') throw new Unsupported('29 February of the year 0');
  // (an unknown format gets the default's pictures, as tp:format-date gives them)
  return dateLabel(iso, dateFormat === 'mdy' || dateFormat === 'iso' ? dateFormat : 'dmy');
}

/** tp:day-word: "5", "05", "5th" → the digits; anything else → undefined. */
function dayWord(w: string | undefined): string | undefined {
  return w !== undefined && DAY_WORD.test(w) ? w.replace(/[a-z]+$/u, '') : undefined;
}

/** tp:iso-day: "1962-11-06" from a year word, a month number and a day word, when they make a real day. */
function isoDay(year: string | undefined, month: number | undefined, day: string | undefined): string | undefined {
  if (year === undefined || !YEAR.test(year) || month === undefined || day === undefined) return undefined;
  const iso = `${year}-${pad2(month)}-${pad2(Number(day))}`;
  return isRealDay(iso) ? iso : undefined;
}

/** tp:date-at: the date beginning at word i (1-based, as in XPath) of a title's words, if any. */
function dateAt(w: readonly string[], i: number): string | undefined {
  const at = (k: number): string | undefined => (k >= 1 ? w[k - 1] : undefined);
  const m = at(i + 1) === 'of' ? i + 2 : i + 1;
  const wi = at(i) as string;
  const month = MONTHS.get(wi);
  if (isRealDay(wi)) return wi;
  const wm = at(m);
  const dmy = isoDay(at(m + 1), wm === undefined ? undefined : MONTHS.get(wm), dayWord(wi));
  if (dmy !== undefined) return dmy;
  const mdy = isoDay(at(i + 2), month, dayWord(at(i + 1)));
  if (mdy !== undefined) return mdy;
  const next = at(i + 1);
  if (month !== undefined && next !== undefined && YEAR.test(next)) {
    const before = at(i - 1) === 'of' && i - 2 >= 1 ? at(i - 2) : at(i - 1);
    if (dayWord(before) === undefined) return `${next}-${pad2(month)}`;
  }
  return undefined;
}

/** tp:title-date: a date element's @when in the title, else the first date written in its words. */
function titleDate(title: NElement | undefined): string | undefined {
  if (title === undefined) return undefined;
  let when: string | undefined;
  const find = (e: NElement): void => {
    for (const c of e.children) {
      if (when !== undefined) return;
      if (c.kind !== 'element') continue;
      if (c.name === 'date' && c.attrs.has('when')) when = c.attrs.get('when');
      else find(c);
    }
  };
  find(title);
  if (when !== undefined) return when;
  const s = normalizeSpace(stringValue(title).toLowerCase().replace(/[,.;:()[\]]/gu, ' '));
  if (s === '') return undefined;
  const words = s.split(' ');
  for (let i = 1; i <= words.length; i++) {
    const d = dateAt(words, i);
    if (d !== undefined) return d;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// tp:metadata

const firstChild = (e: NElement | undefined, names: readonly string[]): NElement | undefined =>
  e?.children.find((c): c is NElement => c.kind === 'element' && names.includes(c.name));

/** normalize-space() of a node's string value is not empty. */
function nonBlank(n: NNode): boolean {
  if (n.kind === 'text') return /[^ \t\n\r]/u.test(n.text);
  return n.children.some(nonBlank);
}

/** tp:page-count: a document's page breaks, plus its first page unless a pb opens it. */
function pageCount(div: NElement): number {
  let count = 0;
  let first: NElement | undefined;
  const walk = (e: NElement): void => {
    for (const c of e.children) {
      if (c.kind !== 'element') continue;
      if (c.name === 'pb') {
        count++;
        first ??= c;
      }
      walk(c);
    }
  };
  walk(div);
  if (first === undefined) return 1;
  for (let n: NElement = first; n !== div; n = n.parent as NElement) {
    const siblings = (n.parent as NElement).children;
    for (let k = 0; k < n.index; k++) if (nonBlank(siblings[k] as NNode)) return count + 1;
  }
  return count;
}

/** The checksum in the revision notes (tp:metadata's replace of $change, JS regex semantics as saxon-js's). */
const SHA = /^.*sha256[ \t\n\r:]+([0-9a-fA-F]+).*$/u;

/** tp:metadata: what the editions show about a TEI file, absent fields absent (one pass over the elements it reads). */
export function metadata(doc: NDocument, dateFormat: string): Meta {
  const tei = doc.root;
  if (tei.name !== 'TEI') throw new Unsupported('the root is not tei:TEI');
  const headers = childrenNamed(tei, 'teiHeader');
  // (key(…, $h) with no or several headers is an error in the stylesheet)
  if (headers.length !== 1) throw new Unsupported('not exactly one teiHeader');
  const h = headers[0] as NElement;
  const title = fileTitle(tei);

  // the header's elements
  const ms: NElement[] = [];
  let sent: NElement | undefined;
  let received: NElement | undefined;
  const origDates: NElement[] = [];
  const catRefs: NElement[] = [];
  const categories = new Map<string, NElement[]>();
  const changes: string[] = [];
  let publisher: NElement | undefined;
  const licences: NElement[] = [];
  const order = new Map<NElement, number>();
  const header = (e: NElement, inPublication: boolean): void => {
    for (const c of e.children) {
      if (c.kind !== 'element') continue;
      order.set(c, order.size);
      const p = c.parent as NElement;
      switch (c.name) {
        case 'msIdentifier':
          if (p.name === 'msDesc' && p.parent?.name === 'sourceDesc') ms.push(c);
          break;
        case 'correspAction': {
          const type = c.attrs.get('type');
          if (type === 'sent') sent ??= c;
          else if (type === 'received') received ??= c;
          break;
        }
        case 'origDate':
          if (p.name === 'origin' && p.parent?.name === 'history' && p.parent.parent?.name === 'msDesc'
            && !p.children.slice(0, c.index).some((s) => s.kind === 'element' && s.name === 'origDate')) origDates.push(c);
          break;
        case 'catRef':
          catRefs.push(c);
          break;
        case 'category': {
          const id = c.attrs.get('xml:id');
          if (id !== undefined) {
            const list = categories.get(id);
            if (list) list.push(c);
            else categories.set(id, [c]);
          }
          break;
        }
        case 'change':
          if (p.name === 'revisionDesc') changes.push(stringValue(c));
          break;
        case 'publisher':
          if (p.name === 'publicationStmt') publisher ??= c;
          break;
        case 'licence':
          if (inPublication) licences.push(c);
          break;
      }
      header(c, inPublication || c.name === 'publicationStmt');
    }
  };
  header(h, false);

  // the text's elements (each tei:text of the TEI), and the classification fw anywhere
  let dateline: NElement | undefined;
  let datedDateline: NElement | undefined;
  let firstDated: NElement | undefined;
  const documents: NElement[] = [];
  let fw: NElement | undefined;
  const body = (e: NElement, inText: boolean, inDateline: boolean, inFloating: boolean): void => {
    for (const c of e.children) {
      if (c.kind !== 'element') continue;
      if (inText) {
        if (c.name === 'date') {
          const dated = c.attrs.has('when');
          if (dated) firstDated ??= c;
          if (inDateline && !inFloating) {
            dateline ??= c;
            if (dated) datedDateline ??= c;
          }
        } else if (c.name === 'div' && c.attrs.get('type') === 'document') documents.push(c);
      }
      if (c.name === 'fw' && c.attrs.get('type') === 'classification') fw ??= c;
      body(c, inText || (e === tei && c.name === 'text'), inDateline || c.name === 'dateline', inFloating || c.name === 'floatingText');
    }
  };
  body(tei, false, false, false);

  const sentDateWhen = (sent ? childrenNamed(sent, 'date') : []).find((d) => d.attrs.has('when'))?.attrs.get('when');
  const bestRaw = datedDateline?.attrs.get('when') ?? sentDateWhen ?? titleDate(title) ?? firstDated?.attrs.get('when');
  const best = bestRaw === undefined ? undefined : `${bestRaw}T`.slice(0, `${bestRaw}T`.indexOf('T'));

  const msChildren = (pick: (c: NElement) => boolean): NElement | undefined => {
    for (const m of ms) for (const c of m.children) if (c.kind === 'element' && pick(c)) return c;
    return undefined;
  };
  const idno = (type: string): NElement | undefined => msChildren((c) => c.name === 'idno' && c.attrs.get('type') === type);

  // ($category/tei:catDesc)[1]: the first catDesc, in document order, of the categories the catRefs name
  let catDesc: NElement | undefined;
  for (const ref of catRefs) {
    const target = ref.attrs.get('target');
    if (target === undefined) continue;
    const hash = target.indexOf('#');
    for (const cat of categories.get(hash < 0 ? '' : target.slice(hash + 1)) ?? []) {
      const d = childrenNamed(cat, 'catDesc')[0];
      if (d !== undefined && (catDesc === undefined || (order.get(d) as number) < (order.get(catDesc) as number))) catDesc = d;
    }
  }

  let dateRange: string | undefined;
  if (origDates.length > 0) {
    const parts = [...origDates.map((o) => o.attrs.get('from')), ...origDates.map((o) => o.attrs.get('to'))];
    dateRange = parts.filter((x): x is string => x !== undefined).map((x) => formatDate(x, dateFormat)).join(' – ');
  }
  const change = changes.join(' ');
  const sha = SHA.exec(change)?.[1];

  const meta = new Map<string, string | number | readonly string[]>();
  const entry = (key: string, value: NNode | string | undefined): void => {
    if (value === undefined) return;
    const s = normalizeSpace(typeof value === 'string' ? value : stringValue(value));
    if (s !== '') meta.set(key, s);
  };
  entry('title', title);
  entry('lang', tei.attrs.get('xml:lang'));
  entry('date', best);
  entry('dateLabel', best === undefined ? undefined : formatDate(best, dateFormat));
  entry('dateText', dateline ?? sentDateWhen);
  entry('sender', firstChild(sent, ['persName', 'orgName']));
  entry('place', firstChild(sent, ['placeName']));
  entry('addressee', firstChild(received, ['persName', 'orgName']));
  entry('repository', msChildren((c) => c.name === 'repository' && normalizeSpace(stringValue(c)) !== 'Unknown repository'));
  entry('collection', msChildren((c) => c.name === 'collection'));
  entry('folder', idno('folder'));
  entry('idno', idno('document'));
  entry('box', idno('box'));
  entry('record', msChildren((c) => c.name === 'idno' && !['folder', 'document', 'box'].includes(c.attrs.get('type') as string)));
  entry('dateRange', dateRange);
  entry('classification', catDesc ?? fw);
  entry('checksum', sha !== undefined && sha !== change ? sha : undefined);
  entry('publisher', publisher);
  entry('licence', licences[0]);
  entry('licenceUrl', licences.find((l) => l.attrs.has('target'))?.attrs.get('target'));
  meta.set('types', documents.map((d) => d.attrs.get('subtype') ?? 'document'));
  meta.set('pages', documents.reduce((n, d) => n + pageCount(d), 0));
  return meta;
}

/** tei-to-summary.xsl: the metadata map as JSON. */
export function summaryJson(meta: Meta): string {
  return JSON.stringify(Object.fromEntries(meta));
}

// ---------------------------------------------------------------------------------------------
// The panel, the citation and the pages

const str = (meta: Meta, key: string): string | undefined => {
  const v = meta.get(key);
  return typeof v === 'string' ? v : undefined;
};

/** html-meta.xsl's fields: key → label, in display order. */
const META_FIELDS: readonly (readonly [string, string])[] = [
  ['title', 'Title'], ['dateLabel', 'Date'], ['dateText', 'Date as written'], ['sender', 'Sender'], ['addressee', 'Addressee'],
  ['place', 'Place'], ['repository', 'Repository'], ['collection', 'Collection'],
  ['folder', 'Folder'], ['box', 'Box'], ['idno', 'Document no.'], ['record', 'Record id'], ['dateRange', 'Folder dates'],
  ['classification', 'Classification'], ['pages', 'Pages'], ['checksum', 'Source checksum (SHA-256)'],
];

/** tp:html-metadata: the metadata panel. */
function metadataPanel(meta: Meta): string {
  let out = '<aside class="metadata" aria-labelledby="meta-heading"><h2 id="meta-heading">About this document</h2><dl>';
  for (const [key, label] of META_FIELDS) {
    const value = meta.get(key);
    if (value === undefined || (key === 'dateText' && value === meta.get('dateLabel'))) continue;
    const shown = text(String(value));
    out += `<div class="meta-${key}"><dt>${label}</dt><dd>`;
    out += key === 'dateLabel' ? `<time datetime="${attr(str(meta, 'date') ?? '')}">${shown}</time>` : shown;
    out += '</dd></div>';
  }
  return `${out}</dl></aside>`;
}

/** tp:source-line: "John F. Kennedy Presidential Library, NSF, Countries, Box 1, Folder 3". */
function sourceLine(meta: Meta): string | undefined {
  const box = str(meta, 'box');
  const idno = str(meta, 'idno');
  const parts = [str(meta, 'repository'), str(meta, 'collection'), box === undefined ? undefined : `Box ${box}`,
    str(meta, 'folder'), idno === undefined ? undefined : `Document ${idno}`, str(meta, 'record')].filter((x): x is string => x !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** tp:citation: Publisher. “Title.” In Edition. Date. path. Accessed date. */
function citation(meta: Meta, p: PageParams): string {
  const publisher = str(meta, 'publisher');
  const dateLabel = str(meta, 'dateLabel');
  return [
    publisher === undefined ? undefined : `${publisher}.`,
    `“${(str(meta, 'title') ?? 'Untitled document').replace(/[.]$/u, '')}.”`,
    p.siteTitle ? `In ${p.siteTitle}.` : undefined,
    dateLabel === undefined ? undefined : `${dateLabel}.`,
    p.docPath ? `${p.docPath}.` : undefined,
    p.buildDate ? `Accessed ${formatDate(p.buildDate, p.dateFormat)}.` : undefined,
  ].filter((x): x is string => x !== undefined).join(' ');
}

/** tp:cite-block: the "Cite this document" section. */
function citeBlock(meta: Meta, p: PageParams): string {
  let out = `<section class="cite" aria-labelledby="cite-heading"><h2 id="cite-heading">Cite this document</h2><p class="cite-line">${text(citation(meta, p))}</p>`;
  const source = sourceLine(meta);
  if (source !== undefined) out += `<p class="source-line"><span class="label">Source: </span>${text(source)}</p>`;
  const licence = str(meta, 'licence');
  if (licence !== undefined) {
    const url = str(meta, 'licenceUrl');
    out += '<p class="licence"><span class="label">Licence: </span>';
    out += url !== undefined ? `<a rel="license" href="${attr(url)}">${text(licence)}</a>` : text(licence);
    out += '</p>';
  }
  return `${out}</section>`;
}

/** tp:citation-meta: the citation_* and Dublin Core meta tags; `ns` is what follows each tag's name (the namespace declaration of a top-level element). */
function citationMeta(meta: Meta, pdfPath: string, ns: string): string {
  const date = str(meta, 'date');
  const tags: readonly (readonly [string, string | undefined])[] = [
    ['citation_title', str(meta, 'title')], ['citation_date', date?.replaceAll('-', '/')],
    ['citation_publisher', str(meta, 'publisher')], ['citation_author', str(meta, 'sender')],
    ['citation_language', str(meta, 'lang')], ['citation_pdf_url', pdfPath || undefined],
    ['DC.title', str(meta, 'title')], ['DC.date', date], ['DC.publisher', str(meta, 'publisher')],
    ['DC.creator', str(meta, 'sender')], ['DC.language', str(meta, 'lang')], ['DC.rights', str(meta, 'licence')],
    ['DC.source', sourceLine(meta)], ['DC.type', 'Text'], ['DC.format', 'text/html'],
  ];
  let out = '';
  for (const [name, content] of tags) if (content !== undefined) out += `<meta${ns} name="${attr(name)}" content="${attr(content)}">`;
  return out;
}

/** The elements of tei:text/tei:body/*, which the views are applied to. */
function bodyElements(tei: NElement): NElement[] {
  return childrenNamed(tei, 'text').flatMap((t) => childrenNamed(t, 'body')).flatMap((b) => b.children.filter((c): c is NElement => c.kind === 'element'));
}

/** (@xml:lang, 'en')[1] */
const pageLang = (tei: NElement): string => tei.attrs.get('xml:lang') ?? 'en';

/** tei-to-html.xsl's rule for tei:TEI: the head's meta tags, the marker, and the edition (panel, both views, cite block). */
export function htmlBody(doc: NDocument, meta: Meta, p: PageParams): string {
  const tei = doc.root;
  const nodes = bodyElements(tei);
  return `${citationMeta(meta, p.pdfPath, XHTML)}<!--teipress:body--><div${XHTML} class="edition" lang="${attr(pageLang(tei))}">${metadataPanel(meta)}`
    + `<div class="view view-reading" id="reading" aria-label="Reading text">${viewHtml(doc, nodes, 'reading', 'web')}</div>`
    + `<div class="view view-diplomatic" id="diplomatic" aria-label="Diplomatic transcription">${viewHtml(doc, nodes, 'diplomatic', 'web')}</div>`
    + `${citeBlock(meta, p)}</div>`;
}

/** tp:short-title: a title of at most `max` code points, cut at a word and marked with an ellipsis. */
function shortTitle(title: string, max: number): string {
  const cps = Array.from(title);
  if (cps.length <= max) return title;
  return `${cps.slice(0, max).join('').replace(/[ \t\n\r,;:.–—-]+[^ \t\n\r]*$/gu, '')} …`;
}

/** tp:page-rules: @page size and the running head's title literal (CSS). */
function pageRules(title: string, pageSize: string): string {
  const literal = `"${shortTitle(title, 70).replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('<', '\\3C ')}"`;
  return `@page { size: ${pageSize.replace(/[^A-Za-z0-9 ]/gu, '')}; @top-center { content: ${literal} " · " string(doc); } } @page :first { @top-center { content: none; } }`;
}

const PAGED_CONFIG = `<script>window.PagedConfig = { after: function () {
          document.querySelectorAll('a[data-footnote-call]').forEach(function (a) { a.removeAttribute('href'); });
          document.documentElement.setAttribute('data-paged', 'done'); } };</script>`;

/** tp:print-page (tei-to-print.xsl): the complete print document, with the doctype the serializer writes. */
export function printPage(doc: NDocument, meta: Meta, p: PageParams): string {
  const tei = doc.root;
  const title = str(meta, 'title') ?? 'Untitled document';
  let out = `<!DOCTYPE html>\n<html${XHTML} lang="${attr(pageLang(tei))}"><head><meta charset="utf-8"><title>${text(title)}</title>`;
  out += citationMeta(meta, p.pdfPath, '');
  out += '<link rel="stylesheet" href="../assets/fonts.css"><link rel="stylesheet" href="../assets/print.css">';
  out += `<style>${pageRules(title, p.pageSize)}</style>${PAGED_CONFIG}`;
  out += '<script src="../assets/hyphen.js"></script><script src="../assets/hyphenate.js"></script><script src="../assets/paged.polyfill.js"></script></head>';
  out += '<body class="print"><header class="title-block">';
  if (p.siteTitle) out += `<p class="edition-title">${text(p.siteTitle)}</p>`;
  out += `<h1>${text(title)}</h1>`;
  if (p.buildDate) out += `<p class="build-date">Edition of ${text(formatDate(p.buildDate, p.dateFormat))}</p>`;
  out += `</header>${metadataPanel(meta)}<main class="view view-reading">${viewHtml(doc, bodyElements(tei), 'reading', 'print')}</main>`;
  return `${out}${citeBlock(meta, p)}</body></html>`;
}

import type { DocumentNode, Transcript } from '../ir/nodes.js';
import type { Metadata } from '../convert/metadata.js';
import { el, type XElement, type XNode } from './xml.js';

/** What the header needs besides the transcript. */
export interface HeaderInput {
  readonly transcript: Transcript;
  readonly meta: Metadata;
  readonly source: { readonly path: string; readonly sha256: string };
  readonly edition: { readonly publisher: string; readonly licence?: { readonly name: string; readonly url?: string } };
  readonly tool: { readonly name: string; readonly version: string };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `1962-11-05` → `5 November 1962` (partial dates as far as they go). */
export function humanDate(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(iso) : null;
  if (!m) return undefined;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  return [m[3] ? String(Number(m[3])) : undefined, month, m[1]].filter(Boolean).join(' ');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Title of one document: kind, status, sender → recipient, date. */
export function documentTitle(d: DocumentNode, meta: Metadata): string {
  const kind = cap(meta.documentType ?? d.kind);
  const status = meta.status ? ` (${meta.status})` : '';
  const who = [meta.sender ? ` from ${meta.sender}` : '', meta.recipient ? ` to ${meta.recipient}` : ''].join('');
  const date = humanDate(meta.date ?? d.date);
  return `${kind === 'Document' ? 'Document' : kind}${status}${who}${date ? `, ${date}` : ''}`;
}

/** Per-document metadata: the sidecar's `documents[i]`, the first document falling back to the whole. */
export function docMeta(meta: Metadata, i: number): Metadata {
  const own = meta.documents?.[i] ?? {};
  return i === 0 ? { ...meta, ...own } : { ...own };
}

function msIdentifier(t: Transcript, meta: Metadata): XElement {
  const c = t.citation;
  const r = t.record?.values;
  return el('msIdentifier', {}, [
    // The agency a form names holds the record; the repository is the archive's own.
    ...(r?.agency ? [el('institution', {}, [r.agency])] : []),
    el('repository', {}, [meta.repository ?? c?.repository ?? 'Unknown repository']),
    ...(meta.collection ?? c?.collection ? [el('collection', {}, [(meta.collection ?? c?.collection)!])] : []),
    ...(meta.folder ?? c?.folder ? [el('idno', { type: 'folder' }, [(meta.folder ?? c?.folder)!])] : []),
    ...(meta.idno ?? t.documentNumber ? [el('idno', { type: 'document' }, [(meta.idno ?? t.documentNumber)!])] : []),
    ...(r?.record ? [el('idno', { type: 'record' }, [r.record])] : []),
  ]);
}

function msDesc(t: Transcript, meta: Metadata): XElement {
  const items = t.documents.map((d, i) => el('msItem', { n: String(d.n) }, [el('title', {}, [documentTitle(d, docMeta(meta, i))])]));
  const c = t.citation;
  const r = t.record;
  // What the citation dates, then what a form page says of the record's origin.
  const origin: XNode[] = [
    ...(c?.from ? [el('origDate', { from: c.from, to: c.to }, [c.range ?? `${c.from}/${c.to}`])] : []),
    ...(r?.values.originator ? [el('orgName', { role: 'originator' }, [r.values.originator])] : []),
    ...(r?.values.date ? [el('origDate', { when: r.when }, [r.values.date])] : []),
  ];
  const history = origin.length ? [el('history', {}, [el('origin', {}, origin)])] : [];
  const physDesc = r?.values.pages ? [el('physDesc', {}, [el('p', {}, [`Pages: ${r.values.pages}`])])] : [];
  return el('msDesc', {}, [msIdentifier(t, meta), el('msContents', {}, items), ...physDesc, ...history]);
}

const APPLIED: Readonly<Record<string, string>> = {
  conventions: 'Transcription conventions of the plain text (deletions, additions, unclear and illegible passages, redactions, editorial remarks) are encoded as del, add, unclear, gap and note; their markers are not kept.',
  'inferred-page': 'Page breaks with cert="medium" were inferred: their numbers come from the sequence of pages, not from a printed number.',
  'inferred-year': 'Dates with cert="medium" omit the year (or the month and year) in the text; what is missing was taken from the document.',
  'relative-date': 'Relative dates (the 26th ult., the 3rd inst., last November, yesterday) were resolved against the document\'s own date and carry cert="medium".',
  'time-zone': 'Times in @when carry the UTC offset in force on that date at the place the dateline names (IANA time-zone rules); times written with Z are UTC.',
  'editorial-brackets': 'Editorial brackets of the plain text are encoded as sic ([sic]), choice/sic/corr ([sic: correction]) and supplied (a bracketed word inside a sentence); the brackets are not kept.',
};

/** The classification levels of the documents, and the one a form page gives the record. */
function levelsOf(t: Transcript): string[] {
  return [...new Set([...t.documents.map((d) => d.classification), t.record?.classification].filter((c): c is string => !!c))];
}

function encodingDesc(t: Transcript): XElement {
  const ps: XNode[] = [el('p', {}, ['Converted from a plain-text transcript. Text is kept in source order; line breaks of hard-wrapped text are encoded as lb, white space at line ends is not kept, and page furniture (page numbers, stamps, classification banners, archival citations, folios) is encoded as fw where it falls.'])];
  for (const k of [...t.applied].sort()) if (APPLIED[k]) ps.push(el('p', {}, [APPLIED[k]]));
  const levels = levelsOf(t);
  const cls = levels.length
    ? [el('classDecl', {}, [el('taxonomy', { 'xml:id': 'classification' }, levels.map((l) => el('category', { 'xml:id': `cls-${l}` }, [el('catDesc', {}, [l.replace(/-/gu, ' ').toUpperCase()])])))])]
    : [];
  return el('encodingDesc', {}, [el('editorialDecl', {}, ps), ...cls]);
}

/** Words that make a name an organisation's (`Department of State`, `US Mission to …`). */
const ORGANISATION = /\b(?:Department|Ministry|Mission|Embassy|Legation|Consulate|Office|Government|Committee|Council|Agency|Bureau|Secretariat|Commission|Staff|Command|Headquarters|Service|Library|Archives?)\b/u;

function nameEl(name: string): XElement {
  return el(ORGANISATION.test(name) ? 'orgName' : 'persName', {}, [name]);
}

/** One correspDesc per document whose sender or addressee is known (from the metadata). */
function correspondence(t: Transcript, meta: Metadata): XElement[] {
  const several = t.documents.length > 1;
  return t.documents.flatMap((d, i) => {
    const m = docMeta(meta, i);
    // The metadata first, then the document's own FROM and TO fields.
    const sender = m.sender ?? d.sender;
    const recipient = m.recipient ?? d.addressee;
    // Nothing is invented: without a known sender or addressee there is no correspDesc.
    if (!sender && !recipient) return [];
    const date = m.date ?? d.date;
    const sent = [nameEl(sender ?? 'Unknown sender'), ...(m.place ? [el('placeName', {}, [m.place])] : []), ...(date ? [el('date', { when: date })] : [])];
    const received = [nameEl(recipient ?? 'Unknown addressee')];
    return [el('correspDesc', { n: several ? String(d.n) : undefined }, [el('correspAction', { type: 'sent' }, sent), el('correspAction', { type: 'received' }, received)])];
  });
}

function profileDesc(t: Transcript, meta: Metadata): XElement[] {
  const out: XElement[] = correspondence(t, meta);
  const levels = levelsOf(t);
  if (levels.length) out.push(el('textClass', {}, levels.map((l) => el('catRef', { target: `#cls-${l}` }))));
  return out.length ? [el('profileDesc', {}, out)] : [];
}

/** Builds the teiHeader from the transcript, metadata, edition config and source checksum. */
export function teiHeader(h: HeaderInput): XElement {
  const { transcript: t, meta } = h;
  const titles = t.documents.map((d, i) => documentTitle(d, docMeta(meta, i)));
  const title = meta.title ?? (titles.length > 1 ? `${titles[0]}; with ${titles.slice(1).join('; ')}` : titles[0] ?? 'Untitled transcript');
  const licence = h.edition.licence ? [el('availability', {}, [el('licence', { target: h.edition.licence.url }, [h.edition.licence.name])])] : [];
  const fileDesc = el('fileDesc', {}, [
    el('titleStmt', {}, [el('title', {}, [title]), el('respStmt', {}, [el('resp', {}, ['Converted from a plain-text transcript by']), el('name', { 'xml:id': 'teipress' }, [`${h.tool.name} ${h.tool.version}`])])]),
    el('publicationStmt', {}, [el('publisher', {}, [h.edition.publisher]), ...licence]),
    ...(meta.note ? [el('notesStmt', {}, [el('note', { type: 'editorial' }, [meta.note])])] : []),
    el('sourceDesc', {}, [msDesc(t, meta)]),
  ]);
  const change = el('change', { who: '#teipress' }, [`Generated by ${h.tool.name} ${h.tool.version} from ${h.source.path} (sha256 ${h.source.sha256}).`]);
  return el('teiHeader', {}, [fileDesc, encodingDesc(t), ...profileDesc(t, meta), el('revisionDesc', {}, [change])]);
}

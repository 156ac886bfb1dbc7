/**
 * The edition's CMIF file (Correspondence Metadata Interchange Format, TEI Correspondence
 * SIG): one `correspDesc` per correspondence described in a teiHeader, with sender, addressee,
 * places and dates, `@ref` where the TEI (or the edition's register of authorities) gives an
 * authority URI, and "Unknown" where it names
 * no one (as CMIF asks); undated actions carry no `date` (CMIF requires a dating attribute).
 * Written by `build` as `dist/cmif.xml`, for correspSearch to harvest.
 */
import { createHash } from 'node:crypto';
import { escapeAttr, escapeText } from '../tei/xml.js';
import { readTeiRecord, type CorrespSide, type Named, type TeiRecord } from './tei-record.js';
import { TEI_NS } from '../tei/namespace.js';

/** What the CMIF header says about the edition. */
export interface CmifEdition {
  readonly title: string;
  readonly publisher: string;
  /** Where the edition is published (its base URL); links are relative without it. */
  readonly url?: string;
  readonly licence?: { readonly name: string; readonly url?: string };
  /** The publication date of the file, YYYY-MM-DD. */
  readonly date: string;
  /** Who answers for the file (CMIF requires an editor); default: the TEI files' editors, else the publisher. */
  readonly editors?: readonly string[];
  /** A register: authority URI by name, for names the TEI gives without `@ref`. */
  readonly authorities?: Readonly<Record<string, string>>;
}


const AUTHORITY = /^https?:\/\/[^ \t\r\n]+$/u;
const UNKNOWN = 'Unknown';

/** A UUID-shaped identifier derived from the edition title (stable from build to build). */
function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function nameXml(n: Named, indent: string, register: Readonly<Record<string, string>>): string {
  const el = n.kind === 'orgName' ? 'orgName' : n.kind === 'placeName' ? 'placeName' : 'persName';
  const uri = [n.ref, register[n.name]].find((u) => u !== undefined && AUTHORITY.test(u));
  const ref = uri ? ` ref="${escapeAttr(uri)}"` : '';
  return `${indent}<${el}${ref}>${escapeText(n.name)}</${el}>\n`;
}

function actionXml(type: 'sent' | 'received', s: CorrespSide | undefined, register: Readonly<Record<string, string>>): string {
  const i = '          ';
  const parties = s?.parties.filter((p) => p.name).length ? (s?.parties ?? []).filter((p) => p.name) : [{ name: UNKNOWN, kind: 'persName' }];
  const date = s?.date && Object.keys(s.date).length
    ? `${i}<date ${Object.entries(s.date).map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}/>\n`
    : '';
  return `        <correspAction type="${type}">\n${parties.map((p) => nameXml(p, i, register)).join('')}${s?.place?.name ? nameXml({ ...s.place, kind: 'placeName' }, i, register) : ''}${date}        </correspAction>\n`;
}

/** The `correspDesc` elements of one TEI file, linked to its page in the edition. */
function correspXml(id: string, record: CmifRecord | undefined, edition: CmifEdition, source: string): string {
  if (!record) return '';
  const href = `${edition.url ? `${edition.url.replace(/\/+$/u, '')}/` : ''}html/${encodeURIComponent(id)}.html`;
  return record.correspondence.map((c) =>
    `      <correspDesc ref="${escapeAttr(href)}" source="#${source}">\n${actionXml('sent', c.sent, edition.authorities ?? {})}${actionXml('received', c.received, edition.authorities ?? {})}      </correspDesc>\n`).join('');
}

/** What the CMIF file reads of a TEI file's record (a caller of a large edition need keep no more). */
export type CmifRecord = Pick<TeiRecord, 'editors' | 'correspondence'>;

/**
 * The CMIF file for the edition's TEI documents (`{id, xml}` in the order given).
 * Files that are not TEI are skipped; a file without `correspDesc` adds nothing. A `record`
 * already read is used instead of reading the XML again.
 */
export function cmifXml(docs: readonly { readonly id: string; readonly xml: string; readonly record?: CmifRecord }[], edition: CmifEdition): string {
  const records = docs.map((d) => d.record ?? readTeiRecord(d.xml));
  const found = [...new Set(records.flatMap((r) => r?.editors ?? []))];
  const editors = edition.editors?.length ? edition.editors : found.length ? found : [edition.publisher];
  const source = 'cmif-' + stableUuid(`${edition.title}\n${edition.url ?? ''}`);
  const base = edition.url ? `${edition.url.replace(/\/+$/u, '')}/` : '';
  const licence = edition.licence?.url
    ? `<licence target="${escapeAttr(edition.licence.url)}">${escapeText(edition.licence.name)}</licence>`
    : `<licence target="#no-licence">${escapeText(edition.licence?.name ?? 'No licence is given in the edition\'s configuration.')}</licence>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="${TEI_NS}">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>${escapeText(edition.title)}: correspondence metadata (CMIF)</title>
${editors.map((e) => `        <editor>${escapeText(e)}</editor>\n`).join('')}      </titleStmt>
      <publicationStmt>
        <publisher>${escapeText(edition.publisher)}</publisher>
        <idno type="url">${escapeText(`${base}cmif.xml`)}</idno>
        <date when="${escapeAttr(edition.date)}"/>
        <availability>
          ${licence}
        </availability>
      </publicationStmt>
      <sourceDesc>
        <bibl type="online" xml:id="${source}">${escapeText(edition.title)}${edition.url ? `, <ref target="${escapeAttr(edition.url)}">${escapeText(edition.url)}</ref>` : ''}</bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
${docs.map((d, i) => correspXml(d.id, records[i], edition, source)).join('')}    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <p/>
    </body>
  </text>
</TEI>
`;
}

/**
 * The Dublin Core crosswalk from a teiHeader (documented in README "Deposit"): one row per
 * field, each naming the DC element, the DSpace element and qualifier it fills, and where in
 * the header it comes from. Serialised as an `oai_dc` record (OAI-PMH harvesting, METS
 * `MDTYPE="DC"`) and as DSpace's `dublin_core.xml`.
 */
import { escapeAttr, escapeText } from '../tei/xml.js';
import type { Dating, TeiRecord } from './tei-record.js';

/** The fifteen-element DC vocabulary as far as the crosswalk uses it. */
export type DcElement = 'title' | 'creator' | 'contributor' | 'date' | 'type' | 'format' | 'identifier' | 'source' | 'language' | 'rights' | 'relation' | 'publisher';

/** One value of the record. */
export interface DcValue {
  readonly element: DcElement;
  readonly value: string;
  /** DSpace's `element` and `qualifier` (`none` when unqualified). */
  readonly dspace: readonly [string, string];
}

/** What the crosswalk needs beyond the TEI: the edition and the document's identifier. */
export interface DcContext {
  readonly editionTitle: string;
  readonly identifier: string;
}

type Row = { element: DcElement; dspace: readonly [string, string]; from: (r: TeiRecord, c: DcContext) => readonly string[] };

const uniq = (xs: readonly (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];
const isUrl = (s: string): boolean => /^https?:\/\//u.test(s);

/** A TEI dating as a DC date: the day, or `from/to` (ISO 8601 interval). */
export function dcDate(d: Dating | undefined): string | undefined {
  if (!d) return undefined;
  if (d.when) return d.when;
  const from = d.from ?? d.notBefore;
  const to = d.to ?? d.notAfter;
  return from && to ? `${from}/${to}` : (from ?? to);
}

/** The archival citation: repository, place, collection and identifiers, in that order. */
export function archivalCitation(r: TeiRecord): string | undefined {
  const parts = uniq([r.repository, r.settlement, r.collection, ...r.idnos.map((i) => i.value)]);
  return parts.length ? parts.join(', ') : undefined;
}

/** The crosswalk, in the order the record lists its fields. */
export const CROSSWALK: readonly Row[] = [
  { element: 'title', dspace: ['title', 'none'], from: (r) => [r.title] },
  { element: 'creator', dspace: ['contributor', 'author'], from: (r) => uniq(r.correspondence.flatMap((c) => c.sent?.parties.map((p) => p.name) ?? [])) },
  { element: 'contributor', dspace: ['contributor', 'none'], from: (r) => uniq(r.correspondence.flatMap((c) => c.received?.parties.map((p) => p.name) ?? [])) },
  { element: 'contributor', dspace: ['contributor', 'editor'], from: (r) => r.editors },
  { element: 'date', dspace: ['date', 'created'], from: (r) => uniq([dcDate(r.correspondence.find((c) => c.sent?.date)?.sent?.date) ?? dcDate(r.origDate)]) },
  { element: 'type', dspace: ['type', 'none'], from: (r) => uniq(['Text', ...r.parts.map((p) => p.kind)]) },
  { element: 'format', dspace: ['format', 'mimetype'], from: () => ['application/tei+xml'] },
  { element: 'identifier', dspace: ['identifier', 'uri'], from: (_r, c) => (isUrl(c.identifier) ? [c.identifier] : []) },
  { element: 'identifier', dspace: ['identifier', 'other'], from: (_r, c) => (isUrl(c.identifier) ? [] : [c.identifier]) },
  { element: 'source', dspace: ['source', 'none'], from: (r) => uniq([archivalCitation(r)]) },
  { element: 'language', dspace: ['language', 'iso'], from: (r) => uniq([r.lang]) },
  { element: 'rights', dspace: ['rights', 'none'], from: (r) => uniq([r.licence?.name]) },
  { element: 'rights', dspace: ['rights', 'uri'], from: (r) => uniq([r.licence?.url]) },
  { element: 'relation', dspace: ['relation', 'ispartof'], from: (_r, c) => [c.editionTitle] },
  { element: 'publisher', dspace: ['publisher', 'none'], from: (r) => uniq([r.publisher]) },
];

/** A document's Dublin Core record in dist. */
export const dcPath = (id: string): string => `dc/${id}.xml`;

/** Runs the crosswalk over one TEI file's record. */
export function crosswalk(r: TeiRecord, c: DcContext): DcValue[] {
  return CROSSWALK.flatMap((row) => row.from(r, c).filter((v) => v !== '').map((value) => ({ element: row.element, value, dspace: row.dspace })));
}

export const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** The record as `oai_dc:dc` (no XML declaration when `fragment`, to embed in METS). */
export function oaiDcXml(values: readonly DcValue[], fragment = false): string {
  const open = `<oai_dc:dc xmlns:oai_dc="${OAI_DC_NS}" xmlns:dc="${DC_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${OAI_DC_NS} http://www.openarchives.org/OAI/2.0/oai_dc.xsd">`;
  const body = values.map((v) => `  <dc:${v.element}>${escapeText(v.value)}</dc:${v.element}>\n`).join('');
  return `${fragment ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n'}${open}\n${body}</oai_dc:dc>${fragment ? '' : '\n'}`;
}

/** The record as DSpace's `dublin_core.xml` (Simple Archive Format). */
export function dspaceDcXml(values: readonly DcValue[]): string {
  const body = values.map((v) => `  <dcvalue element="${escapeAttr(v.dspace[0])}" qualifier="${escapeAttr(v.dspace[1])}">${escapeText(v.value)}</dcvalue>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<dublin_core schema="dc">\n${body}</dublin_core>\n`;
}

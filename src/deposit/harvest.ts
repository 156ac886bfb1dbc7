/**
 * The files `build` writes into `dist/` for harvesters: `cmif.xml` (correspSearch) and one
 * `oai_dc` record per TEI file in `dc/` (OAI-PMH). The deposit package carries the same.
 */
import type { EditionConfig } from '../edition/config.js';
import { cmifXml } from './cmif.js';
import { documentIdentifier, type DepositSettings } from './deposit-config.js';
import { crosswalk, oaiDcXml } from './dublin-core.js';
import { readTeiRecord, type TeiRecord } from './tei-record.js';

/** A TEI file of the edition: its id (file name without .xml) and text. */
export interface TeiDoc {
  readonly id: string;
  readonly xml: string;
  /** Its record, when already read (saves reading the XML again). */
  readonly record?: TeiRecord;
}

/** The `dc/<id>.xml` records and `cmif.xml` for `docs` (paths relative to dist/). */
export function harvestRecords(docs: readonly TeiDoc[], config: Pick<EditionConfig, 'title' | 'edition'>, s: DepositSettings, date: string): { path: string; content: string }[] {
  const dc = docs.flatMap((d) => {
    const r = d.record ?? readTeiRecord(d.xml);
    return r ? [{ path: `dc/${d.id}.xml`, content: oaiDcXml(crosswalk(r, { editionTitle: config.title, identifier: documentIdentifier(d.id, config.title, s) })) }] : [];
  });
  const edition = { title: config.title, publisher: config.edition.publisher, date, ...(s.url ? { url: s.url } : {}), ...(config.edition.licence ? { licence: config.edition.licence } : {}), ...(s.editors ? { editors: s.editors } : {}), ...(s.authorities ? { authorities: s.authorities } : {}) };
  return [...dc, { path: 'cmif.xml', content: cmifXml(docs, edition) }];
}

/**
 * What `build` adds to `dist/`: called once from build.ts with the documents it rendered.
 * `buildDate` (from SOURCE_DATE_EPOCH) dates the CMIF file; without it, today (UTC).
 */
export function harvestFiles(docs: readonly TeiDoc[], config: Pick<EditionConfig, 'title' | 'edition' | 'deposit'>, buildDate?: string): { path: string; content: string }[] {
  return harvestRecords(docs, config, config.deposit, buildDate ?? new Date().toISOString().slice(0, 10));
}

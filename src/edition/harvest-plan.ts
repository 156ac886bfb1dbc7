/**
 * The harvest files of dist (`dc/<id>.xml`, `cmif.xml`) as keyed outputs: a Dublin Core record
 * changes with its TEI's deposit record and the deposit settings; the CMIF file with the list of
 * documents, their records, the settings and its date. Records are read from the build cache.
 */
// The deposit modules load only when a harvest file has to be made (they bring the XML reader).
import type { TeiRecord } from '../deposit/tei-record.js';
import type { DistOutput } from '../node/dist-writer.js';
import type { BuildContext, DocOutcome } from './build-context.js';
import { keyOf, keyPart } from './fingerprint.js';
import { dcPath } from '../deposit/dublin-core.js';

/** The key of a document's Dublin Core record: its deposit record, its id, the edition's title and deposit settings. */
export function dcKey(ctx: BuildContext, id: string, recordKey: string): string {
  return keyOf('dc', ctx.tool.code, recordKey, id, ctx.config.title, keyPart(ctx.config.deposit));
}

/**
 * The Dublin Core record of each harvested TEI document and the CMIF file of them all, in the
 * order given. `buildDate` (from SOURCE_DATE_EPOCH) dates the CMIF file; without it, today (UTC).
 */
export function harvestPlan(ctx: BuildContext, outcomes: readonly DocOutcome[]): DistOutput[] {
  const { config } = ctx;
  const s = config.deposit;
  const date = ctx.opts.buildDate ?? new Date().toISOString().slice(0, 10);
  const docs = outcomes.filter((o) => o.harvested && o.isTei);
  const record = async (o: DocOutcome): Promise<TeiRecord> => JSON.parse((await ctx.cache.getPart(o.recordIn ?? o.recordKey, 'record'))?.toString('utf8') ?? 'null') as TeiRecord;
  const dc: DistOutput[] = docs.map((o) => ({
    path: dcPath(o.id),
    key: dcKey(ctx, o.id, o.recordKey),
    make: async () => {
      const { crosswalk, oaiDcXml } = await import('../deposit/dublin-core.js');
      const { documentIdentifier } = await import('../deposit/deposit-config.js');
      return oaiDcXml(crosswalk(await record(o), { editionTitle: config.title, identifier: documentIdentifier(o.id, config.title, s) }));
    },
  }));
  const edition = { title: config.title, publisher: config.edition.publisher, date, ...(s.url ? { url: s.url } : {}), ...(config.edition.licence ? { licence: config.edition.licence } : {}), ...(s.editors ? { editors: s.editors } : {}), ...(s.authorities ? { authorities: s.authorities } : {}) };
  const cmif: DistOutput = {
    path: 'cmif.xml',
    key: keyOf('cmif', ctx.tool.code, docs.map((o) => [o.id, o.recordKey]), edition),
    make: async () => {
      const { cmifXml } = await import('../deposit/cmif.js');
      const withRecords = [];
      // Of each record only what the file reads is kept while the rest are read (10,000 whole
      // records are tens of MB on the main thread).
      for (const o of docs) {
        const r = await record(o);
        withRecords.push({ id: o.id, xml: '', record: r && { editors: r.editors, correspondence: r.correspondence } });
      }
      return cmifXml(withRecords, edition);
    },
  };
  return [...dc, cmif];
}

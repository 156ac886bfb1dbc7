/**
 * The METS 1.12.1 record of a package (`data/mets.xml`): a header naming the agents, per
 * document a `dmdSec` with its teiHeader (`TEIHDR`) and one with its Dublin Core (`DC`), an
 * `amdSec` with provenance, a `fileSec` with one `fileGrp` per kind of file (checksum, size,
 * MIME type each), and a `structMap`: edition → document → part → page, pages pointing at byte
 * ranges of the TEI (from its `pb`s) and documents at all their files.
 */
import { escapeAttr, escapeText } from '../tei/xml.js';
import { oaiDcXml } from './dublin-core.js';
import { amdSec } from './mets-provenance.js';
import { KINDS, type FileKind, type PackageAgent, type PackagedDocument, type PayloadFile } from './package-model.js';
import type { DocumentPart } from './tei-record.js';

/** What the METS record describes. */
export interface MetsInput {
  readonly objectId: string;
  readonly label: string;
  readonly agent: PackageAgent;
  readonly documents: readonly PackagedDocument[];
  readonly files: readonly PayloadFile[];
  /** Documents with validation errors were packaged (--allow-invalid). */
  readonly allowInvalid: boolean;
}

const NS = 'xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const LOCATION = 'xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/version1121/mets.xsd"';

function header(m: MetsInput): string {
  const note = m.allowInvalid ? `\n        <mets:note>Packaged with validation errors (--allow-invalid): ${m.documents.filter((d) => d.errors).length} document(s) have errors.</mets:note>` : '';
  return `  <mets:metsHdr CREATEDATE="${escapeAttr(m.agent.date)}" RECORDSTATUS="${m.allowInvalid ? 'invalid-edition' : 'complete'}">
    <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
      <mets:name>${escapeText(`${m.agent.software} ${m.agent.version}`)}</mets:name>${note}
    </mets:agent>
    <mets:agent ROLE="DISSEMINATOR" TYPE="ORGANIZATION">
      <mets:name>${escapeText(m.agent.organization)}</mets:name>
    </mets:agent>
  </mets:metsHdr>\n`;
}

function dmdSecs(i: number, d: PackagedDocument): string {
  const wrap = (id: string, type: string, label: string, body: string) =>
    `  <mets:dmdSec ID="${id}">\n    <mets:mdWrap MDTYPE="${type}" LABEL="${escapeAttr(label)}">\n      <mets:xmlData>\n${body}\n      </mets:xmlData>\n    </mets:mdWrap>\n  </mets:dmdSec>\n`;
  const tei = d.record.headerXml ? wrap(`dmd-tei-${i}`, 'TEIHDR', `teiHeader of ${d.id}`, d.record.headerXml) : '';
  return tei + wrap(`dmd-dc-${i}`, 'DC', `Dublin Core of ${d.id}`, oaiDcXml(d.dc, true));
}

/** A relative URI for a payload path: each segment percent-encoded (so `#`, `?` and `%` stay part of the name). */
const uriPath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

function fileSec(files: readonly PayloadFile[], ids: ReadonlyMap<PayloadFile, string>): string {
  const groups = (Object.keys(KINDS) as FileKind[]).map((k) => [k, files.filter((f) => f.kind === k)] as const).filter(([, fs]) => fs.length);
  const file = (f: PayloadFile) => `      <mets:file ID="${ids.get(f) ?? ''}" MIMETYPE="${escapeAttr(f.mime)}" SIZE="${f.size}" CHECKSUM="${f.sha256}" CHECKSUMTYPE="SHA-256">\n        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${escapeAttr(uriPath(f.path))}"/>\n      </mets:file>\n`;
  return `  <mets:fileSec>\n${groups.map(([k, fs]) => `    <mets:fileGrp ID="grp-${k}" USE="${KINDS[k].use}">\n${fs.map(file).join('')}    </mets:fileGrp>\n`).join('')}  </mets:fileSec>\n`;
}

/** Byte offsets (UTF-8) of each page break's `<pb` in the TEI text. */
function pageOffsets(tei: string, parts: readonly DocumentPart[]): number[][] {
  const starts = [0];
  for (let i = tei.indexOf('\n'); i !== -1; i = tei.indexOf('\n', i + 1)) starts.push(i + 1);
  // Page breaks come in text order: each byte count adds the stretch since the previous one.
  let at = 0;
  let bytes = 0;
  return parts.map((p) => p.pages.map((pb) => {
    const offset = (starts[pb.line - 1] ?? 0) + pb.column - 1;
    bytes += Buffer.byteLength(tei.slice(at, offset));
    at = offset;
    return bytes;
  }));
}

function structDoc(i: number, d: PackagedDocument, fileIds: readonly string[], teiId: string | undefined, amd: readonly string[]): string {
  const offsets = pageOffsets(d.tei, d.record.parts);
  const page = (pb: { n: string }, k: number, off: readonly number[]) => {
    const end = off[k + 1] === undefined ? '' : ` END="${(off[k + 1] ?? 1) - 1}"`;
    return `          <mets:div TYPE="page" ORDER="${k + 1}"${pb.n ? ` ORDERLABEL="${escapeAttr(pb.n)}"` : ''}>${teiId ? `<mets:fptr><mets:area FILEID="${teiId}" BETYPE="BYTE" BEGIN="${off[k]}"${end}/></mets:fptr>` : ''}</mets:div>\n`;
  };
  const parts = d.record.parts.map((p, j) => `        <mets:div TYPE="${escapeAttr(p.kind)}" ORDER="${j + 1}"${p.n ? ` ORDERLABEL="${escapeAttr(p.n)}"` : ''}>\n${p.pages.map((pb, k) => page(pb, k, offsets[j] ?? [])).join('')}        </mets:div>\n`).join('');
  const dmd = `${d.record.headerXml ? `dmd-tei-${i} ` : ''}dmd-dc-${i}`;
  return `      <mets:div TYPE="document" ORDER="${i}" LABEL="${escapeAttr(d.record.title || d.id)}" DMDID="${dmd}" ADMID="${amd.join(' ')}">\n${fileIds.map((id) => `        <mets:fptr FILEID="${id}"/>\n`).join('')}${parts}      </mets:div>\n`;
}

/** The METS document (deterministic: ids follow the order of documents and files given). */
export function metsXml(m: MetsInput): string {
  const ids = new Map(m.files.map((f, k) => [f, `file-${k + 1}`]));
  const amds = m.documents.map((d, k) => amdSec(k + 1, d, m.files.find((f) => f.doc === d.id && f.kind === 'transcript'), m.agent));
  const divs = m.documents.map((d, k) => {
    const own = m.files.filter((f) => f.doc === d.id);
    const tei = own.find((f) => f.kind === 'tei');
    return structDoc(k + 1, d, own.map((f) => ids.get(f) ?? ''), tei && ids.get(tei), amds[k]?.ids ?? []);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets ${NS} ${LOCATION} OBJID="${escapeAttr(m.objectId)}" LABEL="${escapeAttr(m.label)}" PROFILE="teipress deposit">
${header(m)}${m.documents.map((d, k) => dmdSecs(k + 1, d)).join('')}${amds.map((a) => a.xml).join('')}${fileSec(m.files, ids)}  <mets:structMap TYPE="logical" LABEL="${escapeAttr(m.label)}">
    <mets:div TYPE="edition" LABEL="${escapeAttr(m.label)}">
${divs.join('')}    </mets:div>
  </mets:structMap>
</mets:mets>
`;
}

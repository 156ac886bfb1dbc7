/**
 * The administrative metadata of METS, as PREMIS 3 elements (METS wraps them laxly): per
 * document, the source transcript as an object with its fixity (`techMD`) and the conversion as
 * an event with tool, version, date and the conventions applied (`digiprovMD`), read from the
 * TEI's `revisionDesc` and `encodingDesc`; a validation event when it was packaged with errors.
 */
import { escapeText } from '../tei/xml.js';
import type { PackageAgent, PackagedDocument, PayloadFile } from './package-model.js';

export const PREMIS_NS = 'http://www.loc.gov/premis/v3';

const TOOL = /by ([^ \t]+) ([0-9][^ \t]*)/u;

const el = (name: string, body: string): string => `<premis:${name}>${body}</premis:${name}>`;
const txt = (name: string, value: string): string => el(name, escapeText(value));

function wrap(id: string, section: 'techMD' | 'digiprovMD', mdtype: string, body: string): string {
  return `      <mets:${section} ID="${id}">\n        <mets:mdWrap MDTYPE="${mdtype}">\n          <mets:xmlData>\n            ${body}\n          </mets:xmlData>\n        </mets:mdWrap>\n      </mets:${section}>\n`;
}

/** The source transcript as a PREMIS object: its path, SHA-256, size and format. */
function sourceObject(f: PayloadFile, claimed: string | undefined): string {
  const fixity = el('fixity', txt('messageDigestAlgorithm', 'SHA-256') + txt('messageDigest', f.sha256) + txt('messageDigestOriginator', 'teipress deposit'));
  const claim = claimed && claimed !== f.sha256 ? txt('significantPropertiesValue', `the TEI names sha256 ${claimed}, not this file's`) : '';
  return `<premis:object xmlns:premis="${PREMIS_NS}">${el('objectIdentifier', txt('objectIdentifierType', 'local') + txt('objectIdentifierValue', f.path))}${claim ? el('significantProperties', txt('significantPropertiesType', 'source checksum') + claim) : ''}${el('objectCharacteristics', txt('compositionLevel', '0') + fixity + txt('size', String(f.size)) + el('format', el('formatDesignation', txt('formatName', f.mime))))}</premis:object>`;
}

/** The conversion as a PREMIS event: tool and version from revisionDesc, conventions from encodingDesc. */
function conversionEvent(d: PackagedDocument, agent: PackageAgent): string {
  const change = d.record.changes.find((c) => TOOL.test(c)) ?? d.record.changes[0] ?? '';
  const [, tool = agent.software, version = agent.version] = TOOL.exec(change) ?? [];
  // PREMIS requires a date; when the TEI records none for its conversion, the packaging date stands in, and says so.
  const undated = d.record.changedOn ? [] : ['The TEI records no date for its conversion; the event is dated by the packaging.'];
  const details = [change, ...d.record.conventions, ...undated].filter(Boolean).map((x) => el('eventDetailInformation', txt('eventDetail', x))).join('');
  return `<premis:event xmlns:premis="${PREMIS_NS}">${el('eventIdentifier', txt('eventIdentifierType', 'local') + txt('eventIdentifierValue', `conversion-${d.id}`))}${txt('eventType', 'conversion')}${txt('eventDateTime', d.record.changedOn ?? agent.date)}${details}${el('linkingAgentIdentifier', txt('linkingAgentIdentifierType', 'software') + txt('linkingAgentIdentifierValue', `${tool} ${version}`))}</premis:event>`;
}

function validationEvent(d: PackagedDocument, agent: PackageAgent): string {
  const outcome = el('eventOutcomeInformation', txt('eventOutcome', 'fail') + el('eventOutcomeDetail', txt('eventOutcomeDetailNote', `${d.errors} validation error(s); packaged with --allow-invalid`)));
  return `<premis:event xmlns:premis="${PREMIS_NS}">${el('eventIdentifier', txt('eventIdentifierType', 'local') + txt('eventIdentifierValue', `validation-${d.id}`))}${txt('eventType', 'validation')}${txt('eventDateTime', agent.date)}${outcome}${el('linkingAgentIdentifier', txt('linkingAgentIdentifierType', 'software') + txt('linkingAgentIdentifierValue', `${agent.software} ${agent.version}`))}</premis:event>`;
}

/** The `amdSec` of document number `i` (ids `amd-i`, `tech-i`, `prov-i`, `valid-i`); returns its ids for the structMap. */
export function amdSec(i: number, d: PackagedDocument, source: PayloadFile | undefined, agent: PackageAgent): { xml: string; ids: string[] } {
  const parts = [
    source ? wrap(`tech-${i}`, 'techMD', 'PREMIS:OBJECT', sourceObject(source, d.record.source?.sha256)) : '',
    wrap(`prov-${i}`, 'digiprovMD', 'PREMIS:EVENT', conversionEvent(d, agent)),
    d.errors ? wrap(`valid-${i}`, 'digiprovMD', 'PREMIS:EVENT', validationEvent(d, agent)) : '',
  ];
  return { xml: `    <mets:amdSec ID="amd-${i}">\n${parts.join('')}    </mets:amdSec>\n`, ids: [`amd-${i}`] };
}

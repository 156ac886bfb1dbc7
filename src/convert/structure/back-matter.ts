import { trimSpacesAndTabs } from '../white-space.js';
import type { Item } from './items.js';

/** Fields that stand after a signature: copies, distribution, enclosures. */
const BACK_FIELDS: ReadonlySet<string> = new Set(['cc', 'enclosure']);
/** A drafting or clearance line, as the documents pass counts back matter: office and a name, maybe typist (`ABC:JDoe:xy`, `XYZ/R:JDoe`). */
const DRAFTER = /^(?:Drafted by:?[ \t]+)?\p{Lu}{2,6}(?:\/\p{Lu}{1,6})*:[ \t]?\p{L}[\p{L}.'-]*(?::\p{Ll}{1,4})?$/u;
/**
 * A drafting line as a closer's line: the drafter's initials run into the surname (`JDoe`,
 * `CBElbrick`) or a typist's initials follow it (`S/S:KLund`, `EUR:Holm:tw`). A label and a
 * word (`NOTE: Agreed.`, `AGENCY: FBI`) is none.
 */
const DRAFTING_LINE = /^(?:Drafted by:?[ \t]+)?\p{Lu}{1,6}(?:\/\p{Lu}{1,6})*:[ \t]?(?:\p{Lu}{1,3}\.?\p{Lu}\p{Ll}[\p{L}'-]*(?::\p{Ll}{1,4})?|\p{L}[\p{L}.'-]*:\p{Ll}{1,4})$/u;
/**
 * A clearance line: a short label, then an office symbol, a dash and the clearing officer
 * (`Cleared: L - Mr. Hale`, `Clearances: EUR/N - Miss Lowe`), however the label is worded.
 */
const CLEARANCE = /^\p{L}[\p{L} ]{0,20}:[ \t]*\p{Lu}{1,6}(?:\/\p{Lu}{1,6})*[ \t]+[-–—][ \t]+\p{Lu}[\p{L}.' ]{1,40}$/u;
/** Typist's initials under a signature (`JDoe:xy`, `abc/de`). */
const INITIALS = /^\p{L}{2,4}[:/]\p{Ll}{1,4}$/u;
/** A postscript opening (`P.S.`, `PS:`, `P.P.S.`). */
export const POSTSCRIPT = /^(?:P\.[ \t]?)+S\.|^PS:/u;
/** Enclosures and attachments announced on their own line (`Enclosure`, `Attachments: 2`). */
const ENCLOSURE = /^(?:\d{1,2}[ \t]+)?(?:Enclosures?|Attachments?|Encl\.|Att\.)(?:[ \t:.-]|$)/iu;
/** An enclosure line is a short note (`1 Attachment: as stated`); a longer line is a sentence about one. */
const ENCLOSURE_LINE = 40;
/** One office of a distribution list: a word or office symbol alone on its line (`Registry`, `A/B`, `C/de/fg`). */
const DISTRIBUTION_ENTRY = /^[\p{L}&]{1,12}(?:\/[\p{L}&]{1,12}){0,4}$/u;

/**
 * A distribution list: two or more lines, each one office (`DISTRIBUTION_ENTRY`), at least half
 * of them office symbols with a slash. Short words in a column without slashes are no such list.
 */
export function distributionBlock(lines: readonly { readonly text: string }[]): boolean {
  if (lines.length < 2 || lines.length > 12) return false;
  // Line by line, stopping at the first that is no office: most blocks fail on their first line.
  let slashed = 0;
  for (const l of lines) {
    const e = trimSpacesAndTabs(l.text);
    if (!DISTRIBUTION_ENTRY.test(e)) return false;
    if (e.includes('/')) slashed++;
  }
  return slashed * 2 >= lines.length;
}


/**
 * An office symbol on a line of its own: groups of capitals (digits, `&`) joined by slashes
 * (`AB/CDE`, `XY/Z/QR`, `AB/ CDEF`), maybe after a short label (`cc: AB/CD`, OCR-damaged or
 * not). It stands under a signature or in a distribution line, never in prose.
 */
const OFFICE_SYMBOL = /^(?:\p{L}{1,4}:[ \t]*)?\p{Lu}[\p{Lu}\d&]{0,7}(?:[ \t]?\/[ \t]?[\p{Lu}\d&]{1,10}){1,4}$/u;

/** Whether a line is an office symbol (see `OFFICE_SYMBOL`), spaces and tabs at its edges ignored. */
export function officeSymbol(line: string): boolean {
  return OFFICE_SYMBOL.test(trimSpacesAndTabs(line));
}

/**
 * Back matter: what follows a document's signature and belongs to it (copies, distribution,
 * drafting and clearance lines, typist's initials, enclosures, a postscript). It never opens a
 * new document.
 */
export function isBackMatter(it: Item): boolean {
  if (it.kind === 'field' && BACK_FIELDS.has(it.match.value ?? '')) return true;
  const first = it.lines[0]?.text ?? '';
  return DRAFTER.test(first) || CLEARANCE.test(first) || INITIALS.test(first) || (it.lines.length <= 3 && officeSymbol(first)) || distributionBlock(it.lines) || POSTSCRIPT.test(first) || (ENCLOSURE.test(first) && first.length <= ENCLOSURE_LINE);
}

/** Kinds of back-matter line that stand in a closer as typed lines of their own, tried in order. */
const BACK_LINES: readonly { readonly type: string; readonly test: (it: Item, first: string) => boolean }[] = [
  { type: 'drafting', test: (_, first) => DRAFTING_LINE.test(first) },
  { type: 'clearance', test: (_, first) => CLEARANCE.test(first) },
  { type: 'initials', test: (_, first) => INITIALS.test(first) },
  { type: 'distribution', test: (it) => distributionBlock(it.lines) },
  { type: 'office', test: (it, first) => it.lines.length === 1 && officeSymbol(first) },
];

/**
 * The kind of a text item that is a line of back matter (a drafting or clearance line,
 * typist's initials, a distribution list, an office symbol alone): what it is in a closer.
 * A postscript, a labelled field or an enclosure line has its own place; undefined for them.
 */
export function backLineType(it: Item): string | undefined {
  if (it.kind !== 'text') return undefined;
  const first = it.lines[0]?.text ?? '';
  return BACK_LINES.find((b) => b.test(it, first))?.type;
}

/** An enclosure or attachment announced on its own short line (`Attachment`, `2 Enclosures: as stated`). */
export function announcesEnclosure(it: Item): boolean {
  const first = it.lines[0]?.text ?? '';
  return it.lines.length <= 2 && ENCLOSURE.test(first) && first.length <= ENCLOSURE_LINE;
}

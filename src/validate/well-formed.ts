/**
 * The safe pre-parse every input goes through before any schema sees it: size limit, strict
 * UTF-8, no DOCTYPE (so no entity is ever fetched or expanded), well-formedness with the place
 * of the first error (one saxes parse, which also builds the positioned tree), and a TEI root
 * in the TEI namespace. Then the one libxml2 parse the schema layers share. Never throws.
 */
import { ParseOption, XmlDocument, XmlParseError } from 'libxml2-wasm';
import type { Report } from '../diagnostics/diagnostic.js';
import { decodeUtf8 } from './decode.js';
import { parsePositioned, type TreeError } from './positioned-tree.js';
import { quickTree } from './quick-tree.js';
import { TEI_NS } from '../tei/namespace.js';
import type { XElement } from './xml-nodes.js';

/** `String.prototype.isWellFormed` (native since Node 20; ES2024, beyond the compiler's ES2022 lib): no lone surrogate. */
const isWellFormedUtf16 = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** The TEI namespace URI (from tei/namespace.ts, for the rules). */
export { TEI_NS };

/** Default size limit for one file (bytes). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** A document that passed the pre-parse: its text and positioned tree. */
export interface CheckedDocument {
  readonly text: string;
  readonly root: XElement;
  /** The tree came from the quick tokenizer, which does not check well-formedness: libxml2 will. */
  readonly quick?: boolean;
}

/** libxml2 must never touch the network or external entities, even by mistake. */
export const SAFE_PARSE = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES |
  // Duplicate xml:ids are a rule finding (duplicate-id), not a parse failure.
  ParseOption.XML_PARSE_SKIP_IDS;

/**
 * Checks one input without libxml2. Reports `validate/too-large`, `validate/not-well-formed`
 * (also for bad UTF-8), `validate/doctype` or `validate/not-tei`, and returns the checked
 * document only when none of them applies.
 */
export function preParse(xml: string | Uint8Array, report: Report, maxBytes = DEFAULT_MAX_BYTES): CheckedDocument | undefined {
  const size = typeof xml === 'string' ? Buffer.byteLength(xml) : xml.byteLength;
  if (size > maxBytes) {
    report('validate/too-large', { line: 1, column: 1 }, `The file has ${size} bytes, more than the limit of ${maxBytes}; it was not validated.`);
    return undefined;
  }
  const text = typeof xml === 'string' ? xml.replace(/^\uFEFF/u, '') : decodeText(xml, report);
  if (text === undefined) return undefined;
  // The quick tokenizer reads an ordinary TEI file several times faster than saxes; anything
  // else (and anything it cannot vouch for) goes through saxes, which says what is wrong.
  const quick = quickTree(text);
  if (quick && quick.local === 'TEI' && quick.ns === TEI_NS) return { text, root: quick, quick: true };
  const tree = parsePositioned(text);
  if (!tree.ok) return reportTreeError(tree.error, report);
  return isTeiRoot(tree.root, report) ? { text, root: tree.root } : undefined;
}

/** Reports why saxes refused a text (a DOCTYPE, or its first well-formedness error). */
function reportTreeError({ kind, line, column, message }: TreeError, report: Report): undefined {
  if (kind === 'doctype') report('validate/doctype', { line, column }, 'The file has a DOCTYPE declaration; it is refused so that no entity is fetched or expanded.');
  else report('validate/not-well-formed', { line, column }, `The file is not well-formed XML: ${sentence(message)}`);
  return undefined;
}

/**
 * The libxml2 document of a pre-parsed document (the caller disposes it). When libxml2
 * refuses a document the quick tokenizer read, saxes reads it again, so that the first
 * error is reported where and as the pre-parse reports it for any other document.
 */
export function parseChecked(doc: CheckedDocument, report: Report): XmlDocument | undefined {
  if (!doc.quick) return parseForSchemas(doc.text, report);
  const refused: Parameters<Report>[] = [];
  const lib = parseForSchemas(doc.text, (...args) => refused.push(args));
  if (lib) return lib;
  const tree = parsePositioned(doc.text);
  if (!tree.ok) return reportTreeError(tree.error, report);
  for (const args of refused) report(...args);
  return undefined;
}

/**
 * The libxml2 document the schema layers validate (the caller disposes it), or undefined
 * after reporting `validate/not-well-formed` when libxml2 refuses what saxes accepted (e.g.
 * nesting deeper than libxml2's limit).
 */
export function parseForSchemas(text: string, report: Report): XmlDocument | undefined {
  try {
    // Node's encoder is native where libxml2-wasm's own string path encodes in a JS loop; a text
    // with a lone surrogate keeps that path, which hands libxml2 the bytes it refuses.
    if (!isWellFormedUtf16(text)) return XmlDocument.fromString(text, { option: SAFE_PARSE });
    return XmlDocument.fromBuffer(Buffer.from(text, 'utf8'), { option: SAFE_PARSE });
  } catch (e) {
    const first = e instanceof XmlParseError ? e.details[0] : undefined;
    const place = { line: Math.max(1, first?.line ?? 1), column: Math.max(1, first?.col ?? 1) };
    report('validate/not-well-formed', place, `The file is not well-formed XML: ${sentence(first?.message ?? String(e))}`);
    return undefined;
  }
}

/** `preParse` and the libxml2 check, for callers that only need the verdict and the tree. */
export function checkWellFormed(xml: string | Uint8Array, report: Report, maxBytes = DEFAULT_MAX_BYTES): CheckedDocument | undefined {
  const doc = preParse(xml, report, maxBytes);
  if (!doc) return undefined;
  const lib = parseChecked(doc, report);
  lib?.dispose();
  return lib ? doc : undefined;
}

function decodeText(bytes: Uint8Array, report: Report): string | undefined {
  const d = decodeUtf8(bytes);
  if (d.ok) return d.text;
  const hex = d.byte.toString(16).toUpperCase().padStart(2, '0');
  report('validate/not-well-formed', d, `The file is not valid UTF-8 (byte 0x${hex}); re-save it as UTF-8.`);
  return undefined;
}

function isTeiRoot(root: XElement, report: Report): boolean {
  if (root.local === 'TEI' && root.ns === TEI_NS) return true;
  const ns = root.ns === '' ? 'no namespace' : `namespace ${root.ns}`;
  report('validate/not-tei', root, `The root element is <${root.name}> in ${ns}; expected <TEI> in ${TEI_NS}.`);
  return false;
}

/** One sentence with white space runs collapsed, ending in a full stop. */
export function sentence(s: string): string {
  const t = s.replace(/[ \t\r\n]+/gu, ' ').replace(/^ | $/gu, '');
  return /[.!?]$/u.test(t) ? t : `${t}.`;
}

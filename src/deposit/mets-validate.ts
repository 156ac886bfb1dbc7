/**
 * Validates a METS record in-process against the METS 1.12.1 XML Schema shipped in
 * `schema/mets/` (libxml2-wasm's XSD support; the schema's import of XLink is resolved from
 * the same folder). The schema is compiled for each call (a deposit validates one METS record)
 * and freed after it, and libxml2's file reader is registered only while it compiles: nothing
 * stays in module or library state.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XmlValidateError, XsdValidator, xmlCleanupInputProvider, xmlRegisterInputProvider } from 'libxml2-wasm';
import { fsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import { SAFE_PARSE } from '../validate/well-formed.js';

/** The METS schema shipped with teipress. */
export const METS_XSD = new URL('../../schema/mets/mets.xsd', import.meta.url);

/** Compiles the METS schema; the caller disposes it. */
function load(): XsdValidator {
  // The schema imports xlink.xsd by a relative path: libxml2 reads local files for it while it compiles.
  xmlRegisterInputProvider(fsInputProviders);
  let doc: XmlDocument | undefined;
  try {
    const path = fileURLToPath(METS_XSD);
    doc = XmlDocument.fromString(readFileSync(path, 'utf8'), { url: path, option: SAFE_PARSE });
    return XsdValidator.fromDoc(doc);
  } finally {
    doc?.dispose();
    xmlCleanupInputProvider();
  }
}

/** One schema error: its line and message. */
export interface MetsError {
  readonly line: number;
  readonly message: string;
}

/** Validates `xml` against METS 1.12.1; an empty list when it is valid. Never throws on bad input. */
export function validateMets(xml: string): MetsError[] {
  let doc: XmlDocument | undefined;
  let validator: XsdValidator | undefined;
  try {
    doc = XmlDocument.fromString(xml, { option: SAFE_PARSE });
    validator = load();
    validator.validate(doc);
    return [];
  } catch (e) {
    if (e instanceof XmlValidateError) return e.details.map((d) => ({ line: d.line, message: d.message.replace(/[\r\n]+$/u, '') }));
    return [{ line: 1, message: e instanceof Error ? e.message : String(e) }];
  } finally {
    doc?.dispose();
    validator?.dispose();
  }
}

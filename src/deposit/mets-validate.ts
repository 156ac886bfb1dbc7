/**
 * Validates a METS record in-process against the METS 1.12.1 XML Schema shipped in
 * `schema/mets/` (libxml2-wasm's XSD support; the schema's import of XLink is resolved from
 * the same folder). The schema is compiled once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XmlValidateError, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
import { fsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import { SAFE_PARSE } from '../validate/well-formed.js';

/** The METS schema shipped with teipress. */
export const METS_XSD = new URL('../../schema/mets/mets.xsd', import.meta.url);

let validator: XsdValidator | undefined;

function load(): XsdValidator {
  if (validator) return validator;
  // The schema imports xlink.xsd by a relative path: libxml2 needs to read local files for it.
  xmlRegisterInputProvider(fsInputProviders);
  const path = fileURLToPath(METS_XSD);
  const doc = XmlDocument.fromString(readFileSync(path, 'utf8'), { url: path, option: SAFE_PARSE });
  try {
    validator = XsdValidator.fromDoc(doc);
  } finally {
    doc.dispose();
  }
  return validator;
}

/** One schema error: its line and message. */
export interface MetsError {
  readonly line: number;
  readonly message: string;
}

/** Validates `xml` against METS 1.12.1; an empty list when it is valid. Never throws on bad input. */
export function validateMets(xml: string): MetsError[] {
  let doc: XmlDocument | undefined;
  try {
    doc = XmlDocument.fromString(xml, { option: SAFE_PARSE });
    load().validate(doc);
    return [];
  } catch (e) {
    if (e instanceof XmlValidateError) return e.details.map((d) => ({ line: d.line, message: d.message.replace(/[\r\n]+$/u, '') }));
    return [{ line: 1, message: e instanceof Error ? e.message : String(e) }];
  } finally {
    doc?.dispose();
  }
}

/**
 * The one catalog of diagnostic rules. Every diagnostic names a rule from here; `RuleId` is
 * derived from this table, so a misspelt id does not compile. Areas keep their rules in
 * their own section, in alphabetical order.
 */
export type Severity = 'error' | 'warning' | 'info';

interface RuleSpec {
  readonly severity: Severity;
  /** What the rule checks, and what the user can do about it. */
  readonly advice: string;
}

const rules = {
  // --- source: reading transcript bytes -------------------------------------------------
  'source/binary': { severity: 'error', advice: 'The file holds NUL or other binary bytes; give a plain-text transcript.' },
  'source/control-character': { severity: 'warning', advice: 'XML 1.0 forbids most C0 control characters; each is replaced by U+FFFD in the TEI. Remove it from the transcript.' },
  'source/empty': { severity: 'error', advice: 'The transcript has no text; nothing is written for it.' },
  'source/encoding': { severity: 'error', advice: 'The transcript is not valid UTF-8; re-save it as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8).' },
  'source/too-large': { severity: 'error', advice: 'The transcript exceeds the size limit; split it or raise --max-bytes.' },
  'source/unreadable': { severity: 'error', advice: 'The file could not be read.' },
  'source/metadata': { severity: 'error', advice: 'The metadata sidecar (<name>.meta.json) is not valid JSON of the documented shape.' },
  'source/tei-edited': { severity: 'error', advice: 'The TEI file was edited after it was generated; a build does not overwrite it. Pass --force to regenerate it.' },

  // --- convert: recognising structure ---------------------------------------------------
  'convert/unclassified': { severity: 'warning', advice: 'A line looks like page furniture but matches no profile pattern; it is kept as <fw type="unclassified">. Review it or add a pattern to the profile.' },
  'convert/unbalanced-marker': { severity: 'warning', advice: 'A transcription-convention marker is opened but never closed (or closed but never opened); it is kept as literal text.' },
  'convert/inferred-page': { severity: 'info', advice: 'A page break was inferred (a paragraph resumes after a page turn); its number comes from the sequence.' },
  'convert/inferred-year': { severity: 'info', advice: 'A date in the text omits the year; the year was taken from the document.' },
  'convert/folio-from-run': { severity: 'info', advice: 'A damaged folio number was read from the run of folio numbers around it.' },
  'convert/recognized': { severity: 'info', advice: 'A structure the converter recognised (see the conversion report).' },

  // --- validate: schema and rule checks -------------------------------------------------
  'validate/not-well-formed': { severity: 'error', advice: 'The file is not well-formed XML; fix the first error reported.' },
  'validate/doctype': { severity: 'error', advice: 'DOCTYPE declarations are refused: external entities are never fetched and entities never expanded.' },
  'validate/not-tei': { severity: 'error', advice: 'The root element is not a TEI element in the namespace http://www.tei-c.org/ns/1.0.' },
  'validate/project-schema': { severity: 'error', advice: 'The document is not valid against the project schema (schema/teipress.rng).' },
  'validate/tei-all': { severity: 'error', advice: 'The document is not valid against the full TEI schema (tei_all).' },
  'validate/schema-unavailable': { severity: 'error', advice: 'A schema could not be loaded.' },
  'validate/page-sequence': { severity: 'warning', advice: 'Page numbers should rise by one; a gap or repeat usually means a lost or doubled page.' },
  'validate/date-format': { severity: 'error', advice: '@when, @from and @to take ISO 8601 dates (YYYY, YYYY-MM or YYYY-MM-DD).' },
  'validate/date-mismatch': { severity: 'error', advice: 'The normalised date disagrees with the text it annotates.' },
  'validate/duplicate-id': { severity: 'error', advice: 'Each xml:id must be unique within the document.' },
  'validate/dangling-pointer': { severity: 'error', advice: 'A local pointer (#id) names no element in the document.' },
  'validate/closer-signature': { severity: 'warning', advice: 'A letter\'s closer should hold a signature, or a note saying why there is none.' },
  'validate/classification-mismatch': { severity: 'warning', advice: 'The classification recorded in the header should match the banners in the text.' },
  'validate/empty-element': { severity: 'error', advice: 'A <p> or <head> must not be empty.' },
  'validate/foreign-text': { severity: 'error', advice: 'All text content must be inside TEI-namespace elements.' },
  'validate/too-large': { severity: 'error', advice: 'The file exceeds the size limit for validation.' },
  'validate/schematron': { severity: 'error', advice: 'A user Schematron assert failed or report fired (role error, or no role).' },
  'validate/schematron-warning': { severity: 'warning', advice: 'A user Schematron assert failed or report fired with role warning or info.' },
  'validate/rule-id-taken': { severity: 'error', advice: 'A user rule passed in ValidateOptions.rules has the id of a teipress rule; give it an id of its own (e.g. project/name).' },

  // --- render: editions -----------------------------------------------------------------
  'render/xslt': { severity: 'error', advice: 'The stylesheet failed on this document.' },
  'render/pdf-unavailable': { severity: 'warning', advice: 'Chromium was not found, so no PDF was made; the print HTML is written. Install it (apt-get install chromium) or set TEIPRESS_CHROMIUM, then run `teipress render --to pdf`.' },
  'render/pdf-failed': { severity: 'error', advice: 'Chromium failed to print the PDF.' },

  // --- cli and build --------------------------------------------------------------------
  'cli/usage': { severity: 'error', advice: 'See `teipress --help`.' },
  'build/no-input': { severity: 'error', advice: 'No transcripts were found (looked for transcripts/*.txt).' },
  'build/config': { severity: 'error', advice: 'teipress.config.json is not valid JSON of the documented shape.' },
  'build/internal': { severity: 'error', advice: 'An internal error (a bug in teipress); please report it with the input.' },
} as const satisfies Record<string, RuleSpec>;

/** Every rule id teipress can report. */
export type RuleId = keyof typeof rules;

/** Returns the catalog entry for a rule. */
export function ruleSpec(id: RuleId): RuleSpec {
  return rules[id];
}

/** All rule ids, in catalog order (for documentation and tests). */
export const ruleIds = Object.keys(rules) as RuleId[];

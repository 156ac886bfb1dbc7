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
  'source/too-large': { severity: 'error', advice: 'The transcript exceeds the size limit (64 MiB); split it into several transcripts.' },
  'source/unreadable': { severity: 'error', advice: 'The file could not be read.' },
  'source/metadata': { severity: 'error', advice: 'The metadata sidecar (<name>.meta.json) is not valid JSON of the documented shape.' },
  'source/tei-edited': { severity: 'warning', advice: 'The TEI file was edited after it was generated; a build keeps it, validates and renders it as it is. Pass --force to regenerate it (the edited file is kept under tei/.teipress/backup/).' },
  'source/tei-conflict': { severity: 'error', advice: 'The TEI file was edited and its transcript (or sidecar) changed since it was generated; the build keeps the edit. Run teipress adopt on the TEI file to make the edit canonical (the transcript is then no longer converted for it), pass --force to regenerate it from the transcript (the edit is kept under tei/.teipress/backup/), or undo the transcript change.' },
  'source/tei-backup': { severity: 'warning', advice: 'With --force an edited TEI file was regenerated; the edited file was kept under tei/.teipress/backup/ first.' },
  'source/tei-adopted': { severity: 'info', advice: 'The TEI file was made canonical with teipress adopt; builds keep it as it is and no longer convert its transcript. Delete the TEI file to have it generated again.' },
  'source/name-too-long': { severity: 'error', advice: 'The transcript\'s name is too long for the files made from it (at most 200 bytes without .txt); rename it.' },

  // --- convert: recognising structure ---------------------------------------------------
  'convert/unclassified': { severity: 'warning', advice: 'A line looks like page furniture but matches no profile pattern; it is kept as <fw type="unclassified">. Review it or add a pattern to the profile.' },
  'convert/unbalanced-marker': { severity: 'warning', advice: 'A transcription-convention marker is opened but never closed (or closed but never opened); it is kept as literal text.' },
  'convert/inferred-page': { severity: 'info', advice: 'A page break was inferred (a paragraph resumes after a page turn); its number comes from the sequence.' },
  'convert/inferred-year': { severity: 'info', advice: 'A date in the text omits the year; the year was taken from the document.' },
  'convert/folio-from-run': { severity: 'info', advice: 'A damaged folio number was read from the run of folio numbers around it.' },
  'convert/recognized': { severity: 'info', advice: 'A structure the converter recognised (see the conversion report).' },
  'convert/nesting-too-deep': { severity: 'warning', advice: 'Transcription-convention markers are nested deeper than any real transcript needs (48 levels); the innermost are kept as literal text.' },

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
  'render/pdf-unavailable': { severity: 'warning', advice: 'Chromium or the optional package playwright-core was not found, so no PDF was made; the print HTML is written. Install them (apt-get install chromium; npm install playwright-core) or set TEIPRESS_CHROMIUM, then run `teipress render --to pdf`.' },
  'render/pdf-failed': { severity: 'error', advice: 'Chromium failed to print the PDF.' },

  // --- deposit: packaging an edition for a digital library ------------------------------
  'deposit/not-built': { severity: 'error', advice: 'The edition has not been built (dist/ or a document\'s rendered files are missing); run `teipress build` first, then deposit.' },
  'deposit/invalid-edition': { severity: 'error', advice: 'The edition has validation errors; fix them, or pass --allow-invalid to package it anyway (the package then says so in bag-info.txt and METS).' },
  'deposit/packaged-invalid': { severity: 'warning', advice: 'The edition was packaged with validation errors (--allow-invalid); bag-info.txt and the METS record say so.' },
  'deposit/symlink': { severity: 'error', advice: 'A symbolic link points outside the edition; nothing outside the edition is packaged. Replace the link by the file, or remove it.' },
  'deposit/out-exists': { severity: 'error', advice: 'The --out path exists; a deposit never overwrites it. Remove it or choose another path.' },
  'deposit/mets-invalid': { severity: 'error', advice: 'The METS record is not valid against METS 1.12.1 (a bug in teipress); please report it with the edition.' },
  'deposit/write-failed': { severity: 'error', advice: 'The package could not be written; nothing was left at --out.' },
  'deposit/no-documents': { severity: 'error', advice: 'The edition has no TEI files to package (looked in tei/*.xml).' },

  // --- verify: re-checking a BagIt bag ---------------------------------------------------
  'verify/not-a-bag': { severity: 'error', advice: 'The path is not a bag: a folder with bagit.txt, a data/ folder and a payload manifest.' },
  'verify/bagit-txt': { severity: 'error', advice: 'bagit.txt must hold exactly "BagIt-Version: M.N" and "Tag-File-Character-Encoding: ENC", in UTF-8 without a byte order mark.' },
  'verify/tag-encoding': { severity: 'error', advice: 'A tag file cannot be read in the encoding bagit.txt declares.' },
  'verify/manifest-line': { severity: 'error', advice: 'A manifest line must be "checksum filepath".' },
  'verify/bag-info': { severity: 'warning', advice: 'A bag-info.txt line is neither "Label: value" nor an indented continuation.' },
  'verify/path-escape': { severity: 'error', advice: 'A manifest or fetch.txt path leaves the bag (absolute, or climbing out with ..), or a payload path is not under data/.' },
  'verify/path-form': { severity: 'warning', advice: 'A manifest path is written in a form BagIt does not use (a leading ./, or md5sum\'s * marker); it was read without it.' },
  'verify/duplicate-entry': { severity: 'error', advice: 'A manifest lists the same file twice (BagIt 1.0 forbids it; in 0.9x bags a repeat with the same checksum is only a warning).' },
  'verify/name-collision': { severity: 'warning', advice: 'Two manifest entries differ only in letter case or Unicode normalisation: they cannot coexist on every file system.' },
  'verify/missing-file': { severity: 'error', advice: 'A file listed in a manifest is not in the bag (the bag is incomplete).' },
  'verify/unlisted-file': { severity: 'error', advice: 'A payload file is not listed in every payload manifest.' },
  'verify/checksum': { severity: 'error', advice: 'A file\'s checksum differs from its manifest entry: the file changed or is damaged.' },
  'verify/oxum': { severity: 'error', advice: 'Payload-Oxum (octets.count) in bag-info.txt does not match the payload.' },
  'verify/fetch': { severity: 'warning', advice: 'fetch.txt lists a URL; teipress never fetches it. Fetch the file yourself if it is missing.' },
  'verify/system-file': { severity: 'warning', advice: 'An operating-system file (.DS_Store, Thumbs.db, …) is listed or present; file copies often drop or add these.' },
  'verify/symlink': { severity: 'error', advice: 'The bag holds a symbolic link; a bag holds files only, and a link may point outside it.' },
  'verify/algorithm': { severity: 'warning', advice: 'A manifest uses a checksum algorithm this runtime cannot compute; it was not checked.' },
  'verify/unreadable': { severity: 'error', advice: 'A file of the bag could not be read.' },

  // --- cli and build --------------------------------------------------------------------
  'cli/usage': { severity: 'error', advice: 'See `teipress --help`.' },
  'build/no-input': { severity: 'error', advice: 'No transcripts were found (looked for transcripts/*.txt).' },
  'build/cache-unusable': { severity: 'warning', advice: 'The build cache (.teipress/cache at the edition\'s root) is not a folder of teipress\'s own (a file or a symbolic link stands there); the build ran in full without it. Remove what stands there.' },
  'build/config': { severity: 'error', advice: 'teipress.config.json is not valid JSON of the documented shape.' },
  'build/internal': { severity: 'error', advice: 'An internal error (a bug in teipress); please report it with the input.' },
  'build/locked': { severity: 'error', advice: 'Another build of this edition is running (its process id is in .teipress.lock); wait for it to end. A lock whose process is gone is removed by the next build.' },
  'build/dist-not-ours': { severity: 'error', advice: 'The dist folder was not made by teipress (it has no .teipress-dist marker) and is not empty; a build only replaces its own folders. Move it away or choose another "dist".' },
  'build/manifest-corrupt': { severity: 'warning', advice: 'tei/.teipress-manifest.json is not valid; it is rebuilt from the TEI files that match what their transcripts give now, and any other file counts as edited (kept, not overwritten).' },
  'build/shard-missing': { severity: 'error', advice: 'teipress merge needs the records of every shard (build --shard K/N for K = 1…N, with the same options); build the missing ones, then merge again.' },
  'build/write-failed': { severity: 'error', advice: 'A file or folder could not be written (permissions, a file where a folder should be, a full disk); the message names the path and the system\'s reason.' },
} as const satisfies Record<string, RuleSpec>;

/** Every rule id teipress can report. */
export type RuleId = keyof typeof rules;

/** Returns the catalog entry for a rule. */
export function ruleSpec(id: RuleId): RuleSpec {
  return rules[id];
}

/** All rule ids, in catalog order (for documentation and tests). */
export const ruleIds = Object.keys(rules) as RuleId[];

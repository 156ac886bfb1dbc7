import { worldGazetteer } from './gazetteer.js';
import { englishDates } from './locale-en.js';
import type { DateLocale, DateOrder, Gazetteer } from './locale.js';
import type { Profile } from './profile.js';
import type { RecordKey } from '../ir/nodes.js';

/** The bracketed remarks of an English transcriber that stay editorial notes. */
export const ENGLISH_EDITORIAL_REMARKS: readonly string[] = [
  'initials', 'initialled', 'initialed', 'signature', 'signed', 'seal', 'stamp', 'stamped', 'illegible', 'marginal', 'margin',
  'handwritten', 'typed', 'manuscript', 'enclosure', 'attachment', 'annotation', 'annotated', 'blank', 'torn', 'damaged',
  'page', 'continued', 'sic', 'text', 'not printed', 'omitted', 'end', 'begin', 'deleted', 'crossed out', 'note', 'notes',
  'footnote', 'illustration', 'photo', 'photograph', 'map', 'table', 'chart', 'drawing', 'emblem', 'letterhead', 'logo', 'crest',
];

/** The profile's date words, English when the profile names none. */
export function dateLocaleOf(profile: Profile): DateLocale {
  return profile.dates ?? englishDates;
}

/** The profile's order of all-numeric dates (month first when it names none). */
export function dateOrderOf(profile: Profile): DateOrder {
  return profile.dateOrder ?? 'mdy';
}

/** The profile's gazetteer (the built-in world list when it names none). */
export function gazetteerOf(profile: Profile): Gazetteer {
  return profile.gazetteer ?? worldGazetteer;
}

/** English form labels that name record metadata (identification forms, withdrawal sheets). */
export const ENGLISH_FORM_LABELS: Readonly<Record<string, RecordKey>> = {
  'record number': 'record', 'record no.': 'record', 'record id': 'record', agency: 'agency', originator: 'originator',
  'originating agency': 'originator', date: 'date', 'document date': 'date', pages: 'pages', 'number of pages': 'pages',
  classification: 'classification',
};

/** The profile's form labels of record metadata (English when it names none). */
export function formLabelsOf(profile: Profile): Readonly<Record<string, RecordKey>> {
  return profile.formLabels ?? ENGLISH_FORM_LABELS;
}

/** The words of an English continuation line at a page foot. */
export const ENGLISH_CONTINUATION_WORDS: readonly string[] = ['continued', "cont'd", 'contd', 'p.t.o.', 'over'];

/** The profile's continuation words (English when it names none). */
export function continuationWordsOf(profile: Profile): readonly string[] {
  return profile.continuationWords ?? ENGLISH_CONTINUATION_WORDS;
}

/** The short English words a title keeps in lower case (`Grain Shipments to the Ports`), with name particles. */
export const ENGLISH_TITLE_WORDS: readonly string[] = ['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'upon', 'de', 'du', 'la', 'von', 'van'];

/** The profile's lower-case title words (English when it names none). */
export function titleWordsOf(profile: Profile): readonly string[] {
  return profile.titleWords ?? ENGLISH_TITLE_WORDS;
}

/** The English marks of a conformed signature (`(Signed)`, `(Sgd.)`). */
export const ENGLISH_SIGNATURE_MARKS: readonly string[] = ['signed', 'sgd'];

/** The profile's marks of a conformed signature (English when it names none). */
export function signatureMarksOf(profile: Profile): readonly string[] {
  return profile.signatureMarks ?? ENGLISH_SIGNATURE_MARKS;
}

/** The profile's editorial-remark words (English when it names none). */
export function editorialRemarksOf(profile: Profile): readonly string[] {
  return profile.editorialRemarks ?? ENGLISH_EDITORIAL_REMARKS;
}

/** The English phrases that announce a text quoted whole in a telegram (`Begin text.`). */
export const ENGLISH_QUOTE_OPENS: readonly string[] = ['begin text', 'begin verbatim text'];

/** The English phrases that close a quoted text (`End text.`). */
export const ENGLISH_QUOTE_CLOSES: readonly string[] = ['end text', 'end verbatim text'];

/** The profile's quotation openers (English when it names none). */
export function quoteOpensOf(profile: Profile): readonly string[] {
  return profile.quoteOpens ?? ENGLISH_QUOTE_OPENS;
}

/** The profile's quotation closes (English when it names none). */
export function quoteClosesOf(profile: Profile): readonly string[] {
  return profile.quoteCloses ?? ENGLISH_QUOTE_CLOSES;
}

/** The English phrase that opens a line ending a text (`END OF MESSAGE`, `End of text`). */
export const ENGLISH_TEXT_ENDS: readonly string[] = ['end of'];

/** The profile's phrases that open a text's end line (English when it names none). */
export function textEndsOf(profile: Profile): readonly string[] {
  return profile.textEnds ?? ENGLISH_TEXT_ENDS;
}

/**
 * A profile is data describing an archive's furniture and document conventions: which words
 * make a stamp, which classification levels and caveats exist, which abbreviations name
 * repositories and collections, which field names head telegrams and memoranda. Recognisers
 * combine a profile with the form of a line (its shape, position and repetition).
 */
import type { DateLocale, DateOrder, Gazetteer } from './locale.js';
import type { RecordKey } from '../ir/nodes.js';

export interface StampPattern {
  /** `stamp/@type`. */
  readonly type: string;
  /** Keywords, any one of which marks the stamp (matched tolerantly against OCR damage). */
  readonly keywords: readonly string[];
  /** Regular expressions (source text, case-insensitive) that mark it exactly. */
  readonly patterns?: readonly string[];
}

export interface Profile {
  readonly name: string;
  readonly stamps: readonly StampPattern[];
  /** Classification levels, highest first: printed form → normalised key. */
  readonly classificationLevels: readonly { readonly printed: string; readonly key: string }[];
  /** Handling caveats and dissemination controls that may follow or stand without a level. */
  readonly caveats: readonly string[];
  /** Abbreviation → repository name (archival citation, first field). */
  readonly repositories: Readonly<Record<string, string>>;
  /** Abbreviation → collection name. */
  readonly collections: Readonly<Record<string, string>>;
  /** Words that mark an archival citation (box, folder, record group…). */
  readonly citationWords: readonly string[];
  /** Header field names of telegrams and memoranda, lower-case → field type. */
  readonly fields: Readonly<Record<string, string>>;
  /** Words that open a salutation. */
  readonly salutations: readonly string[];
  /** How an address block opens (lower-case): it is not a signature (`the honorable`, `his excellency`). */
  readonly addressOpeners: readonly string[];
  /** Complimentary closes (lower-case, without the trailing comma). */
  readonly closings: readonly string[];
  /** Heading words → document kind. */
  readonly documentKinds: Readonly<Record<string, string>>;
  /** Abbreviations that do not end a sentence (`Mr.`, `Gen.` …): a paragraph ending in one continues. */
  readonly abbreviations: readonly string[];
  /** Telegram reference words (`Yourtel 1606`, `Deptel 42`). */
  readonly references: readonly string[];
  /** Paragraph portion marks (`(S)`, `(TS//NF)`): the mark's level → normalised level. */
  readonly portionMarks: Readonly<Record<string, string>>;
  /** Two-digit years are read as this century (e.g. 1900 → `62` is 1962). */
  readonly century: number;
  /** Month and ordinal words, relative-date words, clock words (default: English, `src/profiles/locale-en.ts`). */
  readonly dates?: DateLocale;
  /** The order of all-numeric dates (default `mdy`). */
  readonly dateOrder?: DateOrder;
  /** Places datelines name → IANA time zone, for the offset of a dated time. */
  readonly gazetteer?: Gazetteer;
  /** Words that make a name an organisation's (`Department`, `Ministry`, `Foreign Office`). */
  readonly organisationWords?: readonly string[];
  /** First words of a bracketed remark that stays an editorial note (`[initials]`, `[signature]`), lower-case. */
  readonly editorialRemarks?: readonly string[];
  /** Form labels that name record metadata, lower-case label words → what they name. */
  readonly formLabels?: Readonly<Record<string, RecordKey>>;
  /** Words of a continuation line at a page foot (`continued`, `p.t.o.`), lower-case. */
  readonly continuationWords?: readonly string[];
  /** Short words a title in mixed case, or an office under a signature, keeps in lower case (`of`, `the`, `to`), lower-case. */
  readonly titleWords?: readonly string[];
  /** Words of the mark before a conformed signature (`(Signed)`, `(Sgd.)`), lower-case. */
  readonly signatureMarks?: readonly string[];
  /** Phrases that announce a text quoted whole (`begin text`), lower-case words; each stands as a sentence of its own. */
  readonly quoteOpens?: readonly string[];
  /** Phrases that close a quoted text (`end text`), lower-case words; each stands as a sentence of its own. */
  readonly quoteCloses?: readonly string[];
  /** Phrases that open a line ending a text (`end of` in `END OF MESSAGE`), lower-case words; a word follows them. */
  readonly textEnds?: readonly string[];
}

/** A user's partial override: arrays replace or (with `extend`) add; records merge. */
export type ProfileOverride = Partial<{ -readonly [K in keyof Profile]: Profile[K] }> & { extend?: boolean };

const isString = (v: unknown): boolean => typeof v === 'string';
const RECORD_KEYS: readonly RecordKey[] = ['record', 'agency', 'originator', 'date', 'pages', 'classification'];
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
/** Phrases of words: each holds a letter and has no white space at its edges (it is matched word by word). */
const isPhrases = (v: unknown): boolean => isStrings(v) && (v as string[]).every((s) => /^[^ \t\n\r]+(?:[ \t]+[^ \t\n\r]+)*$/u.test(s) && /\p{L}/u.test(s));
const isRecordOf = (v: unknown): boolean => isRecord(v) && Object.values(v).every(isString);
const compiles = (p: unknown): boolean => {
  try {
    new RegExp(String(p), 'iu');
    return true;
  } catch {
    return false;
  }
};
const isStamp = (v: unknown): boolean => isRecord(v) && isString(v.type) && isStrings(v.keywords) && (v.patterns === undefined || (isStrings(v.patterns) && (v.patterns as unknown[]).every(compiles)));
const isLevel = (v: unknown): boolean => isRecord(v) && isString(v.printed) && isString(v.key);

/** The shape each override key must have (the built-in profile's own shape). */
const SHAPES: Readonly<Record<keyof Profile | 'extend', (v: unknown) => boolean>> = {
  extend: (v) => typeof v === 'boolean',
  name: isString,
  stamps: (v) => Array.isArray(v) && v.every(isStamp),
  classificationLevels: (v) => Array.isArray(v) && v.every(isLevel),
  caveats: isStrings,
  repositories: isRecordOf,
  collections: isRecordOf,
  citationWords: isStrings,
  fields: isRecordOf,
  salutations: isStrings,
  addressOpeners: isStrings,
  closings: isStrings,
  documentKinds: isRecordOf,
  abbreviations: isStrings,
  references: isStrings,
  portionMarks: isRecordOf,
  century: (v) => Number.isInteger(v),
  // The locale tables are merged as a whole record; their inner shape is the JSON Schema's to check.
  dates: isRecord,
  dateOrder: (v) => v === 'mdy' || v === 'dmy',
  gazetteer: isRecordOf,
  organisationWords: isStrings,
  editorialRemarks: isStrings,
  continuationWords: isStrings,
  signatureMarks: isStrings,
  titleWords: isStrings,
  quoteOpens: isPhrases,
  quoteCloses: isPhrases,
  textEnds: isPhrases,
  formLabels: (v) => isRecord(v) && Object.values(v).every((k) => RECORD_KEYS.includes(k as RecordKey)),
};

/**
 * The keys of a profile override (parsed JSON, of any shape) that cannot be used: unknown
 * keys and values of the wrong shape (including stamp patterns that are not regular
 * expressions). Empty when the override can be merged as it is.
 */
export function profileOverrideProblems(override: unknown): string[] {
  if (override === undefined) return [];
  if (!isRecord(override)) return ['the profile override must be an object'];
  return Object.entries(override).flatMap(([k, v]) => {
    const shape = (SHAPES as Readonly<Record<string, (v: unknown) => boolean>>)[k];
    if (!shape) return [`"${k}" is not a profile key`];
    return shape(v) ? [] : [`"${k}" does not have the shape of the built-in profile's "${k}"`];
  });
}

/**
 * Merges a user override into a base profile. Records are merged key by key; arrays replace
 * the base unless `extend` is true, in which case they are appended. Keys of the wrong shape
 * (see `profileOverrideProblems`, which reports them) are left out rather than merged, so a
 * bad override never reaches a recogniser.
 */
export function mergeProfile(base: Profile, override: ProfileOverride | undefined): Profile {
  if (!isRecord(override)) return base;
  const out: Record<string, unknown> = { ...base };
  const extend = override.extend === true;
  for (const [key, value] of Object.entries(override)) {
    const shape = (SHAPES as Readonly<Record<string, (v: unknown) => boolean>>)[key];
    if (key === 'extend' || value === undefined || !shape?.(value)) continue;
    const current = (base as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value) && Array.isArray(current)) out[key] = extend ? [...current, ...value] : value;
    else if (isRecord(value) && isRecord(current)) out[key] = { ...current, ...value };
    else out[key] = value;
  }
  return out as unknown as Profile;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The Transcript tree: teipress's own typed intermediate representation. Structure is decided
 * here; TEI is only an output of it. Every node carries the transcript position it came from:
 * a block or milestone as a `Position`, a phrase-level node (text, line break, span, date, gap)
 * as its offset alone, whose line and column the transcript's `LineIndex` gives
 * (`inlinePosition`): they are most of a document's nodes, and a position object each was a
 * quarter of a large letter's IR.
 */
import type { LineIndex, Position } from './position.js';

/** Page furniture kinds (`fw/@type` in TEI). */
export type FurnitureKind =
  | 'pageNum'
  | 'stamp'
  | 'classification'
  | 'archival-citation'
  | 'folio'
  | 'idno'
  | 'archival-date'
  | 'running-head'
  | 'handling'
  | 'unclassified'
  /** A continuation line at a page foot (`(Continued)`): `fw type="catch"`. */
  | 'catch';

/** A page begins. `inferred` when no printed number gave `n` or the break itself. */
export interface PageBreak {
  readonly type: 'pb';
  readonly n: string;
  readonly inferred: boolean;
  readonly pos: Position;
  /** The page turns inside a word (`negoti-` / `ations`): `break="no"`. */
  readonly noBreak?: boolean;
}

/** A piece of page furniture, kept as printed. */
export interface Furniture {
  readonly type: 'fw';
  readonly kind: FurnitureKind;
  place?: 'top' | 'bottom';
  /** Normalised value: page or folio number, classification level. */
  n?: string;
  /** True when `n` was read from the run rather than the printed text. */
  nInferred?: boolean;
  /** For stamps: declassification, release, received, sanitized, date, other. */
  readonly stampType?: string;
  readonly children: Inline[];
  readonly pos: Position;
}

/** Milestones that may fall inside a paragraph: page breaks, page furniture, footnotes. */
export type Milestone = PageBreak | Furniture | EditorialNote;

/**
 * A run of text. It carries its place as the transcript offset alone, not a `Position` (as
 * line breaks, spans, dates and gaps do): text nodes are most of a document's nodes, and a
 * position object a node cost some 6 MB of the 26 MB IR of a 5 MB letter (issue 7: converting
 * is bounded at 10× the input). `inlinePosition` gives its line and column, from the
 * transcript's `LineIndex`.
 */
export interface Text {
  readonly type: 'text';
  readonly value: string;
  /** The transcript offset (UTF-16 code units) of its first character. */
  readonly offset: number;
}
export interface LineBreak {
  readonly type: 'lb';
  /** The break splits a word (the source line ended in a hyphen). */
  readonly noBreak: boolean;
  /** The transcript offset of the break (see `Text`: a node of every line). */
  readonly offset: number;
}
/**
 * Inline containers. `sic` (an error of the source kept as written), `corr` (the editor's
 * correction, inside a `choice` with its `sic`), `supplied` (a word the editor supplied),
 * `placeName` (the place of a dateline).
 */
export interface Span {
  readonly type: 'del' | 'add' | 'unclear' | 'q' | 'ref' | 'seg' | 'label' | 'sic' | 'corr' | 'choice' | 'supplied' | 'placeName';
  readonly children: Inline[];
  /** The transcript offset where it begins (see `Text`). */
  readonly offset: number;
  readonly attrs?: Readonly<Record<string, string>>;
}
export interface DateNode {
  readonly type: 'date';
  readonly when?: string;
  readonly from?: string;
  readonly to?: string;
  /** Part of the value (usually the year) was inferred from the document. */
  readonly inferred: boolean;
  readonly children: Inline[];
  /** The transcript offset where it begins (see `Text`). */
  readonly offset: number;
}
export interface Gap {
  readonly type: 'gap';
  readonly reason: 'illegible' | 'redacted';
  /** The transcriber's words inside the marker (kept as `desc`). */
  readonly desc: string;
  readonly extent?: string;
  /** The transcript offset where it begins (see `Text`). */
  readonly offset: number;
}

/** Anything inside a paragraph or phrase-level element. */
export type Inline = Text | LineBreak | Span | DateNode | Gap | Milestone;

export interface Paragraph {
  readonly type: 'p';
  readonly children: Inline[];
  readonly pos: Position;
}
export interface Heading {
  readonly type: 'head';
  readonly children: Inline[];
  readonly pos: Position;
}
/** A block that belongs nowhere else (kept and reported), or a mid-document heading. */
export interface AnonymousBlock {
  readonly type: 'ab';
  readonly abType: 'unclassified' | 'heading';
  readonly children: Inline[];
  readonly pos: Position;
}

export interface Dateline {
  readonly type: 'dateline';
  readonly children: Inline[];
  readonly pos: Position;
}
export interface Salute {
  readonly type: 'salute';
  readonly children: Inline[];
  readonly pos: Position;
}
/** A labelled header field (To:, From:, Subject:) or a handling caveat (`label` empty). */
export interface Field {
  readonly type: 'field';
  readonly fieldType: string;
  readonly label: Inline[];
  readonly value: Inline[];
  readonly pos: Position;
  /** The value as a list, one entry a line (participants with more header fields after them): it stands inside the field, and `value` is then empty. */
  readonly entries?: ListEntry[];
}
export interface Signed {
  readonly type: 'signed';
  readonly children: Inline[];
  readonly pos: Position;
}
export interface Address {
  readonly type: 'address';
  readonly lines: { readonly children: Inline[]; readonly pos: Position }[];
  readonly pos: Position;
}
export interface EditorialNote {
  readonly type: 'note';
  readonly children: Inline[];
  readonly pos: Position;
  /** `type` (default `editorial`), and for a footnote `place="foot"` and its number `n`. */
  readonly attrs?: Readonly<Record<string, string>>;
}

export type OpenerItem = Dateline | Salute | Field | Address | Milestone | EditorialNote;
export type CloserItem = Salute | Signed | Address | EditorialNote | Field | Milestone | Dateline;

export interface Opener {
  readonly type: 'opener';
  readonly children: OpenerItem[];
  readonly pos: Position;
}
export interface Closer {
  readonly type: 'closer';
  readonly children: CloserItem[];
  readonly pos: Position;
}
export interface Postscript {
  readonly type: 'postscript';
  readonly children: Paragraph[];
  readonly pos: Position;
}

/** One entry of a list: its printed label (`2.`, `(b)`, a form's `AGENCY :`) and its content: paragraphs, and the lettered items under a numbered one as a list of their own. */
export interface ListEntry {
  readonly label: Inline[];
  readonly children: (Paragraph | ListNode)[];
  readonly pos: Position;
  /** The label's id, when its value stands elsewhere (a form's value block). */
  readonly id?: string;
  /** The id of the label this entry's value belongs to. */
  readonly corresp?: string;
}
/**
 * A list: numbered or lettered paragraphs (`numbered`), a header's participants
 * (`participants`, with its printed heading), a form's labels and values (`form`), a header's
 * labelled fields that follow its participants (`fields`: no opener may stand after a list).
 * Participants with other header fields after them are a list inside their field (`Field.entries`).
 */
export interface ListNode {
  readonly type: 'list';
  readonly listType: 'numbered' | 'participants' | 'form' | 'fields';
  readonly head?: Inline[];
  readonly entries: ListEntry[];
  readonly pos: Position;
}

/**
 * A text quoted whole inside a document (a letter after `Begin text` in a telegram), with its
 * own opener, body and closer: `quote/floatingText/body` in TEI.
 */
export interface QuotedText {
  readonly type: 'quotedText';
  readonly parts: DocPart[];
  readonly pos: Position;
}

/** A cell of a table row: its text. */
export interface TableCell {
  readonly children: Inline[];
  readonly pos: Position;
}
/** A row of a table; `label`: a row of column heads (`TO    ACTION    INITIALS`). */
export interface TableRow {
  readonly role?: 'label';
  readonly cells: TableCell[];
  readonly pos: Position;
}
/** Lines whose words stand in columns (a routing slip's rows under their column heads): `table/row/cell` in TEI. */
export interface TableNode {
  readonly type: 'table';
  readonly rows: TableRow[];
  readonly pos: Position;
}

export type DocPart = Milestone | Heading | Opener | Paragraph | AnonymousBlock | Closer | Postscript | ListNode | QuotedText | TableNode;

/** The kinds of document (`div/@subtype`), as data so that values from users can be checked. */
export const DOCUMENT_KINDS = ['letter', 'telegram', 'memorandum', 'report', 'document'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One document of a transcript (a transcript may hold several). */
export interface DocumentNode {
  readonly type: 'document';
  kind: DocumentKind;
  readonly n: number;
  readonly parts: DocPart[];
  readonly pos: Position;
  /** ISO date of the document (from its dateline or metadata), when known. */
  date?: string;
  /** Highest classification level found in the document (normalised, e.g. `top-secret`). */
  classification?: string;
  /** Sender and addressee as the document's own header fields give them (FROM:, TO:). */
  sender?: string;
  addressee?: string;
}

/** A decision the converter made, for the conversion report. */
export interface Decision {
  readonly document: number;
  readonly line: number;
  readonly column: number;
  /** What was recognised, e.g. `stamp`, `pb (inferred)`, `folio`. */
  readonly what: string;
  /** The recogniser rule that decided it. */
  readonly rule: string;
  readonly text: string;
}

/** The parsed archival citation, reconciled over its copies. */
export interface ArchivalCitation {
  readonly reading: string;
  readonly copies: number;
  readonly repository?: string;
  readonly collection?: string;
  readonly folder?: string;
  readonly from?: string;
  readonly to?: string;
  readonly range?: string;
}

/** The whole converted transcript. */
export interface Transcript {
  readonly type: 'transcript';
  readonly documents: DocumentNode[];
  readonly decisions: Decision[];
  citation?: ArchivalCitation;
  /** The archival document number found in a page head, if any. */
  documentNumber?: string;
  /** Conventions and normalisations applied (for encodingDesc). */
  readonly applied: Set<string>;
  /** Lines whose best and second-best labels scored close, for the editor to look at. */
  closeCalls?: CloseCall[];
  /** Record metadata read from a form page's labels (record number, agency, originator …). */
  record?: RecordMetadata;
}

/** What a form label may name of the record (the profile's `formLabels` map label words to these). */
export type RecordKey = 'record' | 'agency' | 'originator' | 'date' | 'pages' | 'classification';

/** Record metadata from a form page: the printed value of each label, and a date's ISO form. */
export interface RecordMetadata {
  readonly values: Readonly<Partial<Record<RecordKey, string>>>;
  /** The ISO date of the `date` label's value, when it parsed. */
  readonly when?: string;
  /** The classification level's key, when the value names one of the profile. */
  readonly classification?: string;
}

/** A line the candidates pass decided by a small margin. */
export interface CloseCall {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** The chosen label and its score, the runner-up and its score. */
  readonly best: { readonly label: string; readonly score: number; readonly evidence: readonly string[] };
  readonly second: { readonly label: string; readonly score: number };
}

/** Where an inline node begins: a node that carries an offset through `index`, a milestone by its own position. */
export function inlinePosition(n: Inline, index: LineIndex): Position {
  return 'pos' in n ? n.pos : index.at(n.offset);
}

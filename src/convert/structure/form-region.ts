import type { Item } from './items.js';

/** A form label at the line start: one to five words in capitals, then a colon (`RECORD NUMBER :`). */
export const FORM_LABEL = /^[^\p{L}\d]{0,2}(\p{Lu}[\p{Lu}.&/'-]*(?:[ \t]+\p{Lu}[\p{Lu}.&/'-]*){0,4})[ \t]*[:;]/u;
/** Labels that make a form: this many within `SPAN` lines, no more than `MAX_RUN` lines apart. */
const MIN_LABELS = 8;
const SPAN = 60;
const MAX_RUN = 8;

/** Counts form-label lines of an item; none in a long block of prose (`X: …` inside cable text). */
const labelsIn = (it: Item) => {
  const n = it.lines.filter((l) => FORM_LABEL.test(l.text) && l.text.length <= 90).length;
  return it.lines.length >= 6 && n * 3 < it.lines.length ? 0 : n;
};
/** Counts labels standing with no value (`TITLE :`; `EMPTY_LABEL`): a form's blanks, which a memo's or cable's header lacks. */
const blanksIn = (it: Item) => labelsIn(it) === 0 ? 0 : it.lines.filter((l) => EMPTY_LABEL.test(l.text)).length;
export const EMPTY_LABEL = /^[^\p{L}\d]{0,2}\p{Lu}[\p{Lu}.&/'-]*(?:[ \t]+\p{Lu}[\p{Lu}.&/'-]*){0,4}[ \t]*[:;][^\p{L}\d]*$/u;
/** Blank labels a form has at least, or labels that are no memo or cable header field. */
const MIN_BLANKS = 3;
const MIN_FOREIGN = 5;
/**
 * A short form (a withdrawal sheet, a routing slip) has fewer labels; it is still a form when
 * nearly all of them are no header field of the profile: a memo's or cable's header is never
 * mostly unknown labels.
 */
const SHORT_FORM = { labels: 5, foreign: 4 };
/** A short form is a dense column: its labels are at least this share of its lines (no header swallowed with debris). */
const SHORT_DENSITY = 0.5;
const foreignIn = (it: Item, known: (label: string) => boolean) => labelsIn(it) === 0 ? 0 : it.lines.filter((l) => {
  const m = FORM_LABEL.exec(l.text);
  return m !== null && !known(m[1]!.toLowerCase());
}).length;

/**
 * A form page: a column of `LABEL :` lines (an identification form, a withdrawal sheet, a
 * routing slip), at least `MIN_LABELS` of them within `SPAN` lines, `MIN_BLANKS` of them with
 * no value beside them or `MIN_FOREIGN` labels that are no header field of the profile (a
 * memorandum's or cable's header is a column of labels too, but of known ones, with values),
 * or a column of blank labels with their values in the block after it (see `valuesAfter`).
 * Returns the index range of the items from its first to its last label (and that block of
 * values, with the last line of that block: a value OCR read as furniture, a code `B`, stands
 * up to it), or undefined. A form is a page: it ends where the page turns (`turnsBefore`), or
 * where `MAX_RUN` lines pass without a label.
 */
export function formRegion(items: readonly Item[], from: number, turnsBefore: (it: Item) => boolean, known: (label: string) => boolean, lineAfter?: (line: number) => number): { start: number; end: number; valuesTo?: number } | undefined {
  for (let s = from; s < items.length; ) {
    const r = regionAt(items, s, turnsBefore, known);
    if (!r) return undefined;
    // Most of a header's labels are the profile's fields; most of a form's are not.
    const formLike = r.foreign * 2 >= r.count && (r.blanks >= MIN_BLANKS || r.foreign >= MIN_FOREIGN);
    const dense = r.count >= r.span * SHORT_DENSITY;
    const short = r.count >= SHORT_FORM.labels && r.foreign >= SHORT_FORM.foreign && r.foreign * 4 >= r.count * 3 && dense;
    // A form by its labels alone still takes the block of values after its column of blanks.
    const values = valuesAfter(items, r, turnsBefore, known, lineAfter);
    if ((r.count >= MIN_LABELS && formLike) || short || values) return { start: r.start, end: Math.max(r.end, values?.end ?? -1), ...(values ? { valuesTo: values.lastLine } : {}) };
    s = r.end + 1;
  }
  return undefined;
}

/** Blank labels a column has at least for its values to be read from the block after it. */
const PAIRED_MIN = 3;
/** A value of a form's column: a short line that ends no sentence of prose. */
const valueLine = (text: string) => text.length <= 60 && !/\p{Ll}{2,}[.!?]["'”’)]*$/u.test(text);

/**
 * A column of blank labels at a region's start, most of them no header field of the profile,
 * with the block right after it holding one value line per label and no label: OCR of a
 * two-column form (a withdrawal sheet) gives the values so, in the labels' order. The pairing
 * itself makes the form, however few its labels; a memorandum's blank header fields are the
 * profile's own. The block begins at the first line of any item after the labels (`lineAfter`:
 * furniture too, which `items` may leave out). Returns the index of the last item of the values
 * and the block's last line, or undefined.
 */
function valuesAfter(items: readonly Item[], r: Region, turnsBefore: (it: Item) => boolean, known: (label: string) => boolean, lineAfter?: (line: number) => number): { end: number; lastLine: number } | undefined {
  let col = 0;
  let foreign = 0;
  let k = r.start;
  for (; k <= r.end && items[k]!.lines.every((l) => EMPTY_LABEL.test(l.text)); k++) {
    col += items[k]!.lines.length;
    foreign += foreignIn(items[k]!, known);
  }
  if (col < PAIRED_MIN || foreign * 2 < col) return undefined;
  // The block of values: as many lines as labels from its first (itemizing splits the block,
  // and a value read as furniture, a code `B`, is no content item but still one of its lines).
  const labelsEnd = items[k - 1]!.lines.at(-1)!.pos.line;
  const firstLine = lineAfter ? lineAfter(labelsEnd) : (items[k]?.pos.line ?? 0);
  const lastLine = firstLine + col - 1;
  let end = -1;
  for (; k < items.length && items[k]!.pos.line <= lastLine; k++) {
    const it = items[k]!;
    if (turnsBefore(it) || !it.lines.every((l) => l.pos.line <= lastLine && valueLine(l.text) && !FORM_LABEL.test(l.text))) return undefined;
    end = k;
  }
  // The block ends there: the next line of content stands after a gap.
  const ends = end >= 0 && (items[k] === undefined || items[k]!.pos.line > lastLine + 1);
  return ends && items[end]!.lines.at(-1)!.pos.line >= lastLine - 1 ? { end, lastLine } : undefined;
}

/**
 * A header field with its value (`SUBJECT: Dues`), after lines that are no labels, once the
 * labels already make a form: a memorandum's header begins under the form (its dateline, its
 * banner between), and the form does not take it in.
 */
const headerAfterForm = (it: Item, since: number, count: number) => it.kind === 'field' && since > 0 && count >= MIN_LABELS;

interface Region {
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly blanks: number;
  readonly foreign: number;
  /** Lines from the first label's item to the last's. */
  readonly span: number;
}

function regionAt(items: readonly Item[], from: number, turnsBefore: (it: Item) => boolean, known: (label: string) => boolean): Region | undefined {
  let blanks = 0;
  let foreign = 0;
  let start = -1;
  let end = -1;
  let count = 0;
  let lines = 0;
  let since = 0;
  let span = 0;
  for (let i = from; i < items.length; i++) {
    const it = items[i]!;
    const n = labelsIn(it);
    if (start < 0) {
      if (n) start = end = i;
      else continue;
    } else if (turnsBefore(it) || since > MAX_RUN || lines > SPAN || headerAfterForm(it, since, count)) break;
    count += n;
    blanks += blanksIn(it);
    foreign += foreignIn(it, known);
    lines += it.lines.length;
    since = n ? 0 : since + it.lines.length;
    if (n) {
      end = i;
      span = lines;
    }
  }
  return start >= 0 ? { start, end, count, blanks, foreign, span } : undefined;
}

/**
 * Header values in a later block. OCR of a header typed in two columns (labels on the left,
 * values on the right) gives the column of labels first, each with no value, and then the
 * column of values as a block of its own, one line per label in the same order. Each value
 * line is then the value of its label: a field of the label's type, with no printed label of
 * its own, where the line stands (text keeps its order). Pure, linear.
 */
import { FURNITURE_KINDS } from '../recognizers/index.js';
import type { Line } from '../scan-lines.js';
import { trimEdges } from '../white-space.js';
import type { Profile } from '../../profiles/profile.js';
import type { Item } from './items.js';

/** Blank header fields a column has at least (one blank label over a block is a value that wraps onto the next line). */
const MIN_FIELDS = 2;
/** A value line: short, no label of its own, no sentence of prose. */
const valueLine = (l: Line) => l.text.length <= 60 && !/^\p{L}[\p{L} .&/-]{0,30}:/u.test(l.text) && !/\p{Ll}{2,}[.!?]["'”’)]*$/u.test(l.text);
/** A header field standing alone on its line with no value beside it (`FROM :`). */
const blankField = (it: Item) => it.kind === 'field' && it.lines.length === 1 && trimEdges(it.lines[0]!.text.slice(it.match.labelLength ?? 0)) === '';

/**
 * The value fields of a column of blank header fields, by the block that holds them; the blank
 * fields, which take no block; and items read anew (`readAs`): a label of the column whose colon
 * OCR lost (`FROM`) as its blank field, and one line of residue between the columns (a banner
 * OCR damaged, `con FIDENTIAL ah`) as unclassified furniture.
 */
export interface PairedValues {
  readonly values: ReadonlyMap<Item, readonly Item[]>;
  readonly blanks: ReadonlySet<Item>;
  readonly readAs: ReadonlyMap<Item, Item>;
}

/**
 * Finds each run of two or more blank header fields (with labels that lost their colon among
 * them) followed by a block of as many short value lines (only furniture between, or one line
 * of residue), and makes a field item of each line, typed as its label.
 */
export function pairedValues(items: readonly Item[], profile?: Profile): PairedValues {
  const values = new Map<Item, Item[]>();
  const blanks = new Set<Item>();
  const readAs = new Map<Item, Item>();
  for (let i = 0; i < items.length; ) {
    const fields = columnAt(items, i, profile);
    const j = i + fields.length;
    if (fields.filter((f, n) => f === items[i + n]).length < MIN_FIELDS) {
      i = Math.max(j, i + 1);
      continue;
    }
    // Furniture may stand between the two columns (a banner typed across the page), or one line of residue.
    let at = afterFurniture(items, j);
    let block = valueBlock(items, at, fields.length);
    const residue = !block && residueLine(items[at]) ? items[at] : undefined;
    if (residue) block = valueBlock(items, (at = afterFurniture(items, at + 1)), fields.length);
    if (block) {
      fields.forEach((f, n) => {
        blanks.add(items[i + n]!).add(f);
        if (f !== items[i + n]) readAs.set(items[i + n]!, f);
      });
      if (residue) readAs.set(residue, { kind: 'unclassified', match: { kind: 'unclassified', rule: 'unclassified/between-columns' }, lines: residue.lines, pos: residue.pos });
      const lines = block.flatMap((it) => it.lines);
      // The block's first item holds the value fields; its other items are taken by them.
      block.forEach((it, k) => values.set(it, k === 0 ? lines.map((line, n) => valueField(fields[n]!, line)) : []));
      i = at + block.length;
    } else i = j;
  }
  return { values, blanks, readAs };
}

const afterFurniture = (items: readonly Item[], at: number) => {
  while (at < items.length && FURNITURE_KINDS.has(items[at]!.kind)) at++;
  return at;
};

/** The column of blank fields from `i`: each a blank field, or a label whose colon OCR lost, as its field. */
function columnAt(items: readonly Item[], i: number, profile: Profile | undefined): Item[] {
  const out: Item[] = [];
  for (let k = i; k < items.length; k++) {
    const f = blankField(items[k]!) ? items[k]! : lostColon(items[k]!, profile);
    if (!f) break;
    out.push(f);
  }
  return out;
}

/** A label's end: white space and stray marks OCR left where its colon was. */
const LABEL_END = ' \t.,;\'"';

/** `text` without the marks of `LABEL_END` at its end, stripped by index (an end-anchored pattern is tried at every mark of a run: quadratic in a long run of spaces). */
function withoutLabelEnd(text: string): string {
  let end = text.length;
  while (end > 0 && LABEL_END.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A line that is a field label of the profile with no colon (`FROM`), as a blank field of its type; undefined otherwise. */
function lostColon(it: Item, profile: Profile | undefined): Item | undefined {
  if (!profile || it.lines.length !== 1 || (it.kind !== 'heading' && it.kind !== 'text')) return undefined;
  const text = it.lines[0]!.text;
  const key = withoutLabelEnd(text).toLowerCase();
  if (!/^\p{Lu}/u.test(text) || !Object.hasOwn(profile.fields, key)) return undefined;
  return { kind: 'field', match: { kind: 'field', rule: 'field/label-without-colon', value: profile.fields[key]!, labelLength: text.length }, lines: it.lines, pos: it.pos };
}

/** One short line of no sentence between the columns: OCR residue of a banner. */
const residueLine = (it: Item | undefined) => it !== undefined && (it.kind === 'text' || it.kind === 'heading') && it.lines.length === 1 && it.lines[0]!.text.length <= 40 && !/\p{Ll}{2,}[.!?]["'”’)]*$/u.test(it.lines[0]!.text);

/**
 * The items of one block of `count` value lines from `at` (itemizing splits a block: a date
 * line is a dateline of its own), line after line, ending with the block; or undefined.
 */
function valueBlock(items: readonly Item[], at: number, count: number): Item[] | undefined {
  const out: Item[] = [];
  let lines = 0;
  for (let k = at; k < items.length && lines < count; k++) {
    const it = items[k]!;
    const prev = out[out.length - 1];
    if (prev && it.pos.line !== prev.lines[prev.lines.length - 1]!.pos.line + 1) return undefined;
    if (!VALUE_KINDS.has(it.kind) || !it.lines.every(valueLine)) return undefined;
    out.push(it);
    lines += it.lines.length;
  }
  const last = out[out.length - 1];
  const after = items[at + out.length];
  const ends = last !== undefined && (after === undefined || after.pos.line > last.lines[last.lines.length - 1]!.pos.line + 1);
  return lines === count && ends ? out : undefined;
}

/** Kinds a line of values is read as. */
const VALUE_KINDS: ReadonlySet<string> = new Set(['text', 'dateline', 'heading']);

/** A value line as a field of its label's type, with no printed label. */
function valueField(label: Item, line: Line): Item {
  return { kind: 'field', match: { kind: 'field', rule: 'field/value-in-later-block', value: label.match.value ?? 'field', labelLength: 0 }, lines: [line], pos: line.pos };
}

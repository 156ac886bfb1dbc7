/**
 * Tables: lines whose words stand in columns, as a typed routing slip's rows stand under their
 * column heads (`TO          ACTION     INITIALS` / `1. Registry    File    RB`). By form alone:
 * every line of a run of paragraphs (a heading may head it) falls into the same number of
 * cells, two or more, at runs of two spaces or a tab; the cells are short and hold no
 * sentence; the run has three lines at least. A first line in capitals over lines that are not
 * is the row of column heads. Prose typed with two spaces after its full stops is no table:
 * its lines do not all split, nor into short cells alike. Pure, linear.
 */
import { inlinePosition, type DocPart, type DocumentNode, type Inline, type TableCell, type TableNode, type TableRow, type Text } from '../../ir/nodes.js';
import type { LineIndex } from '../../ir/position.js';
import { textOf } from './reconcile.js';

/** A gap between columns: two spaces or more, or a tab. */
const COLUMN_GAP = /[ \t]*\t[ \t]*|[ \t]{2,}/gu;
/** A cell is short: at most this many characters and words. */
const MAX_CELL = 40;
const MAX_WORDS = 6;
/** A table has this many lines at least (its heads and two rows, or three rows). */
const MIN_LINES = 3;
/** A cell that holds a sentence: words, then a full stop after a word in lower case. */
const SENTENCE = /\p{Ll}{2,}[.!?]["'”’)]*$/u;

type Line = Inline[];

/** The lines of a part's inline content (split at its line breaks); undefined when it holds page furniture or notes. */
function linesOf(children: readonly Inline[]): Line[] | undefined {
  const lines: Line[] = [[]];
  for (const n of children) {
    if (n.type === 'lb') lines.push([]);
    else if (n.type === 'pb' || n.type === 'fw' || n.type === 'note') return undefined;
    else lines[lines.length - 1]!.push(n);
  }
  return lines;
}

/** A line's cells, cut at its column gaps (white space at its start and end is no gap); the gaps themselves are dropped. */
function cellsOf(line: Line, index: LineIndex): TableCell[] {
  const cells: Inline[][] = [[]];
  for (const n of line) {
    if (n.type !== 'text') {
      cells[cells.length - 1]!.push(n);
      continue;
    }
    let at = 0;
    for (const m of n.value.matchAll(COLUMN_GAP)) {
      piece(cells, n, at, m.index);
      if (cells[cells.length - 1]!.length) cells.push([]);
      at = m.index + m[0].length;
    }
    piece(cells, n, at, n.value.length);
  }
  return cells.filter((c) => c.length).map((c) => ({ children: c, pos: inlinePosition(c[0]!, index) }));
}

/** The text of `n` from `from` to `to` into the last cell, when it holds anything but spaces. */
function piece(cells: Inline[][], n: Text, from: number, to: number): void {
  const value = n.value.slice(from, to);
  if (!/[^ \t]/u.test(value)) return;
  cells[cells.length - 1]!.push({ type: 'text', value, offset: n.offset + from });
}

/** The part's rows when every line of it is a row of `cols` short cells (any count of two or more when `cols` is 0). */
function rowsOf(p: DocPart, cols: number, index: LineIndex): TableRow[] | undefined {
  if (p.type !== 'p' && p.type !== 'head' && p.type !== 'ab') return undefined;
  const lines = linesOf(p.children);
  if (!lines) return undefined;
  const rows: TableRow[] = [];
  for (const line of lines) {
    const cells = cellsOf(line, index);
    const n = cols || cells.length;
    if (cells.length < 2 || cells.length !== n || !cells.every(shortCell)) return undefined;
    cols = n;
    rows.push({ cells, pos: cells[0]!.pos });
  }
  return rows;
}

function shortCell(c: TableCell): boolean {
  const t = textOf(c.children);
  return t.length <= MAX_CELL && t.split(/[ \t]+/u).filter(Boolean).length <= MAX_WORDS && !SENTENCE.test(t);
}

/** The first row holds the column heads: in capitals, with no digit, over a row that is not. */
const heads = (rows: readonly TableRow[]) => {
  const caps = (r: TableRow) => {
    const t = r.cells.map((c) => textOf(c.children)).join(' ');
    return /\p{Lu}/u.test(t) && !/[\p{Ll}\d]/u.test(t);
  };
  return caps(rows[0]!) && rows.slice(1).some((r) => !caps(r));
};

/**
 * Runs of parts whose lines are rows of the same columns become a table (see the module's
 * comment); a heading (`head`, or `ab` in the body) may be the first part only.
 */
export function makeTables(doc: DocumentNode, index: LineIndex): void {
  for (let i = 0; i < doc.parts.length; i++) {
    const first = rowsOf(doc.parts[i]!, 0, index);
    if (!first) continue;
    const cols = first[0]!.cells.length;
    const rows = [...first];
    let end = i + 1;
    while (end < doc.parts.length && doc.parts[end]!.type === 'p') {
      const more = rowsOf(doc.parts[end]!, cols, index);
      if (!more) break;
      rows.push(...more);
      end++;
    }
    if (rows.length < MIN_LINES) continue;
    if (heads(rows)) rows[0] = { ...rows[0]!, role: 'label' };
    const table: TableNode = { type: 'table', rows, pos: doc.parts[i]!.pos };
    doc.parts.splice(i, end - i, table);
  }
}

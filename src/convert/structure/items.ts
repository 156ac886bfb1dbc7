import type { Position } from '../../ir/position.js';
import { judgeLine, type Verdict } from '../candidates/candidates.js';
import { SPLIT_KINDS, type BlockKind, type LineContext, type LineMatch } from '../recognizers/index.js';
import type { Line, RawBlock } from '../scan-lines.js';
import { clusterFurniture } from './clusters.js';
import { headingInBlock } from './block-headings.js';
import { wrapsInBlock } from './field-continuation.js';
import { distributionBlock } from './back-matter.js';
import { leadingWidth } from '../white-space.js';

/** Kinds that stand apart even inside a distribution list's block (page furniture). */
const FURNITURE_SPLIT: ReadonlySet<BlockKind> = new Set(['pageNum', 'classification', 'archival-citation', 'stamp', 'running-head', 'formFeed']);

/** A classified unit of the transcript: one furniture line, or a block of lines. */
export interface Item {
  kind: BlockKind;
  match: LineMatch;
  readonly lines: Line[];
  readonly pos: Position;
  /** The candidates of the item's first line, for the evidence of the report. */
  verdict?: Verdict;
}

const itemOf = (lines: Line[], match: LineMatch, verdict?: Verdict): Item => ({ kind: match.kind, match, lines, pos: lines[0]!.pos, ...(verdict ? { verdict } : {}) });

/**
 * Classifies blocks into items. A one-line block is classified as a whole. In a block of
 * several lines, lines that are furniture or header lines (page numbers, banners, stamps,
 * citations, folios, fields, salutations, closings, datelines) become items of their own, and
 * the remaining runs of lines stay together as text. A form feed is a page break item.
 */
export function itemize(blocks: Iterable<RawBlock>, ctx: LineContext, opts: ItemizeOptions = {}): Item[] {
  const items: Item[] = [];
  const keep = opts.verdicts !== false;
  for (const block of blocks) {
    const first = block.lines[0]!;
    if (first.formFeed) {
      items.push(itemOf([first], { kind: 'formFeed', rule: 'page-break/form-feed' }));
      continue;
    }
    if (block.lines.length === 1) {
      const v = judgeLine(first.text, ctx);
      items.push(itemOf([first], v.best.match, keep ? v : lean(v)));
      continue;
    }
    const from = items.length;
    splitBlock(block.lines, ctx, items, keep);
    fitLines(items, from);
  }
  clusterFurniture(items, ctx.profile, ctx.memo);
  return items;
}

/**
 * What the file-wide passes read of a verdict when the candidates are not kept: the folio
 * candidate of a line that has one (`clusters.ts` accepts a folio from its run), with the best;
 * nothing for the others. The caller drops these before the structure is built.
 */
function lean(v: Verdict): Verdict | undefined {
  const folio = v.candidates.find((c) => c.match.kind === 'folio');
  return folio ? { best: v.best, candidates: [folio], close: false } : undefined;
}

/** How {@link itemize} runs. */
export interface ItemizeOptions {
  /**
   * Keep each item's candidates in `verdict` (default true): only the conversion report reads
   * them all (its close calls and decisions), and they take several times the memory of the
   * items themselves. Without, an item keeps only its folio candidate (see `lean`).
   */
  readonly verdicts?: boolean;
}

/**
 * Gives the items from `from` on line arrays of exactly their length: an array grown by
 * `push` keeps room for 16 elements, which over every item of a large file is as much memory
 * as the lines themselves. Run once a block's items are complete (a stamp or field still
 * takes lines while its block is read).
 */
function fitLines(items: Item[], from: number): void {
  for (let k = from; k < items.length; k++) {
    const it = items[k]!;
    items[k] = { ...it, lines: it.lines.slice() };
  }
}

function splitBlock(lines: readonly Line[], ctx: LineContext, into: Item[], keep = true): void {
  const verdicts = lines.map((l) => judgeLine(l.text, ctx));
  const kinds = verdicts.map((v) => v.best.match);
  // A distribution list (`ABC` / `D/EF` / `G/hi/jk`) is one block of back matter: its first office is no heading.
  if (distributionBlock(lines) && !kinds.some((m) => FURNITURE_SPLIT.has(m.kind))) {
    into.push(itemOf([...lines], { kind: 'text', rule: 'text' }));
    return;
  }
  if (stampBlock(lines, kinds)) {
    const at = kinds.findIndex((m) => m.kind === 'stamp');
    into.push(itemOf([...lines], kinds[at]!));
    return;
  }
  let run: Line[] = [];
  let runStart = 0;
  const flush = () => {
    if (!run.length) return;
    if (run.length === 1) into.push(itemOf(run, kinds[runStart]!, keep ? verdicts[runStart] : lean(verdicts[runStart]!)));
    // Paragraphs after the first of a block follow with no blank line: no page can turn there.
    else paragraphsOf(run).forEach((para, k) => into.push(itemOf(para, { kind: 'text', rule: k === 0 ? 'text' : IN_BLOCK })));
    run = [];
  };
  let open: Item | undefined;
  const width = Math.max(...lines.map((l) => l.text.length));
  lines.forEach((line, i) => {
    const m = kinds[i]!;
    const headingAtTop = (m.kind === 'heading' && i === 0 && lines.length > 1) || headingInBlock(lines, kinds, i, ctx.profile.documentKinds, ctx.memo);
    // A stamp's further lines (authority, date, initials) and a footnote's wrapped lines belong
    // to it until other furniture; an indented line under a header field continues its value.
    if (open && continues(open, line, m, width)) {
      open.lines.push(line);
      return;
    }
    open = undefined;
    if (m.kind === 'closing' && leadsIntoClosing(run)) {
      // `I am, Sir,` / `Your obedient Servant,`: the lines leading into the close are part of it.
      into.push(itemOf([...run, line], m));
      run = [];
    } else if (SPLIT_KINDS.has(m.kind) || headingAtTop) {
      // A stamp's first lines in capitals stand above the line that names it (`… HAS NO OBJECTION TO` / `DECLASSIFICATION`).
      const head = m.kind === 'stamp' && run.length <= 2 && run.every(capitalsLine) ? run : [];
      if (head.length) run = [];
      flush();
      const item = itemOf([...head, line], m, keep ? verdicts[i] : lean(verdicts[i]!));
      into.push(item);
      if (m.kind === 'stamp' || m.kind === 'field' || m.kind === 'footnote') open = item;
    } else {
      if (!run.length) runStart = i;
      run.push(line);
    }
  });
  flush();
}

/** A short line in capitals (four letters or more, nearly all of them capitals), as stamps are printed. */
function capitalsLine(line: Line): boolean {
  const letters = line.text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => /\p{Lu}/u.test(c)).length;
  return line.text.length <= 60 && letters.length >= 4 && upper >= letters.length * 0.9;
}

function continues(open: Item, line: Line, m: LineMatch, width: number): boolean {
  if (open.kind === 'stamp') return (m.kind === 'stamp' || !SPLIT_KINDS.has(m.kind)) && line.text.length <= 60;
  if (open.kind === 'footnote') return !SPLIT_KINDS.has(m.kind);
  if (open.kind === 'field' && !SPLIT_KINDS.has(m.kind) && open.lines.length <= 2 && wrapsInBlock(open.lines[open.lines.length - 1]!, line, width)) return true;
  return leadingWidth(line.raw) > 0 && !SPLIT_KINDS.has(m.kind) && line.text.length <= 80;
}

/**
 * A block of short lines, one of them a stamp and none of them prose or other furniture, is
 * one stamp as a whole (`LBJ LIBRARY` / `Mandatory Review` / `Case # NLJ 93-123`).
 */
function stampBlock(lines: readonly Line[], kinds: readonly LineMatch[]): boolean {
  if (lines.length > 8 || !kinds.some((m) => m.kind === 'stamp')) return false;
  const other = kinds.some((m) => SPLIT_KINDS.has(m.kind) && m.kind !== 'stamp');
  return !other && lines.every((l) => l.text.length <= 60 && !/[a-z]{3,}[.?!]$/u.test(l.text));
}

/** The rule of a paragraph that follows another in the same block. */
export const IN_BLOCK = 'text/paragraph-in-block';

/**
 * Splits hard-wrapped text that has no blank lines between its paragraphs: before a line
 * indented where the others are not (a first-line indent), and after a short line that ends a
 * sentence (the last line of a paragraph) when the next begins with a capital.
 */
function paragraphsOf(run: Line[]): Line[][] {
  if (run.length < 3) return [run];
  const indented = run.map((l) => /^(?: {2,}|\t)/u.test(l.raw));
  const someIndented = indented.slice(1).some(Boolean) && !indented.every(Boolean);
  const width = Math.max(...run.map((l) => l.text.length));
  const out: Line[][] = [];
  let cur: Line[] = [];
  run.forEach((line, i) => {
    const prev = run[i - 1];
    const shortEnd = prev !== undefined && width >= 40 && prev.text.length < width * 0.6 && /[.!?:]["'”’)]*$/u.test(prev.text) && /^["'“(]?\p{Lu}/u.test(line.text);
    if (cur.length && ((someIndented && indented[i]) || shortEnd)) {
      out.push(cur);
      cur = [];
    }
    cur.push(line);
  });
  out.push(cur);
  return out.length === 1 ? [run] : out;
}

/** One or two short lines ending in a comma, right before a complimentary close. */
function leadsIntoClosing(run: readonly Line[]): boolean {
  return run.length >= 1 && run.length <= 2 && run.every((l) => l.text.length <= 40 && /,$/u.test(l.text));
}

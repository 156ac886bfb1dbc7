import type { Position } from '../ir/position.js';
import { leadingWidth, trimEdges } from './white-space.js';

/** One source line: its text (without the line break) and where it starts. */
export interface Line {
  /** The text with surrounding white space trimmed. */
  readonly text: string;
  /** The raw line as in the source. */
  readonly raw: string;
  /** Position of the first non-space character (or of the line start when blank). */
  readonly pos: Position;
  /** Offset of the raw line start. */
  readonly start: number;
  readonly blank: boolean;
  /** The raw line ends in two or more spaces (a Markdown-style hard break). */
  readonly hardBreak: boolean;
  /** The line is (or starts with) a form feed: a page break in the source. */
  readonly formFeed: boolean;
}

/** A maximal run of non-blank lines. */
export interface RawBlock {
  readonly lines: Line[];
  /** A blank line (or the start of the text) precedes the block. */
  readonly pos: Position;
}

/**
 * Splits text into lines with positions. Form feeds are their own lines: a form feed inside
 * a line ends it (the scanner emits the text before it, the form feed, and the rest).
 */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let offset = 0, lineNo = 1; offset <= text.length; lineNo++) offset = scanLine(text, offset, lineNo, lines);
  return lines;
}

/** Scans the source line that starts at `offset` into `into` (its pieces); returns the offset after its line break. */
function scanLine(text: string, offset: number, lineNo: number, into: Line[]): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  pushLine(into, text.slice(offset, end), offset, lineNo);
  return end + 1;
}

// Most lines hold no form feed: they are their own one piece, without an array made per line.
const piecesOf = (raw: string): readonly string[] => (raw.includes('\f') ? raw.split(/(\f)/u) : [raw]);

/**
 * A hard line break: the piece ends in two spaces or more. Read by index: the pattern
 * `/ {2,}$/` is tried at every space of a run and so took time quadratic in the run's length
 * (a line of 100,000 spaces and a letter: 10 s).
 */
const endsInTwoSpaces = (piece: string): boolean => piece.length >= 2 && piece.charCodeAt(piece.length - 1) === 0x20 && piece.charCodeAt(piece.length - 2) === 0x20;

function pushLine(into: Line[], raw: string, start: number, lineNo: number): void {
  let col = 0;
  for (const piece of piecesOf(raw)) {
    if (piece === '') continue;
    const text = trimEdges(piece);
    const formFeed = piece === '\f';
    into.push(new ScannedLine(text, piece, start + col, lineNo, col, !formFeed && text === '', endsInTwoSpaces(piece), formFeed));
    col += piece.length;
  }
  if (raw === '') into.push(new ScannedLine('', raw, start, lineNo, 0, true, false, false));
}

const BLANK = 1;
const FORM_FEED = 2;
const HARD_BREAK = 4;
const FLAGS = 8;

/**
 * A scanned line, compact: its text, raw text and start, its line number, and its column in
 * the source line with its three flags in one small integer. Its position is made when first
 * asked (the file-wide passes ask for that of each item's first line only), the flags read
 * from that integer: a large transcript holds one of these for every line while the file-wide
 * passes run, some 70 bytes where a line with its own position object took 126. A part of a
 * line made by other passes is a plain object ({@link lineWith}).
 */
class ScannedLine implements Line {
  private readonly lineNo: number;
  /** The column of the raw start in its source line (0-based) × {@link FLAGS}, plus the flags. */
  private readonly bits: number;
  constructor(
    readonly text: string,
    readonly raw: string,
    readonly start: number,
    lineNo: number,
    col: number,
    blank: boolean,
    hardBreak: boolean,
    formFeed: boolean,
  ) {
    this.lineNo = lineNo;
    this.bits = col * FLAGS + (blank ? BLANK : 0) + (formFeed ? FORM_FEED : 0) + (hardBreak ? HARD_BREAK : 0);
  }

  /** The position, once asked (an item's first line, a line of the document being built): then every reader shares it. */
  private at: Position | undefined = undefined;

  get pos(): Position {
    if (this.at) return this.at;
    const lead = this.text === '' ? 0 : leadingWidth(this.raw);
    this.at = { line: this.lineNo, column: Math.floor(this.bits / FLAGS) + lead + 1, offset: this.start + lead };
    return this.at;
  }

  get blank(): boolean {
    return (this.bits & BLANK) !== 0;
  }

  get formFeed(): boolean {
    return (this.bits & FORM_FEED) !== 0;
  }

  get hardBreak(): boolean {
    return (this.bits & HARD_BREAK) !== 0;
  }
}

/**
 * `line` as a plain object with the given fields changed: what a pass makes of a line (a part
 * of it, its text with marks removed). A spread would lose what a scanned line computes.
 */
export function lineWith(line: Line, changed: Partial<Line>): Line {
  return { text: line.text, raw: line.raw, pos: line.pos, start: line.start, blank: line.blank, hardBreak: line.hardBreak, formFeed: line.formFeed, ...changed };
}

/** Groups non-blank lines into blocks; a form-feed line is a block of its own. */
export function groupBlocks(lines: readonly Line[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (!line.blank && !line.formFeed) {
      current.push(line);
      continue;
    }
    if (current.length) blocks.push({ lines: current, pos: current[0]!.pos });
    current = [];
    if (line.formFeed) blocks.push({ lines: [line], pos: line.pos });
  }
  if (current.length) blocks.push({ lines: current, pos: current[0]!.pos });
  return blocks;
}

/**
 * {@link groupBlocks} over {@link scanLines}, one block at a time: the classifier takes each
 * block as it is made, so that neither every line nor every block is held at once.
 */
export function* scanBlocks(text: string): Generator<RawBlock> {
  let current: Line[] = [];
  const pieces: Line[] = [];
  for (let offset = 0, lineNo = 1; offset <= text.length; lineNo++) {
    offset = scanLine(text, offset, lineNo, pieces);
    for (const line of pieces) {
      if (!line.blank && !line.formFeed) {
        current.push(line);
        continue;
      }
      if (current.length) yield { lines: current, pos: current[0]!.pos };
      current = [];
      if (line.formFeed) yield { lines: [line], pos: line.pos };
    }
    pieces.length = 0;
  }
  if (current.length) yield { lines: current, pos: current[0]!.pos };
}

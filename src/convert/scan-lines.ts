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
  let offset = 0;
  let lineNo = 1;
  for (const raw of text.split('\n')) {
    pushLine(lines, raw, offset, lineNo);
    offset += raw.length + 1;
    lineNo += 1;
  }
  return lines;
}

// Most lines hold no form feed: they are their own one piece, without an array made per line.
const piecesOf = (raw: string): readonly string[] => (raw.includes('\f') ? raw.split(/(\f)/u) : [raw]);

function pushLine(into: Line[], raw: string, start: number, lineNo: number): void {
  let col = 0;
  for (const piece of piecesOf(raw)) {
    if (piece === '') continue;
    const lead = leadingWidth(piece);
    const text = trimEdges(piece);
    into.push({
      text,
      raw: piece,
      pos: { line: lineNo, column: col + (text ? lead : 0) + 1, offset: start + col + (text ? lead : 0) },
      start: start + col,
      blank: piece !== '\f' && text === '',
      hardBreak: / {2,}$/u.test(piece),
      formFeed: piece === '\f',
    });
    col += piece.length;
  }
  if (raw === '') into.push({ text: '', raw, pos: { line: lineNo, column: 1, offset: start }, start, blank: true, hardBreak: false, formFeed: false });
}

/** Groups non-blank lines into blocks; a form-feed line is a block of its own. */
export function groupBlocks(lines: readonly Line[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) blocks.push({ lines: current, pos: current[0]!.pos });
    current = [];
  };
  for (const line of lines) {
    if (line.blank) flush();
    else if (line.formFeed) {
      flush();
      blocks.push({ lines: [line], pos: line.pos });
    } else current.push(line);
  }
  flush();
  return blocks;
}

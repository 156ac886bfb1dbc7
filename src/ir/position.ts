/**
 * Positions in a transcript: 1-based line and column, 0-based offset (UTF-16 code units,
 * the unit JavaScript strings and regex matches use).
 */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A half-open range `[start, end)` in a transcript. */
export interface Span {
  readonly start: Position;
  readonly end: Position;
}

/**
 * A tiny offset ⇄ line/column index over one text, built once (O(n)) and queried in
 * O(log lines). Converting regex match offsets to positions goes through here.
 */
export class LineIndex {
  // Line starts as 32-bit offsets (a transcript is far below 2^31 code units): 4 bytes a
  // line, where an array of numbers takes 8 and grows with spare room.
  private readonly starts: Int32Array;

  /** Takes the whole text; line breaks are `\n` (the reader has already normalised CRLF). */
  constructor(readonly text: string) {
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
    const starts = new Int32Array(n);
    let k = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    this.starts = starts;
  }

  /** Returns the position of `offset` (clamped to the text). */
  at(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1, offset: o };
  }

  /** Returns the span `[from, to)`. */
  span(from: number, to: number): Span {
    return { start: this.at(from), end: this.at(to) };
  }

  /** Number of lines in the text (a trailing newline opens one more, empty, line). */
  get lineCount(): number {
    return this.starts.length;
  }
}

import { LineIndex } from '../ir/position.js';

/**
 * The line and column of a `JSON.parse` error in `text` (Node names the offset as
 * "at position N"), or 1:1 when the message gives none.
 */
export function jsonErrorPlace(text: string, err: unknown): { line: number; column: number } {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : String(err));
  if (!m) return { line: 1, column: 1 };
  const p = new LineIndex(text).at(Number(m[1]));
  return { line: p.line, column: p.column };
}

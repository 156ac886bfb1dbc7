import { measureLine } from './measure-line.js';

/**
 * Measures of a line's shape that tell furniture from prose: how many words there are, how
 * many start with a capital or a digit, how much of the lettering is upper case.
 */
export interface Shape {
  readonly words: number;
  /** Share of words starting with an upper-case letter or a digit. */
  readonly capitalised: number;
  /** Share of letters that are upper case. */
  readonly upper: number;
  /** The line ends like a sentence (`.`, `?`, `!`, optionally before a closing quote). */
  readonly sentenceEnd: boolean;
  /** Words mixing letters with digits (`NLT-88-12`, `B7.301`). */
  readonly mixedTokens: number;
}

/**
 * Computes the shape of a line. Measured anew on each ask (one pass over the line's code
 * points), not kept in a module memo: no table outlives the conversion that asked.
 */
export function shapeOf(text: string): Shape {
  return measureLine(text);
}

/** Furniture-shaped: short, mostly capitalised words (titles, stamps, citations), not prose. */
export function furnitureShaped(text: string, maxWords = 18): boolean {
  const s = shapeOf(text);
  return s.words > 0 && s.words <= maxWords && (s.capitalised >= 0.5 || s.upper >= 0.8);
}

import type { Inline } from '../../ir/nodes.js';

/**
 * A construct found in a paragraph's flat text: it covers `[start, end)`; its content is
 * `[innerStart, innerEnd)`; the characters in `dropped` are convention markers, not text.
 */
export interface InlineRange {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  /** Marker intervals `[from, to)` removed from the text when the range is accepted. */
  readonly dropped: readonly (readonly [number, number])[];
  /** The convention that made the range (`note` for a plain bracket), when a convention did. */
  readonly element?: string;
  /** Makes the node from its built children and the (marker-free) inner text. */
  readonly make: (children: Inline[], pos: import('../../ir/position.js').Position, innerText: string) => Inline | Inline[];
}

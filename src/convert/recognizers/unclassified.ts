import { shapeOf } from './shape.js';
import type { LineRecognizer } from './types.js';

/**
 * A line that looks like page furniture but matches no pattern: short, in capitals, with
 * codes mixing letters and digits (`XR. BLANK NLT-88-12`), not a sentence. It is kept as
 * unclassified furniture and reported for review.
 */
export const unclassified: LineRecognizer = (text) => {
  if (text.length > 60) return undefined;
  const s = shapeOf(text);
  if (s.words === 0 || s.words > 8 || s.sentenceEnd) return undefined;
  const symbols = text.replace(/[\p{L}\s]/gu, '').length / text.replace(/\s/g, '').length;
  if ((s.mixedTokens >= 1 && s.upper >= 0.7) || symbols >= 0.6) return { kind: 'unclassified', rule: 'unclassified/shape' };
  return undefined;
};

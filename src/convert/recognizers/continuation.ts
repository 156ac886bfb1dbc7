import { continuationWordsOf } from '../../profiles/defaults.js';
import type { LineRecognizer } from './types.js';

/** OCR residue and the brackets or dashes around a continuation word (`" (Continued)`, `- continued -`). */
const EDGES = /^[^\p{L}]+|[^\p{L}.']+$/gu;

/**
 * A continuation line at a page foot: one of the profile's continuation words alone on the
 * line, maybe in brackets or between dashes, OCR marks at its edges ignored (`(Continued)`,
 * `- continued -`). It says the text goes on overleaf: furniture, and a sign of a page turn.
 */
export const continuation: LineRecognizer = (text, ctx) => {
  if (text.length > 30) return undefined;
  const core = text.replace(EDGES, '').toLowerCase();
  const words = continuationWordsOf(ctx.profile);
  return core && (words.includes(core) || words.includes(core.replace(/\.$/u, ''))) ? { kind: 'catch', rule: 'continuation/word' } : undefined;
};

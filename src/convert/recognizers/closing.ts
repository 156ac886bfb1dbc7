import { shapeOf } from './shape.js';
import type { LineRecognizer } from './types.js';
import { memoOf, type ConvertMemo } from '../memo.js';

/** Words of a close built on a closing word (`With warm personal regards,`), at most. */
const BUILT_WORDS = 6;

/** A profile's closings as a set, and the most words any has. */
interface Closings {
  readonly set: ReadonlySet<string>;
  readonly maxWords: number;
}

// Built once per profile's list and conversion (its memo), not once per line.
function closingsOf(list: readonly string[], memo: ConvertMemo): Closings {
  return memo.once(list, 'recognizers/closing', () => ({ set: new Set(list), maxWords: list.reduce((m, x) => Math.max(m, x.split(' ').length), 0) }));
}

/**
 * A complimentary close (`Respectfully,`, `Sincerely yours,`): a short line that is one of the
 * profile's closings, followed by a comma (or standing alone).
 */
export const closing: LineRecognizer = (text, ctx) => {
  if (text.length > 90) return undefined;
  const closings = closingsOf(ctx.profile.closings, memoOf(ctx));
  // The close has the line's words (one fewer when a lone comma ends it): a line of more words
  // than any closing is out before it is normalised (its shape is measured once for all recognisers).
  if (shapeOf(text).words - 1 > Math.max(closings.maxWords, BUILT_WORDS)) return undefined;
  const core = text.toLowerCase().replace(/[,.]$/u, '').replace(/\s+/gu, ' ').trim();
  if (closings.set.has(core)) return { kind: 'closing', rule: 'closing/profile' };
  // A longer close built on one of them (`With warm personal regards,`): short, ends in a comma.
  if (!text.endsWith(',')) return undefined;
  const words = core.split(' ');
  const built = words.length <= BUILT_WORDS && ctx.profile.closings.some((c) => !c.includes(' ') && c.length >= 5 && words.includes(c));
  return built ? { kind: 'closing', rule: 'closing/profile-word' } : undefined;
};

import { lettersOf } from './letters.js';
import type { LineRecognizer } from './types.js';
import { memoOf, type ConvertMemo } from '../memo.js';

/** A profile's caveats with the forms a line may open with, and the characters they start with. */
interface Caveats {
  readonly forms: readonly { readonly caveat: string; readonly spaced: string; readonly labelled: string }[];
  /** First characters of the caveats; null when one is empty (every line may then open with it). */
  readonly firsts: ReadonlySet<string> | null;
}

// Built once per profile's list and conversion (its memo), not once per line.
function caveatsOf(list: readonly string[], memo: ConvertMemo): Caveats {
  return memo.once(list, 'recognizers/caveat', () => {
    const forms = list.map((caveat) => ({ caveat, spaced: `${caveat} `, labelled: `${caveat}:` }));
    return { forms, firsts: list.every((x) => x !== '') ? new Set(list.map((x) => x[0]!)) : null };
  });
}

/**
 * A handling caveat line (`EYES ONLY <names>`, `NODIS`, `PERSONAL AND CONFIDENTIAL`): it opens
 * with a caveat of the profile and is printed mostly in capitals.
 */
export const caveat: LineRecognizer = (text, ctx) => {
  if (text.length > 100 || text === '') return undefined;
  const caveats = caveatsOf(ctx.profile.caveats, memoOf(ctx));
  // The line in capitals opens with its first character in capitals (case maps each character
  // alone): a line whose first character starts no caveat is out before the whole is mapped.
  if (caveats.firsts && !caveats.firsts.has(String.fromCodePoint(text.codePointAt(0)!).toUpperCase()[0]!)) return undefined;
  // The caveat words first: few lines open with one, and the letter count is the dearer test.
  const head = text.toUpperCase();
  const hit = caveats.forms.find((f) => head === f.caveat || head.startsWith(f.spaced) || head.startsWith(f.labelled))?.caveat;
  if (!hit) return undefined;
  const letters = lettersOf(text);
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (!letters || upper / letters.length < 0.75) return undefined;
  return { kind: 'caveat', rule: 'caveat/profile', value: hit.toLowerCase() };
};

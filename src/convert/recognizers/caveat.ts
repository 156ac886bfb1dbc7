import { lettersOf } from './line-memo.js';
import type { LineRecognizer } from './types.js';

/**
 * A handling caveat line (`EYES ONLY <names>`, `NODIS`, `PERSONAL AND CONFIDENTIAL`): it opens
 * with a caveat of the profile and is printed mostly in capitals.
 */
export const caveat: LineRecognizer = (text, ctx) => {
  if (text.length > 100) return undefined;
  // The caveat words first: few lines open with one, and the letter count is the dearer test.
  const head = text.toUpperCase();
  const hit = ctx.profile.caveats.find((c) => head === c || head.startsWith(c + ' ') || head.startsWith(c + ':'));
  if (!hit) return undefined;
  const letters = lettersOf(text);
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (!letters || upper / letters.length < 0.75) return undefined;
  return { kind: 'caveat', rule: 'caveat/profile', value: hit.toLowerCase() };
};

import { budget, editDistance, ocrFold } from '../fuzzy.js';
import { lettersOf } from './letters.js';
import type { LineContext, LineRecognizer } from './types.js';

const DECORATION = /^[\s\-–—*=_#()]+|[\s\-–—*=_#()]+$/gu;
const SEPARATORS = /\s*(?:\/\/|\/|\s-\s|,|;)\s*/u;

/** Matches the start of `words` against a multi-word level, tolerating OCR damage. */
function matchLevel(words: readonly string[], printed: string): number {
  const want = printed.toLowerCase().split(' ');
  if (words.length < want.length) return 0;
  // OCR damage seldom strikes the first letter, and a level differs from a stamp word
  // (UNCLASSIFIED / DECLASSIFIED) there: the first letter must match, then one edit is allowed.
  const ok = want.every((w, i) => {
    const got = ocrFold(words[i] ?? '');
    return got[0] === w[0] && editDistance(got, w, Math.min(1, budget(w.length))) <= Math.min(1, budget(w.length));
  });
  return ok ? want.length : 0;
}

function isCaveat(part: string, ctx: LineContext): boolean {
  const p = part.trim().toUpperCase();
  if (!p) return true;
  return ctx.profile.caveats.some((c) => p === c || p.startsWith(c + ' ')) || /^[A-Z]{2,10}$/u.test(p);
}

/**
 * Letter-spaced capitals (`T O P  S E C R E T`, as typed or as OCR reads a wide banner) are
 * read as words: letters joined, two or more spaces between words.
 */
function unspace(text: string): string {
  // Letters joined by hyphens or dots (`S-E-C-R-E-T`, `S.E.C.R.E.T.`), words by spaces.
  if (/^(?:\p{Lu}[-.]){2,}\p{Lu}\.?(?:[ \t]+(?:\p{Lu}[-.]){2,}\p{Lu}\.?)*$/u.test(text)) return text.replace(/(?<=\p{Lu})[-.](?=\p{Lu})|\.$/gu, '');
  if (!/^(?:\p{Lu}\s+){3,}\p{Lu}$/u.test(text)) return text;
  return text.split(/\s{2,}/u).map((w) => w.replace(/\s+/gu, '')).join(' ');
}

/**
 * A classification banner: a level from the profile (`TOP SECRET`), optionally followed by
 * caveats (`//NOFORN`, `- EYES ONLY`), printed in capitals and standing alone on its line.
 */
export const classification: LineRecognizer = (text, ctx) => {
  // Decoration and letter-spacing hold no letters: the line's own letters decide before it is
  // cleaned. A lower-case ASCII letter (most lines have one) rules it out at once.
  if (/[a-z]/u.test(text)) return undefined;
  const letters = lettersOf(text);
  if (!letters || letters !== letters.toUpperCase()) return undefined;
  const core = unspace(text.replace(DECORATION, ''));
  if (core.length > 80) return undefined;
  const words = core.split(/[\s/,;]+/u).filter(Boolean);
  for (const level of ctx.profile.classificationLevels) {
    const used = matchLevel(words, level.printed);
    if (!used) continue;
    const rest = core.split(/\s+/u).slice(used).join(' ');
    if (rest.split(SEPARATORS).every((p) => isCaveat(p.replace(DECORATION, ''), ctx))) {
      return { kind: 'classification', rule: 'classification/level', value: level.key };
    }
  }
  return undefined;
};

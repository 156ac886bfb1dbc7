/**
 * The document kind a heading names, read tolerantly: OCR damages the kind words of a
 * heading (`MEMORANDIM FOR THE RECORD`) as it damages any other word, so a kind word of the
 * profile that is long enough to be told apart matches within an edit budget.
 */
import { budget, editDistance, fuzzyWords } from '../fuzzy.js';

/** Kind words shorter than this match only exactly (`memo`, `note` are too close to other words). */
const FUZZY_MIN = 6;

/** The profile's kinds, longest phrase first. */
function sortedKinds(kinds: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(kinds).sort((a, b) => b[0].length - a[0].length);
}

/** A kind word equals `word`, or is long and within its edit budget of it. */
function wordMatches(kindWord: string, word: string): boolean {
  if (kindWord === word) return true;
  return kindWord.length >= FUZZY_MIN && editDistance(kindWord, word, budget(kindWord.length)) <= budget(kindWord.length);
}

/**
 * The kind named by the words at the start of `text` (`Memorandum for …`, `AIRTEL`): the
 * longest phrase of the profile whose first word matches tolerantly and whose further words
 * match exactly or tolerantly. Undefined when the line opens with no kind.
 */
export function openingKind(text: string, kinds: Readonly<Record<string, string>>): string | undefined {
  const words = fuzzyWords(text);
  for (const [phrase, kind] of sortedKinds(kinds)) {
    const parts = phrase.split(' ');
    if (parts.length <= words.length && parts.every((p, i) => wordMatches(p, words[i]!))) return kind;
  }
  return undefined;
}

/** The kind named anywhere in `text` as whole words (exact, as printed), or undefined. */
export function namedKind(lower: string, kinds: Readonly<Record<string, string>>): string | undefined {
  return sortedKinds(kinds).find(([k]) => new RegExp(`(^|[ \\t])${k}([ \\t]|$)`, 'u').test(lower))?.[1];
}

/**
 * The document kind a heading names, read tolerantly: OCR damages the kind words of a
 * heading (`MEMORANDIM FOR THE RECORD`) as it damages any other word, so a kind word of the
 * profile that is long enough to be told apart matches within an edit budget.
 */
import { budget, distanceScratch, editDistance, fuzzyWords, type DistanceScratch } from '../fuzzy.js';
import { createConvertMemo, type ConvertMemo } from '../memo.js';

/** Kind words shorter than this match only exactly (`memo`, `note` are too close to other words). */
const FUZZY_MIN = 6;

/** A profile's kind phrase: the phrase, its words and the kind it names. */
interface SortedKind {
  readonly phrase: string;
  readonly parts: readonly string[];
  readonly kind: string;
}

// Sorted, split and compiled once per kinds table (a profile's) and conversion (its memo), not once per line.

/** The profile's kinds, longest phrase first. */
function sortedKinds(kinds: Readonly<Record<string, string>>, memo: ConvertMemo): readonly SortedKind[] {
  return memo.once(kinds, 'recognizers/heading-kind/sorted', (): readonly SortedKind[] => Object.entries(kinds).sort((a, b) => b[0].length - a[0].length)
      .map(([phrase, kind]) => ({ phrase, parts: phrase.split(' '), kind })));
}

/** A kind word equals `word`, or is long and within its edit budget of it. */
function wordMatches(kindWord: string, word: string, scratch: DistanceScratch): boolean {
  if (kindWord === word) return true;
  return kindWord.length >= FUZZY_MIN && editDistance(kindWord, word, budget(kindWord.length), scratch) <= budget(kindWord.length);
}

/**
 * The kind named by the words at the start of `text` (`Memorandum for …`, `AIRTEL`): the
 * longest phrase of the profile whose first word matches tolerantly and whose further words
 * match exactly or tolerantly. Undefined when the line opens with no kind.
 */
export function openingKind(text: string, kinds: Readonly<Record<string, string>>, memo: ConvertMemo = createConvertMemo()): string | undefined {
  const words = fuzzyWords(text);
  const table = sortedKinds(kinds, memo);
  // Only the first words (as many as the longest phrase has) decide: their reading is kept per
  // table, so a recurring opening (a banner, a running head) is matched tolerantly once.
  const longest = table.reduce((n, k) => Math.max(n, k.parts.length), 0);
  const first = words.slice(0, longest);
  const key = `${first.length}\u0000${first.join('\u0000')}`;
  const seen = memo.once(kinds, 'recognizers/heading-kind/openings', () => new Map<string, string | undefined>());
  if (seen.has(key)) return seen.get(key);
  if (seen.size >= 1024) seen.clear();
  const kind = table.find(({ parts }) => parts.length <= first.length && parts.every((p, i) => wordMatches(p, first[i]!, distanceScratch(memo))))?.kind;
  seen.set(key, kind);
  return kind;
}

/** Characters that make a phrase more than its letters in a pattern (a phrase without them matches only as written). */
const SPECIAL = /[\\^$.*+?()[\]{}|]/u;

/** The kind named anywhere in `text` as whole words (exact, as printed), or undefined. */
export function namedKind(lower: string, kinds: Readonly<Record<string, string>>, memo: ConvertMemo = createConvertMemo()): string | undefined {
  const patterns = memo.once(kinds, 'recognizers/heading-kind/named', () => sortedKinds(kinds, memo).map((k) => ({
    re: new RegExp(`(^|[ \\t])${k.phrase}([ \\t]|$)`, 'u'),
    // A plain phrase can stand in the line only where the line holds it at all: a substring
    // search, far cheaper than the pattern's edge groups tried at every position.
    literal: SPECIAL.test(k.phrase) ? undefined : k.phrase,
    kind: k.kind,
  })));
  return patterns.find((p) => (p.literal === undefined || lower.includes(p.literal)) && p.re.test(lower))?.kind;
}

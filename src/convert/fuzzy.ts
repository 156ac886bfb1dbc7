/**
 * Tolerant matching for OCR-damaged words: edit distance with an early exit, and a
 * normalisation of the digit/letter confusions OCR makes most (0→O, 1→I, 5→S, 8→B).
 */

import { distanceScratch, editDistance, type DistanceScratch } from './edit-distance.js';
import { createConvertMemo, type ConvertMemo } from './memo.js';

export { distanceScratch, editDistance, type DistanceScratch } from './edit-distance.js';

const OCR_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '5': 's', '8': 'b', '|': 'l', '$': 's' };

/** Lower-cases and maps digits OCR confuses with letters, for keyword matching. */
export function ocrFold(word: string): string {
  const lower = word.toLowerCase();
  // Most words hold no confusable digit: the replacing pass (a call per match) is skipped for them.
  return OCR_CONFUSABLE.test(lower) ? lower.replace(/[015|8$]/gu, (c) => OCR_LETTERS[c] ?? c) : lower;
}

const OCR_CONFUSABLE = /[015|8$]/u;

/** The edit budget for a keyword of this length: none for short words, then one per five letters. */
export function budget(length: number): number {
  return length < 5 ? 0 : Math.floor(length / 5);
}

/** The words of a text as tolerant matching compares them (folded, trailing punctuation off). */
export function fuzzyWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}$|'.-]+/gu) ?? []).map((w) => ocrFold(trailingMarksOff(w)));
}

/** The word without the full stops, apostrophes and hyphens that end it (a loop: no regex per word). */
function trailingMarksOff(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING_MARKS.includes(word[end - 1]!)) end--;
  return end === word.length ? word : word.slice(0, end);
}

const TRAILING_MARKS = ".'-";

/** A phrase's words with the edit budget of each. */
interface PhraseWords {
  readonly words: readonly string[];
  readonly budgets: readonly number[];
}

// The profile's phrases are few and asked for on every furniture line: split (and budgeted) once per conversion (its memo).
function phraseWords(phrase: string, memo: ConvertMemo): PhraseWords {
  const phrases = memo.once(memo, 'fuzzy/phrases', () => new Map<string, PhraseWords>());
  let p = phrases.get(phrase);
  if (!p) {
    if (phrases.size >= 1024) phrases.clear();
    const words = phrase.toLowerCase().split(/\s+/u);
    p = { words, budgets: words.map((w) => budget(w.length)) };
    phrases.set(phrase, p);
  }
  return p;
}

/**
 * True when `phrase` (one or more words) occurs in `text` (or its `fuzzyWords`) tolerantly:
 * each word of the phrase matches a consecutive word of the text within its edit budget.
 */
export function containsFuzzy(text: string | readonly string[], phrase: string, memo: ConvertMemo = createConvertMemo()): boolean {
  const words = typeof text === 'string' ? fuzzyWords(text) : text;
  const { words: want, budgets } = phraseWords(phrase, memo);
  const scratch = distanceScratch(memo);
  // Plain loops: this runs for every keyword of every profile stamp on every furniture line.
  for (let i = 0; i + want.length <= words.length; i++) {
    let k = 0;
    while (k < want.length && editDistance(words[i + k] ?? '', want[k]!, budgets[k]!, scratch) <= budgets[k]!) k++;
    if (k === want.length) return true;
  }
  return false;
}

/** Similarity in [0, 1] of two strings (1 − distance / longer length), for comparing lines; `scratch` is the conversion's. */
export function similarity(a: string, b: string, scratch?: DistanceScratch): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  const max = Math.ceil(n * 0.5);
  const d = editDistance(a, b, max, scratch);
  return d > max ? 0 : 1 - d / n;
}

/**
 * Tolerant matching for OCR-damaged words: edit distance with an early exit, and a
 * normalisation of the digit/letter confusions OCR makes most (0→O, 1→I, 5→S, 8→B).
 */

// Two rows reused by every call: the distance runs for every word of every furniture line,
// and allocating its rows each time cost more than the arithmetic.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance, giving up (returning `max + 1`) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // With no edit allowed, unequal strings are out at once (the full run would give the same).
  if (max <= 0) return max + 1;
  const m = b.length;
  if (prevRow.length <= m) {
    prevRow = new Int32Array(m + 1);
    curRow = new Int32Array(m + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

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
  return (text.match(/[\p{L}\p{N}$|'.-]+/gu) ?? []).map((w) => ocrFold(w.replace(/[.'-]+$/gu, '')));
}

// The profile's phrases are few and asked for on every furniture line: split once.
const phrases = new Map<string, readonly string[]>();
function phraseWords(phrase: string): readonly string[] {
  let words = phrases.get(phrase);
  if (!words) {
    if (phrases.size >= 1024) phrases.clear();
    words = phrase.toLowerCase().split(/\s+/u);
    phrases.set(phrase, words);
  }
  return words;
}

/**
 * True when `phrase` (one or more words) occurs in `text` (or its `fuzzyWords`) tolerantly:
 * each word of the phrase matches a consecutive word of the text within its edit budget.
 */
export function containsFuzzy(text: string | readonly string[], phrase: string): boolean {
  const words = typeof text === 'string' ? fuzzyWords(text) : text;
  const want = phraseWords(phrase);
  for (let i = 0; i + want.length <= words.length; i++) {
    if (want.every((w, k) => editDistance(words[i + k] ?? '', w, budget(w.length)) <= budget(w.length))) return true;
  }
  return false;
}

/** Similarity in [0, 1] of two strings (1 − distance / longer length), for comparing lines. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  const max = Math.ceil(n * 0.5);
  const d = editDistance(a, b, max);
  return d > max ? 0 : 1 - d / n;
}

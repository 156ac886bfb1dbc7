/**
 * The shape of a line measured in one pass over its code points: words (runs of non-white
 * space, as `/[^\s]+/g` finds them), letters and upper-case letters (`\p{L}`, `\p{Lu}`), the
 * words that open with a capital or a digit after at most one opening mark, the words mixing
 * letters and digits, and whether it ends like a sentence. ASCII is classified by code;
 * other characters by the same Unicode properties, once per character (memoised), so the
 * result is the one the patterns give, at a fraction of their cost.
 */
import type { Shape } from './shape.js';

const LETTER = 1;
const UPPER = 2;
const NUMBER = 4;
const SPACE = 8;

const IS_LETTER = /^\p{L}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;

/** The classes of a code point (bit flags). */
function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    if (cp >= 97 && cp <= 122) return LETTER;
    if (cp >= 48 && cp <= 57) return NUMBER;
    return cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : 0;
  }
  // Beyond ASCII the classes are read from the code point each time (no table kept between calls).
  const ch = String.fromCodePoint(cp);
  return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0) | (IS_SPACE.test(ch) ? SPACE : 0);
}

/** Marks a word may open with before its capital (`"Memorandum`, `(Secret)`). */
const OPENERS = `"'([`;
/** Marks that may follow a sentence's end (`."`, `.)`). */
const AFTER_END = `"'”’)`;

/** Whether the text ends like a sentence: `.`, `?` or `!`, then only closing quotes or brackets. */
function endsSentence(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && AFTER_END.includes(text[j]!)) j--;
  return j >= 0 && '.?!'.includes(text[j]!);
}

/** The code point at `i` of `text` (a lone surrogate is its own; `codePointAt` reads pairs the same way). */
function codePoint(text: string, i: number): number {
  return text.codePointAt(i)!;
}

/** Code units of a code point. */
const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** Measures the shape of a line (see the module comment). Pure. */
export function measureLine(text: string): Shape {
  let words = 0;
  let capitalised = 0;
  let mixed = 0;
  let letters = 0;
  let uppers = 0;
  // The current word: how many code points it has so far, what it holds, how it opened.
  let at = -1;
  let hasLetter = false;
  let hasNumber = false;
  let opened = false;
  for (let i = 0; i < text.length; ) {
    const cp = codePoint(text, i);
    const len = unitsOf(cp);
    const k = classOf(cp);
    if (k & SPACE) {
      if (at >= 0 && hasLetter && hasNumber) mixed++;
      at = -1;
      i += len;
      continue;
    }
    if (at < 0) {
      words++;
      at = 0;
      hasLetter = false;
      hasNumber = false;
      opened = false;
    }
    const capital = (k & (UPPER | NUMBER)) !== 0;
    if ((at === 0 && capital) || (at === 1 && opened && capital)) capitalised++;
    if (at === 0) opened = !capital && len === 1 && OPENERS.includes(text[i]!);
    if (k & LETTER) {
      letters++;
      hasLetter = true;
    }
    if (k & UPPER) uppers++;
    if (k & NUMBER) hasNumber = true;
    at++;
    i += len;
  }
  if (at >= 0 && hasLetter && hasNumber) mixed++;
  return {
    words,
    capitalised: words ? capitalised / words : 0,
    upper: letters ? uppers / letters : 0,
    sentenceEnd: endsSentence(text),
    mixedTokens: mixed,
  };
}

/** How many letters (`\p{L}` code points) the text has, as `text.match(/\p{L}/gu).length` counts them. */
export function letterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const cp = codePoint(text, i);
    if (classOf(cp) & LETTER) n++;
    i += unitsOf(cp);
  }
  return n;
}

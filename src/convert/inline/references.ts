import type { InlineRange } from './ranges.js';
import { createConvertMemo, type ConvertMemo } from '../memo.js';
import { boundlessPreTest } from '../pre-test.js';

const ref: InlineRange['make'] = (children, pos) => ({ type: 'ref', children, offset: pos.offset });

/** Telegram references (`Yourtel 1606`, `Deptel 42`): a reference word of the profile and a number. */
export function scanReferences(text: string, words: readonly string[], memo: ConvertMemo = createConvertMemo()): InlineRange[] {
  // A reference needs a number after white space; the pattern (case-folding) is dear to run.
  if (!words.length || !/[ \t\n]\d/u.test(text)) return [];
  const p = patternOf(words, memo);
  // Most paragraphs hold no reference word at all: the words alone are looked for first (`pre-test.ts`).
  if (p.pre && !p.pre.test(text)) return [];
  return [...text.matchAll(p.re)].map((m) => ({ start: m.index, end: m.index + m[0].length, innerStart: m.index, innerEnd: m.index + m[0].length, dropped: [], make: ref }));
}

// Compiled once per profile's word list and conversion (its memo), not once per paragraph.
function patternOf(words: readonly string[], memo: ConvertMemo): { readonly re: RegExp; readonly pre: RegExp | undefined } {
  return memo.once(words, 'inline/references', () => {
    const re = new RegExp(`\\b(?:${words.map(escape).join('|')})[ \\t\\n]+\\d+\\b`, 'giu');
    return { re, pre: boundlessPreTest(re) };
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

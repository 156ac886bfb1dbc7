import type { InlineRange } from './ranges.js';

const ref: InlineRange['make'] = (children, pos) => ({ type: 'ref', children, pos });

/** Telegram references (`Yourtel 1606`, `Deptel 42`): a reference word of the profile and a number. */
export function scanReferences(text: string, words: readonly string[]): InlineRange[] {
  // A reference needs a number after white space; the pattern (case-folding) is dear to run.
  if (!words.length || !/[ \t\n]\d/u.test(text)) return [];
  return [...text.matchAll(patternOf(words))].map((m) => ({ start: m.index, end: m.index + m[0].length, innerStart: m.index, innerEnd: m.index + m[0].length, dropped: [], make: ref }));
}

// Compiled once per profile's word list, not once per paragraph.
const patterns = new WeakMap<readonly string[], RegExp>();
function patternOf(words: readonly string[]): RegExp {
  let re = patterns.get(words);
  if (!re) patterns.set(words, (re = new RegExp(`\\b(?:${words.map(escape).join('|')})[ \\t\\n]+\\d+\\b`, 'giu')));
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

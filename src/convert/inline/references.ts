import type { InlineRange } from './ranges.js';

const ref: InlineRange['make'] = (children, pos) => ({ type: 'ref', children, pos });

/** Telegram references (`Yourtel 1606`, `Deptel 42`): a reference word of the profile and a number. */
export function scanReferences(text: string, words: readonly string[]): InlineRange[] {
  if (!words.length) return [];
  const re = new RegExp(`\\b(?:${words.map(escape).join('|')})[ \\t\\n]+\\d+\\b`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, innerStart: m.index, innerEnd: m.index + m[0].length, dropped: [], make: ref }));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

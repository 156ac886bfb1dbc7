import type { InlineRange } from './ranges.js';

const STRAIGHT = /"/gu;
const CURLY_OPEN = '“';
const CURLY_CLOSE = '”';

const q: InlineRange['make'] = (children, pos) => ({ type: 'q', children, offset: pos.offset });

function whole(start: number, end: number): InlineRange {
  return { start, end, innerStart: start, innerEnd: end, dropped: [], make: q };
}

/**
 * Quoted passages: curly quotes pair by direction; straight double quotes pair in order of
 * appearance (an odd one out stays plain text). The quotation marks stay in the text.
 */
export function scanQuotes(text: string): InlineRange[] {
  const out: InlineRange[] = [];
  const straight = [...text.matchAll(STRAIGHT)].map((m) => m.index);
  for (let k = 0; k + 1 < straight.length; k += 2) out.push(whole(straight[k]!, straight[k + 1]! + 1));
  const stack: number[] = [];
  // Without an opening curly quote no pair can close: the text is not walked.
  for (let i = text.indexOf(CURLY_OPEN); i !== -1 && i < text.length; i++) {
    const ch = text[i];
    if (ch === CURLY_OPEN) stack.push(i);
    else if (ch === CURLY_CLOSE && stack.length) out.push(whole(stack.pop()!, i + 1));
  }
  return out;
}

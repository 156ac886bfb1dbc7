import { FURNITURE_KINDS } from '../recognizers/index.js';
import { QUOTE_CLOSES, QUOTE_OPENS } from './back-matter.js';
import type { Item } from './items.js';

/** A close line standing alone (`End text.`, `END VERBATIM TEXT`): it ends the quotation and is not part of it. */
// Built from QUOTE_CLOSES (back-matter.ts), so the words of a close are written in one place.
const CLOSE_LINE = new RegExp(`^[^\\p{L}]{0,3}(?:${QUOTE_CLOSES.source.replaceAll('\\b', '')})[^\\p{L}]{0,3}$`, 'iu');

const textOf = (it: Item) => it.lines.map((l) => l.text).join(' ');

/**
 * The texts a document quotes whole: after an item that announces one (`… Begin text.`), up
 * to the item that closes it (`End text.`, outside the quotation when it stands alone, inside
 * when it ends the quoted text's last line). Returns, for the first item of each quotation,
 * the index after its last; a quotation never closed, or holding no text, is none. Pure, linear.
 */
export function quotedTexts(items: readonly Item[]): Map<number, number> {
  const out = new Map<number, number>();
  let open = -1;
  items.forEach((it, i) => {
    if (FURNITURE_KINDS.has(it.kind)) return;
    const text = textOf(it);
    if (open >= 0 && QUOTE_CLOSES.test(text)) {
      const end = CLOSE_LINE.test(text) ? i : i + 1;
      if (items.slice(open, end).some((x) => !FURNITURE_KINDS.has(x.kind))) out.set(open, end);
      open = -1;
    } else if (open < 0 && QUOTE_OPENS.test(text) && !QUOTE_CLOSES.test(text)) open = i + 1;
  });
  return out;
}

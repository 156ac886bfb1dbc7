import type { ConvertMemo } from '../memo.js';
import { FURNITURE_KINDS } from '../recognizers/index.js';
import type { Profile } from '../../profiles/profile.js';
import { usGovernment20c } from '../../profiles/us-government-20c.js';
import type { Item } from './items.js';
import { quoteMarkersOf, someLine } from './quote-markers.js';

const textOf = (it: Item) => it.lines.map((l) => l.text).join(' ');

/**
 * The texts a document quotes whole: after an item that announces one (`… Begin text.`), up
 * to the item that closes it (`End text.`, outside the quotation when it stands alone, inside
 * when it ends the quoted text's last line). Returns, for the first item of each quotation,
 * the index after its last; a quotation never closed, or holding no text, is none. The
 * markers are the profile's (`quoteOpens`, `quoteCloses`; the built-in profile's by default).
 * Pure, linear.
 */
export function quotedTexts(items: readonly Item[], profile: Profile = usGovernment20c, memo?: ConvertMemo): Map<number, number> {
  const markers = quoteMarkersOf(profile, memo);
  const out = new Map<number, number>();
  let open = -1;
  items.forEach((it, i) => {
    if (FURNITURE_KINDS.has(it.kind)) return;
    const closes = someLine(it.lines, markers.closes);
    if (open >= 0 && closes) {
      const end = markers.closeLine.test(textOf(it)) ? i : i + 1;
      if (items.slice(open, end).some((x) => !FURNITURE_KINDS.has(x.kind))) out.set(open, end);
      open = -1;
    } else if (open < 0 && !closes && someLine(it.lines, markers.opens)) open = i + 1;
  });
  return out;
}

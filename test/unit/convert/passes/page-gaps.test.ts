import { describe, expect, it } from 'vitest';
import { gapsOf } from '../../../../src/convert/pages/page-gaps.js';
import { itemsOf, profile } from './helpers.js';

/** Each gap as its item's first line, run, score, flags and cues, read from the table. */
const rowsOf = (text: string) => {
  const g = gapsOf(itemsOf(text), profile);
  return Array.from({ length: g.length }, (_, k) => ({
    at: g.item(k).lines[0]!.text,
    run: g.items.slice(g.from[k]!, g.at[k]!).map((it) => it.lines[0]!.text),
    textOnly: g.textOnly(k),
    explicit: g.explicit(k),
    printed: g.printed(k),
    cues: g.cuesOf(k),
  }));
};

describe('the gaps of the page model', () => {
  it('holds each gap as numbers by index, its run as a range of the items, and makes its cues only when asked', () => {
    const g = gapsOf(itemsOf('The first paragraph of the letter ends here.\n\n- 2 -\n\nThe second page goes on with its text.\n'), profile);
    for (const column of [g.at, g.from, g.line, g.score, g.flags, g.text]) {
      expect(column).toHaveLength(g.length);
      expect(column.every((x) => typeof x === 'number')).toBe(true);
    }
    expect(rowsOf('The first paragraph of the letter ends here.\n\n- 2 -\n\nThe second page goes on with its text.\n')).toEqual([
      { at: 'The second page goes on with its text.', run: ['- 2 -'], textOnly: false, explicit: true, printed: 2, cues: 'pageNum at 3' },
    ]);
  });

  it('gives a gap without furniture no run and no printed number, and its text cue when the text reads on', () => {
    expect(rowsOf('The first paragraph runs on over the turn and is not\n\nfinished until here, on the next page.\n')).toEqual([
      { at: 'finished until here, on the next page.', run: [], textOnly: true, explicit: false, printed: undefined, cues: 'text resumes in lower case (1.20)' },
    ]);
  });
});

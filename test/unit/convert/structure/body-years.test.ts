import { describe, expect, it } from 'vitest';
import { mentionedYears, statedYears } from '../../../../src/convert/dates/document-context.js';
import { createConvertMemo } from '../../../../src/convert/memo.js';
import { groupBlocks, scanLines } from '../../../../src/convert/scan-lines.js';
import { bodyYearsOf, bodyYearsOnce, PIECE_CHARACTERS, seam } from '../../../../src/convert/structure/body-years.js';
import { itemize } from '../../../../src/convert/structure/items.js';
import { usGovernment20c } from '../../../../src/profiles/us-government-20c.js';

const MONTHS = ['March', 'April', 'May', 'June', 'July', 'August'];
// A paragraph whose dates run across its line breaks (a month at a line's end, its day and year on the next), with one seam: its last line ends in `)`.
const paragraph = (i: number) => [
  `The board met on ${MONTHS[i % 6]}`,
  `${(i % 27) + 1}, ${1901 + (i % 80)} and again on ${MONTHS[(i + 1) % 6]}`,
  `${(i % 25) + 2}, ${1902 + (i % 70)}, when the 19th`,
  `of ${MONTHS[(i + 2) % 6]} was set for the next (item ${i})`,
].join('\n');
const TEXT = `${Array.from({ length: 1200 }, (_, i) => paragraph(i)).join('\n\n')}\n`;

const itemsOf = (text: string) => itemize(groupBlocks(scanLines(text)), { profile: usGovernment20c });

describe('the years of a body, read piece by piece', () => {
  it('are those of the body joined, in order, though it is read in pieces cut only at seams', () => {
    const items = itemsOf(TEXT);
    const lines = items.filter((it) => it.kind === 'text').flatMap((it) => it.lines.map((l) => l.text));
    const body = lines.join('\n');
    const read: string[] = [];
    const years = bodyYearsOf(items, { profile: usGovernment20c, stated: (t) => (read.push(t), statedYears(t, usGovernment20c)) });
    expect(years).toEqual({ stated: statedYears(body, usGovernment20c), mentioned: mentionedYears(body) });
    // Two full dates a paragraph, each across a line break (the 19th of a month has no year of its own).
    expect(years.stated.length).toBe(1200 * 2);
    // Several pieces, none much longer than a piece, together the body; each cut where no date runs across.
    expect([read.length > 2, read.every((t) => t.length < PIECE_CHARACTERS + 100), read.join('\n')]).toEqual([true, true, body]);
    for (let k = 1; k < read.length; k++) expect(seam(read[k - 1]!.slice(read[k - 1]!.lastIndexOf('\n') + 1), read[k]!.split('\n')[0]!)).toBe(true);
  });

  it('are read whole from a body shorter than a piece', () => {
    const items = itemsOf(`${paragraph(1)}\n\n${paragraph(2)}\n`);
    const read: string[] = [];
    bodyYearsOf(items, { profile: usGovernment20c, stated: (t) => (read.push(t), statedYears(t, usGovernment20c)) });
    expect(read).toEqual([`${paragraph(1)}\n${paragraph(2)}`]);
  });

  it('are read once for the same run of items asked twice in a row, afresh for another run', () => {
    const items = itemsOf(`${paragraph(3)}\n\n${paragraph(4)}\n`);
    const s = { profile: usGovernment20c, memo: createConvertMemo() };
    const first = bodyYearsOnce(items, s);
    expect(bodyYearsOnce([...items], s)).toBe(first);
    const part = bodyYearsOnce(items.slice(1), s);
    expect([part === first, part.stated]).toEqual([false, statedYears(paragraph(4), usGovernment20c)]);
  });
});

describe('a seam of the body', () => {
  it('is a line break after a line that ends in no date part, or before one that begins with none', () => {
    expect([seam('as agreed (see above)', 'March 3, 1951'), seam('was signed on', '“March 3, 1951”'), seam('filed:', '12 May 1950')]).toEqual([true, true, true]);
  });

  it('is no line break a date may run across: a month, a day, an abbreviation or a comma before a part', () => {
    expect([seam('met on March', '12, 1944'), seam('on the 12th', 'of May'), seam('dated 3 Jan.', '1944'), seam('on 3 May,', '1944'), seam('on 3 May', '\u00A01944')]).toEqual([false, false, false, false, false]);
  });
});

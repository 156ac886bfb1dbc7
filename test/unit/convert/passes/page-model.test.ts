import { describe, expect, it } from 'vitest';
import { pageModel } from '../../../../src/convert/pages/page-model.js';
import { itemsOf, profile } from './helpers.js';

/** The first lines of the items a page turn precedes. */
const turnsOf = (text: string) => {
  const items = itemsOf(text);
  const plan = pageModel(items, profile);
  return items.filter((it) => plan.turns.has(it)).map((it) => it.lines[0]!.text);
};

describe('the page model', () => {
  it('places no page turn in double-spaced text where blank lines stand inside sentences', () => {
    const lines = ['The harbour was closed to all', 'shipping for the whole of the', 'week, and the pilots stayed', 'ashore until the order was', 'withdrawn by the port office.', 'Nobody knew when it would', 'open again, and the traders', 'waited in the town.'];
    expect(turnsOf(lines.join('\n\n') + '\n')).toEqual([]);
  });

  it('turns the page in a clean transcript where a paragraph breaks off and resumes in lower case', () => {
    const text = 'The first paragraph is complete in itself and ends well.\n\nThe second one runs on over the turn of the page and is not\n\nfinished until here, on the next page.\n';
    expect(turnsOf(text)).toEqual(['finished until here, on the next page.']);
  });

  it('turns at printed page numbers and record footers, and lets inferred turns agree with them', () => {
    const text = [
      'The memorandum opens with this paragraph of text.',
      'QX 40112 RecId:88120045 Page 1',
      'and it goes on here on the second page, where the text',
      'continues without any printed sign of a page.',
      'QX 40112 RecId:88120045 Page 2',
      'The third page holds the last paragraph.',
    ].join('\n\n');
    expect(turnsOf(text + '\n')).toEqual(['and it goes on here on the second page, where the text', 'The third page holds the last paragraph.']);
  });

  it('does not read a footnote mark at a paragraph end as a sentence broken off', () => {
    const text = 'The arrangement was put under international control.[1]\n\nA second paragraph begins here and ends here.\n';
    expect(turnsOf(text)).toEqual([]);
  });
  it('infers no turn before a record footer counting its page as the first, and one before a footer counting the second or a bare page number', () => {
    const text = (n: number | string) => [
      'The first paragraph is complete in itself and ends well.',
      'The second one runs on over what looks like a turn and is not',
      'finished until here, on what may be the next page.',
      typeof n === 'number' ? `QX 40112 RecId:88120045 Page ${n}` : n,
      'The last page holds the last paragraph.',
    ].join('\n\n') + '\n';
    // A bare page number may restart with a later document: it bounds nothing before it.
    expect([turnsOf(text(1)), turnsOf(text(2)), turnsOf(text('- 2 -'))]).toEqual([
      ['The last page holds the last paragraph.'],
      ['finished until here, on what may be the next page.', 'The last page holds the last paragraph.'],
      ['finished until here, on what may be the next page.', 'The last page holds the last paragraph.'],
    ]);
  });
});

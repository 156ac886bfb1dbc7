import { describe, expect, it } from 'vitest';
import { placedLabel, placedOf } from './steps-helpers.js';

const placed = (text: string) => placedOf(text).docs.map((d) => d.map(placedLabel));

describe('the placement pass', () => {
  it('places a letter: salutation in a new opener, body joined across a page number, close and signature in a new closer', () => {
    const text = 'Dear Anna,\n\nThe parcel came on Monday and we opened it at once with great joy, and\n\n- 2 -\n\nthe children ate the cake before supper.\n\nYours ever,\n\nTom\n\n- 3 -\n';
    expect(placed(text)).toEqual([[
      'salute -> new-opener: Dear Anna,',
      'text new: The parcel came on Monday and we opened it at once with great joy, and',
      'run body -> paragraph: - 2 -',
      'text joins: the children ate the cake before supper.',
      'closing -> new-closer: Yours ever,',
      'signed -> closer: Tom',
      'run closer -> closer: - 3 -',
    ]]);
  });

  it('opens a new paragraph at a numbered block even where the one before breaks off, and joins a word split over the page', () => {
    const text = 'NOFORN\n\nMEMORANDUM FOR THE FILE\n\nSUBJECT: Dues\n\nThe board lowered the dues for the winter months of the year, but it was not\n\n2. The pilots asked for a meeting with the board in the spring of the year.\n\nNOFORN\n\nThe pilots were told that the harbour master would re-\n\n- 2 -\n\nconsider the matter.\n';
    expect(placed(text)).toEqual([[
      'caveat -> new-opener: NOFORN',
      'head -> parts: MEMORANDUM FOR THE FILE',
      'field -> new-opener: SUBJECT: Dues',
      'text new: The board lowered the dues for the winter months of the year, but it was not',
      'text new after a gap: 2. The pilots asked for a meeting with the board in the spring of the year.',
      'run body -> parts: NOFORN',
      'text new: The pilots were told that the harbour master would re-',
      'run body -> paragraph (in a word): - 2 -',
      'text joins: consider the matter.',
    ]]);
  });

  it('joins text that resumes in lower case after a blank line, and says why', () => {
    const text = 'The board lowered the dues for the winter months, as the pilots had asked it to do in the autumn\n\nand the harbour master agreed.\n';
    expect(placed(text)).toEqual([[
      'text new: The board lowered the dues for the winter months, as the pilots had asked it to do in the autumn',
      'text joins after a gap (resumes in lower case): and the harbour master agreed.',
    ]]);
  });

  it('gives a closer back no line once prose has followed it: the next close starts a new closer', () => {
    const text = 'Dear Anna,\n\nThe parcel came on Monday and we opened it at once with great joy.\n\nYours ever,\n\nThe board then went on to other matters of the harbour and its pilots.\n\nFaithfully,\n\nTom\n';
    expect(placed(text)).toEqual([[
      'salute -> new-opener: Dear Anna,',
      'text new: The parcel came on Monday and we opened it at once with great joy.',
      'closing -> new-closer: Yours ever,',
      'text new: The board then went on to other matters of the harbour and its pilots.',
      'closing -> new-closer: Faithfully,',
      'signed -> closer: Tom',
    ]]);
  });
});

import { describe, expect, it } from 'vitest';
import { containsFuzzy, fuzzyWords } from '../../../../src/convert/fuzzy.js';
import { stamp } from '../../../../src/convert/recognizers/stamp.js';
import { usGovernment20c } from '../../../../src/profiles/us-government-20c.js';
import { mergeProfile } from '../../../../src/profiles/profile.js';

describe('tolerant words', () => {
  it('cut the full stops, apostrophes and hyphens that end a word, and keep those inside it', () => {
    expect(fuzzyWords("Dept.- of Sta'te's-- 0FFICE. U.S. x-ray")).toEqual(['dept', 'of', "sta'te's", 'office', 'u.s', 'x-ray']);
  });

  it('leave a word that is only marks as an empty word, not drop it', () => {
    expect(fuzzyWords("... ok -'")).toEqual(['', 'ok', '']);
  });

  it('find a phrase of several words when each word is within its own budget', () => {
    expect(containsFuzzy('RETAINED UNDER SECTI0N 3(4)', 'retained under section')).toBe(true);
    expect(containsFuzzy('RETAINEX UNDER SECTI0N', 'retained under section')).toBe(true);
  });

  it('miss a phrase when one of its words is beyond its budget, or the words are not consecutive', () => {
    expect(containsFuzzy('RETAINED UNDXX SECTION', 'retained under section')).toBe(false);
    expect(containsFuzzy('RETAINED NOW UNDER SECTION', 'retained under section')).toBe(false);
    expect(containsFuzzy('RETAINED UNDER', 'retained under section')).toBe(false);
  });
});

describe('stamp patterns', () => {
  const profile = mergeProfile(usGovernment20c, { extend: true, stamps: [{ type: 'received', keywords: [], patterns: ['^RCVD[ \\t]+\\d', 'LOGGED[ \\t]+IN'] }] });
  const ctx = { profile };

  it('read a pattern anchored at the line start even on a line shaped like prose', () => {
    expect(stamp('RCVD 12 and then it was sent on to the desk officer for his action.', ctx)).toEqual({ kind: 'stamp', rule: 'stamp/received/pattern', value: 'received' });
  });

  it('read an unanchored pattern on a stamp-shaped line only, not in prose', () => {
    expect(stamp('LOGGED IN 4 MAY', ctx)).toEqual({ kind: 'stamp', rule: 'stamp/received/pattern', value: 'received' });
    expect(stamp('the cable was logged in at the desk and then it went on to the others.', ctx)).toBeUndefined();
  });
});

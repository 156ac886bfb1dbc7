import { describe, expect, it } from 'vitest';
import { judgeLine } from '../../../../src/convert/candidates/candidates.js';
import { itemsOf, labels, profile } from './helpers.js';

const kindOf = (text: string) => judgeLine(text, { profile }).best.match.kind;

describe('a scanner page head', () => {
  it('is a number, a dash and a run of zeros, maybe with OCR residue after it', () => {
    expect(['7-0000', '22-00000', '22-00000 —', '105-000000'].map(kindOf)).toEqual(['running-head', 'running-head', 'running-head', 'running-head']);
  });

  it('may carry a short lower-case OCR fragment after it, but no words', () => {
    expect(['31-00000 . xu', '31-00000 xu', '31-00000 . xu vy', '31-00000 Pier'].map(kindOf)).toEqual(['running-head', 'running-head', 'unclassified', 'unclassified']);
  });

  it('is no record number, date, range or phone number whose digits vary', () => {
    expect(['22-10348', '1962-10-27', '12-0000 and more', '544-6000', '22-000'].map(kindOf).includes('running-head')).toBe(false);
  });

  it('stands apart from the text of a block it was run into', () => {
    expect(labels(itemsOf('Orla Quist\nHarbour Division\n22-00000\nThe survey goes on in the second page of the note.\n'))).toEqual([
      '1 text: Orla Quist',
      '3 running-head: 22-00000',
      '4 text: The survey goes on in the second page of the note.',
    ]);
  });
});

describe('a spelled-out page number', () => {
  const matchOf = (text: string) => {
    const m = judgeLine(text, { profile }).best.match;
    return `${m.kind} ${m.value ?? ''}`;
  };

  it('is the page word and a number word of the profile, the number its value', () => {
    expect(['Page Four', 'PAGE THREE', 'page twenty-one'].map(matchOf)).toEqual(['pageNum 4', 'pageNum 3', 'pageNum 21']);
  });

  it('is not the page word with another word, nor a sentence that names a page', () => {
    expect(['Page Turner', 'Page four is missing.'].map((t) => judgeLine(t, { profile }).best.match.kind)).toEqual(['text', 'text']);
  });
});

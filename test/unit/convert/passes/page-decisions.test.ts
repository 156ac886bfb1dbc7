import { describe, expect, it } from 'vitest';
import { footPageNumber, pageDecisions, plannedBreak, type PageDecisions, type RunPages, type TextPages } from '../../../../src/convert/pages/page-decisions.js';
import { itemsOf } from './helpers.js';
import { placedOf } from './steps-helpers.js';

const FIRST = { page: 1, fresh: true, empty: false };

/** Each step's page decision in one line: a run's turn (`pb N@at`, `pb N?` inferred, `renumber N`), a text's inferred turn. */
function summary(d: PageDecisions): string[] {
  return d.steps.flatMap((s): string[] => {
    if (!s) return [];
    if ('steps' in s) return [`quoted: ${summary(s).join(', ')} (to page ${s.page})`];
    const r = s as RunPages & TextPages;
    if (r.renumber !== undefined) return [`renumber ${r.renumber}`];
    if (!r.pb) return ['no turn'];
    return [`pb ${r.pb.n}${r.pb.inferred ? '?' : ''}${r.at !== undefined ? `@${r.at}` : ''}${r.record ? ` [${r.record.rule}]` : ''}${r.notice ? ' (noticed)' : ''}`];
  });
}

const decided = (text: string, start = FIRST) => {
  const { plan, docs } = placedOf(text);
  return docs.map((d) => pageDecisions(d, plan, start));
};

describe('the page decisions', () => {
  it('turn no page at a citation heading a page that holds nothing yet, but do once the document holds anything', () => {
    const text = 'HB 2207/1409\n\nThe board met on Monday and talked at length about the dues of the port.\n';
    expect([summary(decided(text)[0]!), summary(decided(text, { page: 1, fresh: false, empty: false })[0]!)]).toEqual([
      ['no turn'],
      ['pb 2?@1 [page-break/furniture]'],
    ]);
  });

  it('turn to a printed number, then infer the next one at a form feed', () => {
    const text = 'The board met on Monday and talked at length about the dues of the port.\n\n- 2 -\n\nThe pilots asked for lower dues in the winter months of the year.\n\n\f\nThe harbour master agreed to put it to the board in the spring.\n';
    const [d] = decided(text);
    expect([summary(d!), d!.page]).toEqual([['pb 2@0 [page-break/printed-number]', 'pb 3?@0 [page-break/furniture]'], 3]);
  });

  it('renumber the opening page break from a number printed on the first page, and count on from it', () => {
    const text = '- 3 -\n\nThe board met on Monday and talked at length about the dues of the port.\n\n\f\nThe pilots asked for lower dues in the winter months of the year.\n';
    const [d] = decided(text);
    expect([summary(d!), d!.page]).toEqual([['renumber 3', 'pb 4?@0 [page-break/furniture]'], 4]);
  });

  it('do not renumber a page break once the document holds anything else, and turn no page after the last content', () => {
    const text = '- 3 -\n\nThe board met on Monday and talked at length about the dues of the port.\n\n- 4 -\n';
    expect([summary(decided(text, { page: 1, fresh: false, empty: false })[0]!), summary(decided(text)[0]!)]).toEqual([
      ['pb 3@0 [page-break/printed-number]', 'no turn'],
      ['renumber 3', 'no turn'],
    ]);
  });

  it('infer a turn inside a paragraph that breaks off where the page model turns the page, and move on at a [p. N] marker only forward', () => {
    const text = 'The first paragraph is complete in itself and ends well.\n\nThe second one runs on over the turn of the page and is not\n\nfinished until here, on the next page [p. 5].\n\nA last paragraph on page five or later [p. 2].\n';
    const [d] = decided(text);
    expect([summary(d!), d!.page]).toEqual([['pb 2? [page-break/resumes-in-lower-case] (noticed)'], 5]);
  });

  it('give a split run\'s unprinted turn to the next document as its page 1', () => {
    const memo = (s: string, by: string) => `MEMORANDUM FOR THE FILE\n\nSUBJECT: ${s}\n\nThe board met and talked at length about the winter dues and the pilots of the port.\n\n${by}\n`;
    const text = `${memo('Dues', '/s/ A. Becker')}\n\f\n${memo('Fees', '/s/ C. Dorn')}`;
    expect(decided(text).map(summary)).toEqual([['pb 1?@0'], []]);
  });
});

describe('where a run turns the page', () => {
  it('is after a printed number equal to the current page (a number at the foot), else where the furniture shows it', () => {
    const run = itemsOf('Page 2\n\nQX 40112 RecId:88120045\n');
    expect([footPageNumber(run, { at: 0, printed: '2' }, true, 2), footPageNumber(run, { at: 0, printed: '3' }, true, 2), footPageNumber(run, { at: 0, printed: '2' }, false, 2)]).toEqual([
      { at: 1 }, { at: 0, printed: '3' }, { at: 0, printed: '2' },
    ]);
  });

  it('is nowhere in a gap the page model left without a turn once the body has begun; before it the furniture decides', () => {
    const [run, next] = [itemsOf('- 2 -\n'), itemsOf('The pilots went on.\n')[0]];
    expect([plannedBreak(run, next, true, false), plannedBreak(run, next, false, false), plannedBreak(itemsOf('SECRET\n'), next, true, true)]).toEqual([{ at: -1 }, { at: 0, printed: '2' }, { at: 0 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../../src/ir/position.js';
import { PageCount } from '../../../../src/convert/pages/page-count.js';
import type { StructureContext } from '../../../../src/convert/structure/context.js';
import { itemsOf, profile } from './helpers.js';

const context = (): StructureContext => ({ profile, index: new LineIndex(''), report: () => {}, decisions: [], applied: new Set() });

describe('the page count of a document', () => {
  it('turns to a printed number, then infers the next one and records that it did', () => {
    const ctx = context();
    const pages = new PageCount(ctx, 1);
    const [a, b] = itemsOf('- 4 -\n\nQX 40112 RecId:88120045\n');
    const printed = pages.turn(a!, '4');
    const inferred = pages.turn(b!, undefined);
    expect([printed.n, printed.inferred, inferred.n, inferred.inferred, pages.page, [...ctx.applied], ctx.decisions.map((d) => d.rule)]).toEqual([
      '4', false, '5', true, 5, ['inferred-page'], ['page-break/printed-number', 'page-break/furniture'],
    ]);
  });

  it('starts at the printed number of the first page, and a [p. N] marker only moves it forward', () => {
    const pages = new PageCount(context(), 1);
    pages.startAt('3');
    pages.marked(2);
    const before = pages.page;
    pages.marked(6);
    pages.startAt('iv');
    expect([before, pages.page]).toEqual([3, 6]);
  });

  it('turns the page after a printed number equal to the current page (a number at the page foot)', () => {
    const pages = new PageCount(context(), 1, 2);
    const run = itemsOf('Page 2\n\nQX 40112 RecId:88120045\n');
    expect([pages.footPageNumber(run, { at: 0, printed: '2' }, true), pages.footPageNumber(run, { at: 0, printed: '3' }, true), pages.footPageNumber(run, { at: 0, printed: '2' }, false)]).toEqual([
      { at: 1 }, { at: 0, printed: '3' }, { at: 0, printed: '2' },
    ]);
  });

  it('places no turn in a gap the page model left without one once the body has begun; before it the furniture decides', () => {
    const ctx = { ...context(), plan: { turns: new Map() } };
    const [run, next] = [itemsOf('- 2 -\n'), itemsOf('The pilots went on.\n')[0]];
    expect([new PageCount(ctx, 1).planned(run, next, true), new PageCount(ctx, 1).planned(run, next, false)]).toEqual([{ at: -1 }, { at: 0, printed: '2' }]);
  });
});

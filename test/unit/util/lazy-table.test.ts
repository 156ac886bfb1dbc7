import { describe, expect, it } from 'vitest';
import { lazyTable } from '../../../src/util/lazy-table.js';

describe('a lazy table', () => {
  it('makes each key once and gives the same value after, undefined included', () => {
    const asked: string[] = [];
    const get = lazyTable((k: string) => { asked.push(k); return k === 'none' ? undefined : { k }; });
    const first = get('a');
    expect([get('a') === first, get('none'), get('none'), asked]).toEqual([true, undefined, undefined, ['a', 'none']]);
  });

  it('shares nothing between two tables', () => {
    let n = 0;
    const make = () => ++n;
    const one = lazyTable(make);
    const two = lazyTable(make);
    expect([one('x'), two('x'), one('x')]).toEqual([1, 2, 1]);
  });
});

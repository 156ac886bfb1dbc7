import { describe, expect, it } from 'vitest';
import { createConvertMemo, memoOf } from '../../../src/convert/memo.js';

describe('a conversion memo', () => {
  it('makes a value once per owner and slot and returns that same value after', () => {
    const memo = createConvertMemo();
    const owner = ['a', 'b'];
    const made: string[] = [];
    const first = memo.once(owner, 'test/joined', (o) => (made.push('joined'), o.join('+')));
    const again = memo.once(owner, 'test/joined', (o) => (made.push('joined again'), o.join('-')));
    const other = memo.once(owner, 'test/count', (o) => (made.push('count'), o.length));
    expect({ first, again, other, made }).toEqual({ first: 'a+b', again: 'a+b', other: 2, made: ['joined', 'count'] });
  });

  it('keeps values by the owner identity, so an equal but distinct owner gets its own', () => {
    const memo = createConvertMemo();
    const values = [['x'], ['x']].map((o, i) => memo.once(o, 'test/index', () => i));
    expect(values).toEqual([0, 1]);
  });

  it('shares nothing between two memos (two conversions)', () => {
    const owner = { n: 1 };
    const a = createConvertMemo().once(owner, 'test/slot', () => 'first run');
    const b = createConvertMemo().once(owner, 'test/slot', () => 'second run');
    expect([a, b]).toEqual(['first run', 'second run']);
  });

  it('remembers an undefined value as made (a lookup that found nothing is not redone)', () => {
    const memo = createConvertMemo();
    let calls = 0;
    const owner = {};
    const values = [1, 2].map(() => memo.once(owner, 'test/none', () => { calls += 1; return undefined; }));
    expect({ values, calls }).toEqual({ values: [undefined, undefined], calls: 1 });
  });

  it('gives the memo a context carries, and a fresh one when it carries none', () => {
    const memo = createConvertMemo();
    const owner = {};
    memo.once(owner, 'test/held', () => 'held');
    expect([memoOf({ memo }).once(owner, 'test/held', () => 'new'), memoOf({}).once(owner, 'test/held', () => 'new')]).toEqual(['held', 'new']);
  });
});

import { describe, expect, it } from 'vitest';
import { PACKED_BLOCK, PackedList } from '../../../src/util/packed-list.js';

describe('a packed list', () => {
  it('gives back every value exactly, in order, across blocks and with values longer than a block', () => {
    const list = new PackedList<{ n: number; s: string } | string | null>();
    const want: ({ n: number; s: string } | string | null)[] = [];
    // Strings of one to four UTF-8 bytes a character, a lone surrogate, U+FEFF, a combining mark,
    // a value of more than one block, and enough small ones to fill several.
    for (let i = 0; i < 5_000; i++) want.push(i % 997 === 5 ? 'é𝔄\ud800\ufeffe\u0301'.repeat(PACKED_BLOCK / 4) : i % 3 ? { n: i, s: `item ${i} — ü 𝔘 \udc00` } : i % 5 ? `text ${i}` : null);
    for (const v of want) list.push(v);
    expect(list.length).toBe(want.length);
    expect([...list.values()]).toEqual(want);
    expect(list.take()).toEqual(want);
    expect(list.length).toBe(0);
    expect([...list.values()]).toEqual([]);
    list.push('again');
    expect(list.take()).toEqual(['again']);
  });
});

import { describe, expect, it } from 'vitest';
import { Postings } from '../../../src/render/search-postings.js';

describe('search postings', () => {
  it('give each term\'s documents and counts per field, in the order added', () => {
    const p = new Postings(2);
    p.add('harbour', 0, 0, 1);
    p.add('harbour', 1, 0, 3);
    p.add('dues', 1, 0, 2);
    p.add('harbour', 1, 2, 1);
    expect([...p.terms()].sort()).toEqual(['dues', 'harbour']);
    expect([...p.of('harbour', 0)]).toEqual([[0, 1]]);
    expect([...p.of('harbour', 1)]).toEqual([[0, 3], [2, 1]]);
    expect([...p.of('dues', 1)]).toEqual([[0, 2]]);
  });

  it('give nothing for a term not added, nor for a field the term is not in', () => {
    const p = new Postings(2);
    p.add('dues', 1, 0, 2);
    expect([...p.of('due', 1)]).toEqual([]);
    expect([...p.of('dues', 0)]).toEqual([]);
  });

  it('keep every posting past their arrays\' first size (many terms, many documents)', () => {
    const p = new Postings(2);
    const expected = new Map<string, [number, number][]>();
    for (let doc = 0; doc < 300; doc++) {
      for (let t = 0; t < 40; t++) {
        const term = `w${(doc * 13 + t * 7) % 500}`;
        p.add(term, t % 2, doc, t + 1);
        const key = `${term} ${t % 2}`;
        expected.set(key, [...(expected.get(key) ?? []), [doc, t + 1]]);
      }
    }
    const got = new Map<string, [number, number][]>();
    for (const term of p.terms()) for (const f of [0, 1]) if ([...p.of(term, f)].length) got.set(`${term} ${f}`, [...p.of(term, f)].map(([d, c]) => [d, c]));
    expect(got).toEqual(expected);
  });

  it('keep every posting across their blocks (150,000 postings, three blocks), each term\'s in order', () => {
    const p = new Postings(2);
    const expected = new Map<string, [number, number][]>();
    for (let doc = 0; doc < 3000; doc++) {
      for (let t = 0; t < 50; t++) {
        // Terms that recur in every block, and terms of one document each.
        const term = t < 25 ? `w${(doc * 31 + t * 11) % 997}` : `d${doc}-${t}`;
        p.add(term, t % 2, doc, (doc + t) % 7 + 1);
        const key = `${term} ${t % 2}`;
        const list = expected.get(key) ?? [];
        list.push([doc, (doc + t) % 7 + 1]);
        expected.set(key, list);
      }
    }
    const got = new Map<string, [number, number][]>();
    for (const term of p.terms()) for (const f of [0, 1]) if ([...p.of(term, f)].length) got.set(`${term} ${f}`, [...p.of(term, f)].map(([d, c]) => [d, c]));
    expect(got.size).toBe(expected.size);
    expect(got).toEqual(expected);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentNode, Furniture } from '../../../../src/ir/nodes.js';
import { fillFolioRun } from '../../../../src/convert/pages/folio-run.js';
import { FolioSettler } from '../../../../src/convert/structure/settle-folios.js';

const pos = { line: 1, column: 1, offset: 0 };
const folio = (n: string | undefined): Furniture => ({ type: 'fw', kind: 'folio', children: [{ type: 'text', value: n ?? '8?6', offset: 0 }], pos, ...(n !== undefined ? { n } : {}) });
const doc = (n: number, folios: readonly Furniture[]): DocumentNode => ({ type: 'document', kind: 'letter', n, parts: [...folios], pos });

/** Settles the documents one at a time; returns the order they came out in, each when it came out (after which document was added), and the folios filled. */
function settle(docs: readonly DocumentNode[]): { order: number[]; after: number[]; filled: Furniture[] } {
  const order: number[] = [];
  const after: number[] = [];
  const filled: Furniture[] = [];
  let added = 0;
  const s = new FolioSettler((d) => {
    order.push(d.n);
    after.push(added);
  }, (f) => filled.push(f));
  for (const d of docs) {
    added = d.n;
    s.add(d);
  }
  added = -1;
  s.end();
  return { order, after, filled };
}

describe('documents are settled one at a time with the folio numbers of the whole run', () => {
  it('holds a document whose last folio is damaged until the next folio is seen, and hands the others on at once', () => {
    const docs = [doc(1, [folio('855'), folio(undefined)]), doc(2, []), doc(3, [folio('857')]), doc(4, [folio('858')])];
    const r = settle(docs);
    expect(r).toEqual({ order: [1, 2, 3, 4], after: [3, 3, 3, 4], filled: [docs[0]!.parts[1]] });
    expect(docs[0]!.parts[1]).toEqual({ ...folio(undefined), n: '856', nInferred: true });
  });

  it('reads a damaged folio at the end of the transcript from the one before it', () => {
    const docs = [doc(1, [folio('12')]), doc(2, [folio(undefined)])];
    const r = settle(docs);
    expect(r).toEqual({ order: [1, 2], after: [1, -1], filled: [docs[1]!.parts[0]] });
    expect(docs[1]!.parts[0]).toEqual({ ...folio(undefined), n: '13', nInferred: true });
  });

  it('leaves a damaged folio between two that are not two apart as it is, and says nothing of it', () => {
    const docs = [doc(1, [folio('20'), folio(undefined)]), doc(2, [folio('25')])];
    expect(settle(docs)).toEqual({ order: [1, 2], after: [2, 2], filled: [] });
    expect(docs[0]!.parts[1]).toEqual(folio(undefined));
  });

  it('gives every folio the number fillFolioRun gives it over all the folios at once, and fills the same ones in the same order', () => {
    const number = fc.option(fc.integer({ min: 1, max: 30 }).map(String), { nil: undefined });
    const documents = fc.array(fc.array(number, { maxLength: 4 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(documents, (spec) => {
        const streamed = spec.map((ns, i) => doc(i + 1, ns.map(folio)));
        const whole = spec.map((ns, i) => doc(i + 1, ns.map(folio)));
        const r = settle(streamed);
        const all = whole.flatMap((d) => d.parts as Furniture[]);
        const filledAtOnce = fillFolioRun(all).map((f) => all.indexOf(f));
        const streamedAll = streamed.flatMap((d) => d.parts as Furniture[]);
        expect([streamed, r.order, r.filled.map((f) => streamedAll.indexOf(f))]).toEqual([whole, spec.map((_, i) => i + 1), filledAtOnce]);
      }),
    );
  });
});

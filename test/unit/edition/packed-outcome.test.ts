import { describe, expect, it } from 'vitest';
import type { DocOutcome } from '../../../src/edition/build-context.js';
import { PackedOutcomes } from '../../../src/edition/packed-outcome.js';

const rendered: DocOutcome = {
  id: 'letter-07',
  name: 'letter-07.txt',
  teiPath: 'edition/tei/letter-07.xml',
  teiSha: 'a'.repeat(64),
  harvested: true,
  recordKey: 'b'.repeat(64),
  // The deposit record is in the bundle of its render.
  recordIn: 'c'.repeat(64),
  isTei: true,
  entry: {
    id: 'letter-07',
    key: 'c'.repeat(64),
    // Non-ASCII, a lone surrogate and a quote survive; outputs keep the order they were made in.
    summary: { title: 'Brief an Ménard \ud800 "Entwurf" 𝔄', lang: 'de', date: '1912-03-04', dateLabel: '4 March 1912', sender: 'A. B.', types: ['letter', 'enclosure'], pages: 3 },
    made: new Set(['reading', 'diplomatic', 'print', 'html', 'tei']),
    searchable: true,
  },
};

const refused: DocOutcome = { id: 'memo-2', name: 'memo-2.txt', teiPath: 'tei/memo-2.xml', teiSha: 'd'.repeat(64), harvested: false, recordKey: '', isTei: false };

describe('document outcomes kept packed', () => {
  it('read back as the outcomes they were made from, in order, outputs in their order', () => {
    const kept = new PackedOutcomes();
    kept.add([rendered, refused]);
    kept.add([{ ...rendered, id: 'letter-08', entry: { ...rendered.entry!, id: 'letter-08' } }]);
    expect(kept.length).toBe(3);
    const back = kept.take();
    expect(back).toEqual([rendered, refused, { ...rendered, id: 'letter-08', entry: { ...rendered.entry!, id: 'letter-08' } }]);
    expect([...(back[0]!.entry?.made ?? [])]).toEqual(['reading', 'diplomatic', 'print', 'html', 'tei']);
    expect(kept.length).toBe(0);
    expect(kept.take()).toEqual([]);
  });

  it('keep a refused document without a site entry, not with an empty one', () => {
    const kept = new PackedOutcomes();
    kept.add([refused]);
    const [back] = kept.take();
    expect(back).toEqual(refused);
    expect(['entry' in back!, 'recordIn' in back!]).toEqual([false, false]);
  });
});

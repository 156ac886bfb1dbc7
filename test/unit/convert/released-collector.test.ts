import { describe, expect, it } from 'vitest';
import { releasedCollector } from '../../../src/convert/index.js';
import type { DocumentNode } from '../../../src/ir/nodes.js';
import { documentDivParts } from '../../../src/tei/handlers/blocks.js';

const pos = { line: 1, column: 1, offset: 0 };
const doc = (parts: number): DocumentNode => ({ type: 'document', kind: 'letter', n: 1, pos, parts: Array.from({ length: parts }, (_, i) => ({ type: 'p', children: [{ type: 'text', value: `Part ${i}`, offset: 0 }], pos })) });

/** The parts after which a document of `parts` parts, written and let go, is collected. */
function collectedAfter(parts: number): number[] {
  const at: number[] = [];
  let done = 0;
  const collector = releasedCollector(() => at.push(done));
  const { children } = documentDivParts(doc(parts), true, (n, of) => {
    done = n;
    collector(n, of);
  });
  for (const _ of children);
  return at;
}

describe('a large document written and let go part by part', () => {
  it('is collected at each eighth of its parts, not after its last', () => {
    expect(collectedAfter(2400)).toEqual([300, 600, 900, 1200, 1500, 1800, 2100]);
  });

  it('is not collected when it has fewer parts than that', () => {
    expect(collectedAfter(1999)).toEqual([]);
  });

  it('tells of every part let go, and of none when its parts are kept', () => {
    const told: [number, number][] = [];
    for (const _ of documentDivParts(doc(3), true, (n, of) => told.push([n, of])).children);
    const kept = doc(3);
    for (const _ of documentDivParts(kept, false, () => told.push([-1, -1])).children);
    expect([told, kept.parts.length]).toEqual([[[1, 3], [2, 3], [3, 3]], 3]);
  });
});

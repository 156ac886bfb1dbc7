import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyOf, keyPart, stableJson } from '../../../src/edition/fingerprint.js';

/** The key as the slow path makes it: every part through stableJson. */
function slowKey(...parts: readonly unknown[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(stableJson(p)).update('\u0000');
  return h.digest('hex');
}

describe('cache keys', () => {
  it('are the same for strings, numbers and booleans as when every part goes through the sorted serialiser', () => {
    const parts = ['render', 'a "quoted"\u0000\ufeff name', 0, -1.5, true, false, ''];
    expect(keyOf(...parts)).toEqual(slowKey(...parts));
  });

  it('are the same with a part serialised once as with the value itself', () => {
    const options = { targets: 'html,print', siteTitle: 'Ed', nested: { b: /x+/u, a: [3, 1] } };
    expect(keyOf('dc', 'id-1', keyPart(options))).toEqual(keyOf('dc', 'id-1', options));
    expect(keyOf('dc', 'id-1', keyPart(options))).toEqual(slowKey('dc', 'id-1', options));
  });

  it('differ when a part serialised once differs from the value it stands beside', () => {
    expect(keyOf('dc', keyPart({ a: 1 }))).not.toEqual(keyOf('dc', { a: 2 }));
    // A string part is not confused with an object whose JSON is that string's text.
    expect(keyOf(keyPart({ a: 1 }))).not.toEqual(keyOf('{"a":1}'));
  });
});

import { describe, expect, it } from 'vitest';
import { distRecordJson, type DistRecord } from '../../../src/node/dist-writer.js';

describe('the dist record as JSON in pieces', () => {
  it('reads back as the record, in several pieces for a large one', () => {
    const files: Record<string, DistRecord['files'][string]> = {};
    // Names with a quote, a backslash, non-ASCII and non-BMP letters, a lone surrogate; dirty
    // entries among the others; inode numbers and times beyond 32 bits.
    for (let i = 0; i < 6_000; i++) files[`html/doc "${i}" \\ é 𝔄 \ud800.html`] = i % 13 === 0 ? { dirty: true } : { key: `${'ab'.repeat(32)}:${i}`, size: i * 1_000, mtimeMs: 1_700_000_000_123.456 + i, ino: 2 ** 40 + i };
    const record: DistRecord = { dist: 'site/out', files };
    const pieces = [...distRecordJson(record)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(JSON.parse(pieces.join(''))).toEqual(record);
    expect(Object.keys(JSON.parse(pieces.join('')).files)).toEqual(Object.keys(files));
  });

  it('keeps a record being swapped in and an empty one', () => {
    const swapping: DistRecord = { dist: 'dist', files: {}, swapping: true };
    expect(JSON.parse([...distRecordJson(swapping)].join(''))).toEqual(swapping);
    const empty: DistRecord = { dist: 'dist', files: {} };
    const back = JSON.parse([...distRecordJson(empty)].join('')) as DistRecord;
    expect(back).toEqual(empty);
    expect('swapping' in back).toBe(false);
  });
});

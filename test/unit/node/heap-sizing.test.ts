import { describe, expect, it } from 'vitest';
import { heapModeFor, LARGE_INPUT_BYTES, withHeapMode } from '../../../src/node/heap-sizing.js';

describe('the heap sizing of a conversion', () => {
  it('sizes the heap for memory from the large-input size on, and for speed below it', () => {
    expect([0, 1024, LARGE_INPUT_BYTES - 1, LARGE_INPUT_BYTES, 64 * 1024 * 1024].map(heapModeFor)).toEqual(['speed', 'speed', 'speed', 'memory', 'memory']);
  });

  it('gives the result of what it runs, and passes its failure on, in either mode', async () => {
    expect(await Promise.all([withHeapMode('memory', async () => 'a'), withHeapMode('speed', async () => 'b')])).toEqual(['a', 'b']);
    await expect(withHeapMode('memory', async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });
});

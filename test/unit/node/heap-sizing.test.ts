import { spawnSync } from 'node:child_process';
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

describe('the heap sizing of a build run as the command', () => {
  // Processes of their own (V8's flags are the process's): about 40 MB kept live while ten
  // times as much is made and dropped, as a build's main thread keeps its records while it
  // converts; the highest total heap V8 reaches, in MB.
  const sizing = new URL('../../../lib/node/heap-sizing.js', import.meta.url);
  const probe = (mode: 'bounded' | 'after' | 'default'): number => {
    const script = `
      const v8 = await import('node:v8');
      const { withBuildHeap } = await import(${JSON.stringify(sizing.href)});
      const work = async () => {
        const live = [];
        for (let i = 0; i < 400000; i++) live.push({ s: 'kept ' + i, n: i });
        let junk = [], high = 0;
        for (let r = 0; r < 300; r++) {
          for (let i = 0; i < 20000; i++) junk.push({ s: 'made ' + i + ' ' + r, a: [i, r] });
          if (junk.length > 200000) junk = [];
          high = Math.max(high, v8.getHeapStatistics().total_heap_size);
        }
        return live.length && high;
      };
      const mode = ${JSON.stringify(mode)};
      if (mode === 'after') await withBuildHeap(async () => undefined);
      console.log(Math.round((mode === 'bounded' ? await withBuildHeap(work) : await work()) / 1048576));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return Number(r.stdout);
  };

  it('keeps the heap nearer what is live while it runs, and leaves V8 its own sizing after', () => {
    const [bounded, after, plain] = [probe('bounded'), probe('after'), probe('default')];
    expect(bounded).toBeGreaterThan(40);
    expect(bounded).toBeLessThan(plain * 0.7);
    expect(after).toBeGreaterThan(bounded / 0.7);
  });
});

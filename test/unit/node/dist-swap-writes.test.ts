import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_MARKER, swapIn } from '../../../src/node/dist-swap.js';

const dir = () => mkdtempSync(join(tmpdir(), 'teipress-swap-'));

/** Every file under `root` with its text, as '/'-paths. */
function tree(root: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(root, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, tree(root, rel));
    else out[rel] = readFileSync(join(root, rel), 'utf8');
  }
  return out;
}

describe('swapIn with many files', () => {
  it('writes every file, in several folders and with text in pieces among them, as given', async () => {
    const root = dir();
    const files: { path: string; content: string | Uint8Array | string[] | AsyncIterable<string> }[] = [];
    // Pieces made as they are read, with a surrogate pair split between two of them.
    async function* madeLater(i: number): AsyncGenerator<string> {
      yield `later ${i} \uD835`;
      await new Promise(setImmediate);
      yield '\uDD0A end';
    }
    const want: Record<string, string> = { [DIST_MARKER]: '' };
    for (let i = 0; i < 40; i++) {
      const path = `${['html', 'text/reading', 'text/diplomatic'][i % 3]}/doc-${i}.txt`;
      // a text in pieces every seventh file (split inside a surrogate pair), pieces made as they
      // are read every eleventh, bytes every fifth
      const later = i % 11 === 4;
      const content = later ? madeLater(i) : i % 7 === 3 ? [`piece ${i} \uD83D`, '\uDE00 end'] : i % 5 === 0 ? new TextEncoder().encode(`bytes ${i} é`) : `text ${i} ✓`;
      files.push({ path, content });
      want[path] = later ? `later ${i} 𝔊 end` : Array.isArray(content) ? content.join('') : typeof content === 'string' ? content : new TextDecoder().decode(content as Uint8Array);
    }
    expect(await swapIn(join(root, 'dist'), files)).toBeUndefined();
    const got = tree(join(root, 'dist'));
    got[DIST_MARKER] = '';
    expect({ got, beside: readdirSync(root) }).toEqual({ got: want, beside: ['dist'] });
  });

  it('fails when one of the files cannot be written, and leaves the old dist in place', async () => {
    const root = dir();
    const dist = join(root, 'dist');
    await swapIn(dist, [{ path: 'old.html', content: 'old' }]);
    // "a" is written as a file, so "a/b.html" has no folder to go into
    const files = [...Array.from({ length: 12 }, (_, i) => ({ path: `f${i}.html`, content: String(i) })), { path: 'a', content: 'file' }, { path: 'a/b.html', content: 'x' }, { path: 'z.html', content: 'z' }];
    await expect(swapIn(dist, files)).rejects.toThrow(/EEXIST|ENOTDIR/u);
    expect(tree(dist)).toEqual({ [DIST_MARKER]: readFileSync(join(dist, DIST_MARKER), 'utf8'), 'old.html': 'old' });
  });
});

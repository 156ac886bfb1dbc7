import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_MARKER, swapIn } from '../../../src/node/dist-swap.js';
import { makeFolder, makeFolderNow } from '../../../src/node/fs.js';

const dir = () => mkdtempSync(join(tmpdir(), 'teipress-mkdir-'));
const codeOf = (e: unknown): unknown => (e as NodeJS.ErrnoException).code;

describe('makeFolder and makeFolderNow: a folder with its missing parents', () => {
  for (const [name, make] of [['makeFolder', makeFolder], ['makeFolderNow', async (d: string) => makeFolderNow(d)]] as const) {
    it(`${name} makes every missing level, and an existing folder is no error`, async () => {
      const root = dir();
      await make(join(root, 'a/b/c'));
      await make(join(root, 'a/b'));
      expect([statSync(join(root, 'a/b/c')).isDirectory(), readdirSync(join(root, 'a'))]).toEqual([true, ['b']]);
    });

    it(`${name} fails at once where a file stands in the path`, async () => {
      const root = dir();
      writeFileSync(join(root, 'file'), 'x');
      expect(await make(join(root, 'file/sub')).then(() => 'made', codeOf)).toEqual('ENOTDIR');
    });

    // Node's own recursive mkdir retries for ever where mkdir gives ENOENT under an existing parent
    it.skipIf(!existsSync('/proc/self'))(`${name} fails at once under /proc, where a folder cannot be made`, async () => {
      expect(await make('/proc/teipress-no-such/sub').then(() => 'made', codeOf)).toEqual('ENOENT');
    });
  }
});

describe('swapIn and a folder beside dist named as its own temporary one', () => {
  const fresh = (root: string) => join(root, `dist.tmp-${process.pid}`);

  it('replaces a marked leftover of a killed build, and an empty one', async () => {
    for (const leftover of [{ [DIST_MARKER]: '', 'html/old.html': 'old' }, {}]) {
      const root = dir();
      mkdirSync(join(fresh(root), Object.keys(leftover).length ? 'html' : ''), { recursive: true });
      for (const [p, t] of Object.entries(leftover)) writeFileSync(join(fresh(root), p), t);
      expect(await swapIn(join(root, 'dist'), [{ path: 'html/new.html', content: 'new' }])).toBeUndefined();
      expect({ beside: readdirSync(root), dist: readdirSync(join(root, 'dist/html')) }).toEqual({ beside: ['dist'], dist: ['new.html'] });
    }
  });

  it('leaves alone a folder of that name that teipress did not make, and writes nothing', async () => {
    const root = dir();
    mkdirSync(fresh(root));
    writeFileSync(join(fresh(root), 'mine.txt'), 'keep');
    const reason = await swapIn(join(root, 'dist'), [{ path: 'html/new.html', content: 'new' }]);
    expect(reason).toEqual(`has beside it dist.tmp-${process.pid}, which is a folder that teipress did not make (it has no ${DIST_MARKER} file) and is not empty`);
    expect({ beside: readdirSync(root), kept: readFileSync(join(fresh(root), 'mine.txt'), 'utf8') }).toEqual({ beside: [`dist.tmp-${process.pid}`], kept: 'keep' });
  });
});

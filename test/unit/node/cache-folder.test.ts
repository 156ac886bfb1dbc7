import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCacheFolder } from '../../../src/node/cache-folder.js';

const root = () => mkdtempSync(join(tmpdir(), 'teipress-cache-folder-'));

describe('openCacheFolder', () => {
  it('makes the cache folder for builds that open it at the same moment (shards of one edition), each finding it', async () => {
    const dir = root();
    const opened = await Promise.all(Array.from({ length: 8 }, () => openCacheFolder(dir)));
    expect(opened).toEqual(Array.from({ length: 8 }, () => ({ dir: join(dir, '.teipress/cache') })));
    expect(readFileSync(join(dir, '.teipress/cache/.gitignore'), 'utf8')).toMatch(/^# The build cache of teipress/u);
  });

  it('gives a reason, and makes nothing, where a file stands at .teipress', async () => {
    const dir = root();
    writeFileSync(join(dir, '.teipress'), 'not a folder');
    expect(await openCacheFolder(dir)).toEqual({ problem: '.teipress/cache is not a folder of its own (a file stands at .teipress)' });
  });
});

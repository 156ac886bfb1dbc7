/**
 * Folder walks of `validatePaths` over real symbolic links in a temporary folder: cycles end,
 * each file is validated once, broken links are reported only when they name an `.xml` file.
 * Rules only (no schema layer), so each file's one finding shows where and how often it was read.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePaths, validatePathsCounted } from '../../../src/validate/index.js';

const opts = { projectSchema: false, teiAll: false } as const;
/** A TEI file whose only finding is an empty <head> on line 4. */
const EMPTY_HEAD = `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader/>\n<text><body>\n<div type="document" n="1"><head></head></div>\n</body></text>\n</TEI>\n`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-walk-'));
  writeFileSync(join(dir, 'a.xml'), EMPTY_HEAD);
  return dir;
}

const found = async (dir: string, paths: readonly string[] = [dir]): Promise<[string, number, string][]> =>
  (await validatePaths(paths, opts)).map((d) => [d.file.slice(dir.length), d.line, d.rule]);

describe('validatePaths over symbolic links', () => {
  it('ends when two links point back to the folder itself, and reads the file once', async () => {
    const dir = folder();
    symlinkSync('.', join(dir, 'loop1'));
    symlinkSync('.', join(dir, 'loop2'));
    expect(await found(dir)).toEqual([['/a.xml', 4, 'validate/empty-element']]);
  });

  it('ends when a link in a subfolder points to an ancestor', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.xml'), EMPTY_HEAD);
    symlinkSync('..', join(dir, 'sub', 'up'));
    expect(await found(dir)).toEqual([['/a.xml', 4, 'validate/empty-element'], ['/sub/b.xml', 4, 'validate/empty-element']]);
  });

  it('validates a file reached by a link and by its own name once, under the first name in order', async () => {
    const dir = folder();
    symlinkSync('a.xml', join(dir, '0-first.xml'));
    expect(await found(dir)).toEqual([['/0-first.xml', 4, 'validate/empty-element']]);
  });

  it('reports a link to itself only when it has an .xml name, once', async () => {
    const dir = folder();
    symlinkSync('self.xml', join(dir, 'self.xml'));
    symlinkSync('self.txt', join(dir, 'self.txt'));
    expect(await found(dir)).toEqual([['/a.xml', 4, 'validate/empty-element'], ['/self.xml', 1, 'source/unreadable']]);
  });

  it('reads a folder named twice on the command line once', async () => {
    const dir = folder();
    expect(await found(dir, [dir, join(dir, '.'), join(dir, 'a.xml')])).toEqual([['/a.xml', 4, 'validate/empty-element']]);
  });
});

describe('validatePaths over hidden folders', () => {
  it('never walks teipress\'s backups or other dot-folders and dot-files, but validates one named on the command line', async () => {
    const dir = folder();
    mkdirSync(join(dir, '.teipress/backup'), { recursive: true });
    writeFileSync(join(dir, '.teipress/backup/a.0123456789ab.xml'), EMPTY_HEAD);
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git/b.xml'), EMPTY_HEAD);
    writeFileSync(join(dir, '.a.xml.1234-1.tmp.xml'), EMPTY_HEAD);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/c.xml'), EMPTY_HEAD);
    const r = await validatePathsCounted([dir], opts);
    expect({ files: r.files, ds: r.diagnostics.map((d) => [d.file.slice(dir.length), d.line, d.rule]) }).toEqual({
      files: 2,
      ds: [['/a.xml', 4, 'validate/empty-element'], ['/sub/c.xml', 4, 'validate/empty-element']],
    });
    expect(await found(dir, [join(dir, '.git/b.xml')])).toEqual([['/.git/b.xml', 4, 'validate/empty-element']]);
  });
});

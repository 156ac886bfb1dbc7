import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_MARKER, prepareFresh } from '../../../src/node/dist-swap.js';
import { updateDist, type DistOutput, type DistRecord, type EarlyFolder } from '../../../src/node/dist-writer.js';
import { snapshot } from '../../e2e/helpers.js';

const out = (path: string, text: string): DistOutput => ({ path, key: `k-${text}`, make: () => Promise.resolve(text) });

/** Writes `text` at `path` in the early folder and notes it under `key`. */
function early(folder: { dir: string }, written: [path: string, text: string, key: string][]): EarlyFolder {
  for (const [path, text] of written) {
    mkdirSync(dirname(join(folder.dir, path)), { recursive: true });
    writeFileSync(join(folder.dir, path), text);
  }
  return { dir: folder.dir, written: new Map(written.map(([path, , key]) => [path, key])) };
}

const outputs = [out('index.html', 'i'), out('print/a.html', 'pa'), out('text/a.reading.txt', 'ra'), out('html/a.html', 'ha')];

async function prepared(dist: string): Promise<{ dir: string }> {
  const made = await prepareFresh(dist);
  if ('refuse' in made) throw new Error(made.refuse);
  return made;
}

describe('a fresh dist folder filled while the build runs', () => {
  it('is swapped in with the files it holds under their key kept, the others written, and those no output has deleted', async () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'teipress-early-')), 'dist');
    const folder = await prepared(dist);
    expect(folder.dir).toBe(`${dist}.tmp-${process.pid}`);
    const filled = early(folder, [
      ['print/a.html', 'pa', 'k-pa'],
      // written from another version of the document: made again
      ['text/a.reading.txt', 'old', 'k-old'],
      // a document refused after its outputs were written: no output has it, nor its folder
      ['tei/b.xml', 'tb', 'k-tb'],
    ]);
    const kept = statSync(join(folder.dir, 'print/a.html')).ino;
    const saves: DistRecord[] = [];
    const r = await updateDist(dist, 'dist', outputs, undefined, (rec) => Promise.resolve(void saves.push(rec)), filled);
    expect({ refused: r.refused, written: r.written, left: existsSync(folder.dir), ino: statSync(join(dist, 'print/a.html')).ino }).toEqual({ refused: undefined, written: 4, left: false, ino: kept });
    const plain = join(mkdtempSync(join(tmpdir(), 'teipress-early-')), 'dist');
    await updateDist(plain, 'dist', outputs, undefined, () => Promise.resolve());
    // The same files and folders (the refused document's emptied folder is gone too).
    expect(snapshot(dist)).toEqual(snapshot(plain));
    expect(Object.keys(snapshot(dist))).toEqual([DIST_MARKER, 'html/', 'html/a.html', 'index.html', 'print/', 'print/a.html', 'text/', 'text/a.reading.txt']);
    expect(Object.keys(saves.at(-1)?.files ?? {}).sort()).toEqual(['html/a.html', 'index.html', 'print/a.html', 'text/a.reading.txt']);
  });

  it('is deleted when the update goes in place after all, and when dist is not teipress’s', async () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'teipress-early-')), 'dist');
    const first = await updateDist(dist, 'dist', outputs, undefined, () => Promise.resolve());
    const folder = await prepared(dist);
    const r = await updateDist(dist, 'dist', [...outputs.slice(0, 3), out('html/a.html', 'ha2')], first.record, () => Promise.resolve(), early(folder, [['print/a.html', 'pa', 'k-pa']]));
    expect({ written: r.written, left: existsSync(folder.dir), page: readFileSync(join(dist, 'html/a.html'), 'utf8') }).toEqual({ written: 1, left: false, page: 'ha2' });

    const foreign = join(mkdtempSync(join(tmpdir(), 'teipress-early-')), 'dist');
    const other = await prepared(foreign);
    // Someone's own folder appears at the dist path while the build runs.
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine\n');
    const refused = await updateDist(foreign, 'dist', outputs, undefined, () => Promise.resolve(), early(other, [['print/a.html', 'pa', 'k-pa']]));
    expect({ refused: refused.refused, left: existsSync(other.dir), theirs: readFileSync(join(foreign, 'notes.txt'), 'utf8'), entries: Object.keys(snapshot(foreign)) }).toEqual({ refused: 'is a folder that teipress did not make (it has no .teipress-dist file) and is not empty', left: false, theirs: 'mine\n', entries: ['notes.txt'] });
  });
});

import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { brief, snapshot, teipress } from './helpers.js';

const LETTER = 'Dear Sir:\n\nThe shipment arrived on the fourth of May and was found complete.\n\nSincerely yours,\n\nA. Clerk\n';

/**
 * A sandbox: sentinel files above and beside the edition, and the edition itself (a
 * transcript, its TEI folder with a sentinel, a config written by each test).
 */
function sandbox(): { top: string; ed: string } {
  const top = mkdtempSync(join(tmpdir(), 'teipress-confine-'));
  writeFileSync(join(top, 'above.txt'), 'sentinel above the edition\n');
  mkdirSync(join(top, 'outer/x'), { recursive: true });
  writeFileSync(join(top, 'outer/beside.txt'), 'sentinel beside the edition\n');
  writeFileSync(join(top, 'outer/x/inside-x.txt'), 'sentinel in a folder named x beside the edition\n');
  const ed = join(top, 'outer/ed');
  mkdirSync(join(ed, 'transcripts'), { recursive: true });
  mkdirSync(join(ed, 'tei'), { recursive: true });
  writeFileSync(join(ed, 'transcripts/letter.txt'), LETTER);
  writeFileSync(join(ed, 'tei/hand-made.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n');
  writeFileSync(join(ed, 'notes.txt'), 'sentinel at the edition root\n');
  return { top, ed };
}

describe('a build whose folder settings would leave the edition or overlap', () => {
  let box: { top: string; ed: string };
  beforeEach(() => {
    box = sandbox();
  });

  const cases: [string, string, string][] = [
    ['dist', '..', 'has an empty, . or .. segment'],
    ['dist', '.', 'has an empty, . or .. segment'],
    ['dist', '', 'is empty'],
    ['dist', 'transcripts', 'is the same folder as "transcripts"'],
    ['dist', 'tei', 'is the same folder as "tei"'],
    ['dist', '../x', 'has an empty, . or .. segment'],
    ['tei', '../../x', 'has an empty, . or .. segment'],
    ['dist', 'tei/site', 'lies inside "tei"'],
    ['transcripts', 'dist/in', 'lies inside "dist"'],
    ['tei', './tei', 'has an empty, . or .. segment'],
  ];
  for (const [key, value, why] of cases) {
    it(`refuses "${key}": ${JSON.stringify(value)} at its place in the config, exits 1 and writes or deletes nothing`, async () => {
      writeFileSync(join(box.ed, 'teipress.config.json'), `{\n  "title": "t",\n  "${key}": ${JSON.stringify(value)}\n}\n`);
      const before = snapshot(box.top);
      const r = await teipress(['build', box.ed, '--no-pdf', '--format', 'json'], box.top);
      expect(r.code).toBe(1);
      expect(brief(r.stderr, box.ed + '/', 'outer/ed/')).toEqual([`teipress.config.json:3:${key.length + 7} error build/config`]);
      expect((JSON.parse(r.stderr) as { message: string }[])[0]?.message).toContain(why);
      expect(snapshot(box.top)).toEqual(before);
    });
  }

  it('refuses an absolute folder setting instead of re-rooting it, and writes nothing there', async () => {
    const abs = join(box.top, 'outer/abs-dist');
    writeFileSync(join(box.ed, 'teipress.config.json'), `{ "dist": ${JSON.stringify(abs)} }\n`);
    const before = snapshot(box.top);
    const r = await teipress(['build', box.ed, '--no-pdf', '--format', 'json'], box.top);
    expect({ code: r.code, ds: brief(r.stderr, box.ed + '/', 'outer/ed/') }).toEqual({ code: 1, ds: ['teipress.config.json:1:11 error build/config'] });
    expect(snapshot(box.top)).toEqual(before);
  });

  it('refuses a folder reached through a symbolic link that leads out of the edition', async () => {
    symlinkSync(join(box.top, 'outer/x'), join(box.ed, 'out'));
    writeFileSync(join(box.ed, 'teipress.config.json'), '{ "dist": "out/site" }\n');
    const before = snapshot(box.top);
    const r = await teipress(['build', box.ed, '--no-pdf', '--format', 'json'], box.top);
    expect({ code: r.code, ds: brief(r.stderr, box.ed + '/', 'outer/ed/') }).toEqual({ code: 1, ds: ['teipress.config.json:1:11 error build/config'] });
    expect((JSON.parse(r.stderr) as { message: string }[])[0]?.message).toContain('symbolic link out of the edition');
    expect(snapshot(box.top)).toEqual(before);
  });

  it('refuses a dist that is itself a symbolic link, even to a folder inside the edition', async () => {
    mkdirSync(join(box.ed, 'site'));
    symlinkSync(join(box.ed, 'site'), join(box.ed, 'dist'));
    const before = snapshot(box.top);
    const r = await teipress(['build', box.ed, '--no-pdf', '--format', 'json'], box.top);
    expect({ code: r.code, ds: brief(r.stderr, box.ed + '/', 'outer/ed/') }).toEqual({ code: 1, ds: ['dist:1:1 error build/config'] });
    expect(snapshot(box.top)).toEqual(before);
  });

  it('refuses a config that is not valid JSON and builds nothing with the defaults', async () => {
    writeFileSync(join(box.ed, 'teipress.config.json'), '{\n  "dist": "site",\n  oops\n}\n');
    const before = snapshot(box.top);
    const r = await teipress(['build', box.ed, '--no-pdf', '--format', 'json'], box.top);
    expect({ code: r.code, ds: brief(r.stderr, box.ed + '/', 'outer/ed/') }).toEqual({ code: 1, ds: ['teipress.config.json:3:3 error build/config'] });
    expect(snapshot(box.top)).toEqual(before);
  });
});

describe('the dist folder is replaced only when teipress made it', () => {
  it('refuses a non-empty dist without the teipress marker, and keeps every file in it', async () => {
    const box = sandbox();
    mkdirSync(join(box.ed, 'dist'));
    writeFileSync(join(box.ed, 'dist/my-notes.txt'), 'an editor keeps notes here\n');
    const before = snapshot(box.top);
    const r = await teipress(['build', box.ed, '--no-pdf', '--format', 'json'], box.top);
    expect({ code: r.code, ds: brief(r.stderr, box.ed + '/', 'outer/ed/') }).toEqual({ code: 1, ds: ['dist:1:1 error build/dist-not-ours'] });
    expect(snapshot(box.top)).toEqual(before);
  });

  it('builds into an empty dist, marks it, and replaces its own dist on the next build', async () => {
    const box = sandbox();
    mkdirSync(join(box.ed, 'dist'));
    const first = await teipress(['build', box.ed, '--no-pdf', '--no-tei-all'], box.top);
    expect(first.code).toBe(0);
    expect(existsSync(join(box.ed, 'dist/.teipress-dist'))).toBe(true);
    writeFileSync(join(box.ed, 'dist/stray.txt'), 'left in dist\n');
    const second = await teipress(['build', box.ed, '--no-pdf', '--no-tei-all'], box.top);
    expect(second.code).toBe(0);
    expect(existsSync(join(box.ed, 'dist/stray.txt'))).toBe(false);
    expect(readFileSync(join(box.ed, 'dist/html/letter.html'), 'utf8')).toContain('shipment arrived');
    expect(readFileSync(join(box.top, 'outer/beside.txt'), 'utf8')).toBe('sentinel beside the edition\n');
  });
});

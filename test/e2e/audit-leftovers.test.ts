// Issue 7, item 3 through the CLI: what a killed build leaves (a full stale `dist.old-PID`, a
// half-written `dist.tmp-PID`, `tei/.NAME.xml.PID.tmp` files, a stale lock) is removed by the
// next ordinary build, which then leaves the edition as a clean build does; look-alike names
// that are not teipress's own, or whose process still runs, are kept.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, teipress } from './helpers.js';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
const letter = (i: number) => `Dear Sir:\n\nItem ${i} was received in good order on the third of March.\n\nSincerely yours,\n\nA. Clerk\n`;
const args = ['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'];
/** The id of a process that has ended. */
const gonePid = (): number => spawnSync('node', ['-e', '']).pid ?? 999_999;

function edition(): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-audit-left-'));
  mkdirSync(join(dir, 'transcripts'));
  for (let i = 1; i <= 4; i++) writeFileSync(join(dir, `transcripts/note-${i}.txt`), letter(i));
  return dir;
}

/** The TEI folder and dist, as the comparison with a clean build takes them. */
const outputs = (dir: string) => ({ tei: snapshot(join(dir, 'tei')), dist: snapshot(join(dir, 'dist')) });

describe("a build after a kill removes teipress's leftovers", () => {
  it('removes a stale dist.old-PID, dist.tmp-PID, tei/.NAME.xml.PID.tmp files and a stale lock, exits 0, and matches a clean build', async () => {
    const dir = edition();
    const clean = edition();
    expect((await teipress(args, dir, env)).code).toBe(0);
    expect((await teipress(args, clean, env)).code).toBe(0);
    const dead = gonePid();
    // A kill in the swap: the old dist moved aside whole, and a fresh one half written.
    cpSync(join(dir, 'dist'), join(dir, `dist.old-${dead}`), { recursive: true });
    mkdirSync(join(dir, `dist.tmp-${dead}/html`), { recursive: true });
    cpSync(join(dir, 'dist/.teipress-dist'), join(dir, `dist.tmp-${dead}/.teipress-dist`));
    writeFileSync(join(dir, `dist.tmp-${dead}/html/note-1.html`), '<!doctype html><p>half');
    // A kill while TEI files were written: their temporary names beside them.
    writeFileSync(join(dir, `tei/.note-1.xml.${dead}.tmp`), '<TEI');
    writeFileSync(join(dir, `tei/.note-2.xml.${dead}-77.tmp`), '');
    writeFileSync(join(dir, '.teipress.lock'), `${JSON.stringify({ pid: dead, started: '2026-01-01T00:00:00.000Z' })}\n`);

    const again = await teipress(args, dir, env);
    expect({ code: again.code, ds: JSON.parse(again.stderr) }).toEqual({ code: 0, ds: [] });
    expect(readdirSync(dir).sort()).toEqual(['.teipress', 'dist', 'tei', 'transcripts']);
    expect(outputs(dir)).toEqual(outputs(clean));
  }, 120_000);

  it('keeps look-alikes: a dist.old-PID without the marker, a live process\'s temporary file, and names teipress never makes', async () => {
    const dir = edition();
    expect((await teipress(args, dir, env)).code).toBe(0);
    const dead = gonePid();
    const kept = {
      [`dist.old-${dead}/my-notes.txt`]: 'not made by teipress: no marker\n',
      [`dist.tmp-${dead}x/a.html`]: 'not a pid\n',
      [`tei/.note-1.xml.${process.pid}.tmp`]: 'a running process writes this\n',
      [`tei/note-1.xml.${dead}.tmp`]: 'no leading dot\n',
      [`tei/.note-1.xml.${dead}.temp`]: 'another ending\n',
    };
    for (const [rel, text] of Object.entries(kept)) {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    const before = snapshot(dir, (rel) => !Object.keys(kept).some((k) => k === rel || k.startsWith(`${rel}/`)));

    const again = await teipress(args, dir, env);
    expect({ code: again.code, ds: JSON.parse(again.stderr) }).toEqual({ code: 0, ds: [] });
    expect(snapshot(dir, (rel) => !Object.keys(kept).some((k) => k === rel || k.startsWith(`${rel}/`)))).toEqual(before);
    expect(Object.keys(kept).every((rel) => existsSync(join(dir, rel)))).toBe(true);
  }, 120_000);
});

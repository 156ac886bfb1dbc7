import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, repo, teipress } from './helpers.js';

const LETTER = 'Dear Sir:\n\nThe parcel came on Tuesday.\n\nSincerely yours,\n\nA. Clerk\n';
const tmp = () => mkdtempSync(join(tmpdir(), 'teipress-fail-'));

describe('failures of the file system or the environment are diagnostics, never stack traces', () => {
  it('reports convert --out-dir naming a file as a write failure, exit 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), LETTER);
    writeFileSync(join(dir, 'FILE'), 'not a folder');
    const r = await teipress(['convert', 'a.txt', '--out-dir', 'FILE'], dir);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: 'FILE/a.xml:1:1: error: FILE/a.xml could not be written (ENOTDIR: a file stands where its folder should be). [build/write-failed]\nconverted 0 of 1 file; 1 error, 0 warnings\n' });
  });

  // Node's own recursive mkdir never returns under /proc (mkdir gives ENOENT beneath an existing parent)
  it.skipIf(!existsSync('/proc/self'))('reports convert --out-dir under /proc, where no folder can be made, as a write failure at once, exit 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), LETTER);
    const r = await teipress(['convert', 'a.txt', '--out-dir', '/proc/teipress-no-such'], dir);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: '/proc/teipress-no-such/a.xml:1:1: error: /proc/teipress-no-such/a.xml could not be written (ENOENT: its folder cannot be made there). [build/write-failed]\nconverted 0 of 1 file; 1 error, 0 warnings\n' });
  });

  it('says a build stopped by a write failure kept what it wrote before, names the file and not its temporary name, and the next build goes on', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'transcripts'));
    writeFileSync(join(dir, 'transcripts/a.txt'), LETTER);
    expect((await teipress(['build', '.', '--no-pdf', '--no-tei-all'], dir)).code).toEqual(0);
    // a folder where the index page goes: writing it fails after the TEI is written
    rmSync(join(dir, 'dist/index.html'));
    mkdirSync(join(dir, 'dist/index.html/inside'), { recursive: true });
    writeFileSync(join(dir, 'transcripts/a.txt'), LETTER.replace('Tuesday', 'Friday'));
    const stopped = await teipress(['build', '.', '--no-pdf', '--no-tei-all'], dir);
    expect({ code: stopped.code, stderr: stopped.stderr, tei: readFileSync(join(dir, 'tei/a.xml'), 'utf8').includes('Friday') }).toEqual({
      code: 1,
      stderr: 'dist/index.html:1:1: error: dist/index.html could not be written (EISDIR: a folder stands where the file should be). [build/write-failed]\nthe build stopped: a file could not be written; what it wrote before stays, and the next build goes on from there; 1 error, 0 warnings\n',
      tei: true,
    });
    rmSync(join(dir, 'dist/index.html'), { recursive: true });
    const next = await teipress(['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'], dir);
    expect({ code: next.code, ds: brief(next.stderr), page: readFileSync(join(dir, 'dist/html/a.html'), 'utf8').includes('Friday') }).toEqual({ code: 0, ds: [], page: true });
  });

  it('reports render --out-dir naming a file once, exit 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'FILE'), 'not a folder');
    const r = await teipress(['render', join(repo, 'tei/1962-11-06-kennedy-to-khrushchev.xml'), '--to', 'text', '--out-dir', 'FILE', '--format', 'json'], dir);
    expect({ code: r.code, ds: brief(r.stderr) }).toEqual({ code: 1, ds: ['FILE/text/1962-11-06-kennedy-to-khrushchev.diplomatic.txt:1:1 error build/write-failed'] });
  });

  it('converts a transcript whose name is 250 bytes long (no sidecar name fits), and refuses it in a build with a placed diagnostic', async () => {
    const dir = tmp();
    const name = `${'n'.repeat(246)}.txt`;
    mkdirSync(join(dir, 'transcripts'));
    writeFileSync(join(dir, 'transcripts', name), LETTER);
    writeFileSync(join(dir, 'transcripts/short.txt'), LETTER);
    const c = await teipress(['convert', `transcripts/${name}`, '--out-dir', 'out'], dir);
    expect({ code: c.code, out: readdirSync(join(dir, 'out')) }).toEqual({ code: 0, out: [`${'n'.repeat(246)}.xml`] });
    const b = await teipress(['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'], dir);
    expect({ code: b.code, ds: brief(b.stderr).filter((d) => !d.includes(' info ')) }).toEqual({ code: 1, ds: [`transcripts/${name}:1:1 error source/name-too-long`] });
    expect(existsSync(join(dir, 'dist/html/short.html'))).toBe(true);
  });

  it('refuses SOURCE_DATE_EPOCH that is not a number in one line, exit 2', async () => {
    const dir = tmp();
    const r = await teipress(['build', '.', '--no-pdf'], dir, { ...process.env, SOURCE_DATE_EPOCH: 'abc' });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'teipress: SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1700000000), not "abc".\n' });
  });

  it('reports a profile of the wrong shape in the config at its place, exit 1, and writes nothing', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'transcripts'));
    writeFileSync(join(dir, 'transcripts/a.txt'), LETTER);
    writeFileSync(join(dir, 'teipress.config.json'), '{\n  "profile": { "stamps": "x", "salutations": null }\n}\n');
    const r = await teipress(['build', '.', '--no-pdf', '--format', 'json'], dir);
    expect({ code: r.code, ds: brief(r.stderr), files: readdirSync(dir).sort() }).toEqual({
      code: 1,
      ds: ['teipress.config.json:2:26 error build/config', 'teipress.config.json:2:46 error build/config'],
      files: ['teipress.config.json', 'transcripts'],
    });
  });
});

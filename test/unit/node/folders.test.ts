import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderTextProblem, resolveFolders } from '../../../src/node/folders.js';

const defaults = { transcripts: 'transcripts', tei: 'tei', dist: 'dist' };

describe('folderTextProblem', () => {
  it('accepts plain relative folder names, nested ones and a trailing slash', () => {
    expect(['dist', 'out/site', 'site/', 'édition', 'a.b', '..hidden', 'x..y', 'out/.teipress', '.teipressed'].map(folderTextProblem)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('refuses empty, absolute, dot, dot-dot, doubled-slash and backslash paths', () => {
    const refused = ['', '/abs', '.', '..', '../x', '../../x', 'a/../b', './a', 'a//b', 'a\\b', 'C:\\x', 'a/.', '.teipress', '.teipress/cache', '.teipress/dist'];
    expect(refused.map((v) => folderTextProblem(v) !== undefined)).toEqual(refused.map(() => true));
  });
});

describe('resolveFolders', () => {
  const edition = () => {
    const top = mkdtempSync(join(tmpdir(), 'teipress-folders-'));
    const ed = join(top, 'ed');
    mkdirSync(join(ed, 'transcripts'), { recursive: true });
    return { top, ed };
  };

  it('resolves the defaults to folders under the edition', async () => {
    const { ed } = edition();
    const r = await resolveFolders(ed, defaults);
    expect(r).toEqual({ folders: { root: ed, transcripts: join(ed, 'transcripts'), tei: join(ed, 'tei'), dist: join(ed, 'dist') }, problems: [] });
  });

  it('reports a clash at the setting the config wrote, not at the default it meets', async () => {
    const { ed } = edition();
    const r = await resolveFolders(ed, { ...defaults, transcripts: 'dist/in' }, [], new Set(['transcripts']));
    expect(r.problems).toEqual([{ key: 'transcripts', message: '"transcripts" ("dist/in") lies inside "dist" ("dist"); the transcripts, tei and dist folders must be apart.' }]);
  });

  it('follows a symbolic link inside the edition and sees that two names are one folder', async () => {
    const { ed } = edition();
    symlinkSync(join(ed, 'transcripts'), join(ed, 'also'));
    const r = await resolveFolders(ed, { ...defaults, tei: 'also' }, [], new Set(['tei']));
    expect(r.problems).toEqual([{ key: 'tei', message: '"tei" ("also") is the same folder as "transcripts" ("transcripts"); the transcripts, tei and dist folders must be apart.' }]);
  });

  it('refuses a setting that names a file, and an output folder holding a Schematron file the build reads', async () => {
    const { ed } = edition();
    writeFileSync(join(ed, 'plain'), 'x');
    mkdirSync(join(ed, 'rules'));
    writeFileSync(join(ed, 'rules/extra.sch'), '<schema/>');
    expect((await resolveFolders(ed, { ...defaults, tei: 'plain/tei' })).problems.map((p) => p.key)).toEqual(['tei']);
    expect((await resolveFolders(ed, { ...defaults, dist: 'rules' }, [join(ed, 'rules/extra.sch')])).problems).toEqual([{ key: 'dist', message: '"dist" ("rules") holds rules/extra.sch, which the build reads; choose another folder.' }]);
  });

  it('refuses a link back to the edition root and a link out of it', async () => {
    const { top, ed } = edition();
    symlinkSync(ed, join(ed, 'self'));
    symlinkSync(top, join(ed, 'up'));
    const r = await resolveFolders(ed, { ...defaults, tei: 'self/tei', dist: 'up/site' });
    expect(r.problems.map((p) => p.message.replace(top, 'TOP'))).toEqual([
      '"tei" ("self/tei") leads through a symbolic link back to the edition folder itself.',
      '"dist" ("up/site") leads through a symbolic link out of the edition folder (to TOP).',
    ]);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, teipress } from './helpers.js';

const LETTER = 'Dear Sir:\n\nThe parcel came on Tuesday.\n\nSincerely yours,\n\nA. Clerk\n';
const args = ['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'];
/** Errors and warnings, without the converter's infos. */
const shown = (json: string) => brief(json).filter((d) => !d.includes(' info '));

async function built(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-edits-'));
  mkdirSync(join(dir, 'transcripts'));
  writeFileSync(join(dir, 'transcripts/a.txt'), LETTER);
  writeFileSync(join(dir, 'transcripts/b.txt'), LETTER.replace('Tuesday', 'Friday'));
  expect((await teipress(args, dir)).code).toBe(0);
  return dir;
}

const edit = (dir: string, name: string) => {
  const path = join(dir, 'tei', name);
  const text = readFileSync(path, 'utf8').replace('parcel', 'packet');
  writeFileSync(path, text);
  return text;
};

describe('hand edits of generated TEI', () => {
  it('calls an edit with an unchanged transcript a conflict-free warning, keeps and renders it, exit 0', async () => {
    const dir = await built();
    const text = edit(dir, 'a.xml');
    const r = await teipress(args, dir);
    expect({ code: r.code, ds: shown(r.stderr) }).toEqual({ code: 0, ds: ['tei/a.xml:1:1 warning source/tei-edited'] });
    expect(readFileSync(join(dir, 'tei/a.xml'), 'utf8')).toBe(text);
    expect(readFileSync(join(dir, 'dist/html/a.html'), 'utf8')).toContain('packet');
  });

  it('calls an edit whose transcript changed too a conflict naming both files, keeps the edit, exit 1', async () => {
    const dir = await built();
    const text = edit(dir, 'a.xml');
    writeFileSync(join(dir, 'transcripts/a.txt'), LETTER.replace('parcel', 'crate'));
    const r = await teipress(args, dir);
    expect({ code: r.code, ds: shown(r.stderr) }).toEqual({ code: 1, ds: ['tei/a.xml:1:1 error source/tei-conflict'] });
    const message = (JSON.parse(r.stderr) as { rule: string; message: string }[]).find((d) => d.rule === 'source/tei-conflict')?.message;
    expect(message).toBe('tei/a.xml was edited and transcripts/a.txt (or its sidecar) changed since it was generated; the edit is kept and the change is not applied. Run teipress adopt tei/a.xml to make the edit canonical (transcripts/a.txt is then no longer converted for it), carry the change over by hand, undo it in transcripts/a.txt, or pass --force to regenerate tei/a.xml from transcripts/a.txt (the edit is kept under tei/.teipress/backup/).');
    expect(readFileSync(join(dir, 'tei/a.xml'), 'utf8')).toBe(text);
  });

  it('counts a changed sidecar as a changed source too', async () => {
    const dir = await built();
    edit(dir, 'b.xml');
    writeFileSync(join(dir, 'transcripts/b.meta.json'), '{"sender": "A. Clerk"}');
    const r = await teipress(args, dir);
    expect({ code: r.code, ds: shown(r.stderr) }).toEqual({ code: 1, ds: ['tei/b.xml:1:1 error source/tei-conflict'] });
  });
});

describe('a corrupt or missing manifest', () => {
  it('is reported at its place and rebuilt from what it can prove: files equal to a fresh conversion are generated, others edited', async () => {
    const dir = await built();
    edit(dir, 'a.xml');
    writeFileSync(join(dir, 'tei/.teipress-manifest.json'), '{\n  "generated": {\n    "a.xml": {"sha256": 1}\n  ,\n}\n');
    const r = await teipress(args, dir);
    expect({ code: r.code, ds: shown(r.stderr) }).toEqual({ code: 0, ds: ['tei/.teipress-manifest.json:5:1 warning build/manifest-corrupt', 'tei/a.xml:1:1 warning source/tei-edited'] });
    const again = await teipress(args, dir);
    expect({ code: again.code, ds: shown(again.stderr) }).toEqual({ code: 0, ds: ['tei/a.xml:1:1 warning source/tei-edited'] });
  });

  it('keeps the entries of the right shape and reports the others', async () => {
    const dir = await built();
    const manifest = JSON.parse(readFileSync(join(dir, 'tei/.teipress-manifest.json'), 'utf8')) as { generated: Record<string, unknown> };
    manifest.generated['b.xml'] = 'broken';
    writeFileSync(join(dir, 'tei/.teipress-manifest.json'), JSON.stringify(manifest, null, 2));
    const r = await teipress(args, dir);
    expect({ code: r.code, ds: shown(r.stderr) }).toEqual({ code: 0, ds: ['tei/.teipress-manifest.json:8:14 warning build/manifest-corrupt'] });
  });
});

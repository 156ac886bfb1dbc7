import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, teipress } from './helpers.js';

const LETTER = 'Dear Sir:\n\nThe parcel came on Tuesday.\n\nSincerely yours,\n\nA. Clerk\n';
const args = ['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'];
/** Diagnostics of teipress's edit handling (source/…), without the converter's inferences. */
const sourceRules = (json: string) => brief(json).filter((d) => d.includes(' source/'));

async function editedWithConflict(): Promise<{ dir: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-adopt-'));
  mkdirSync(join(dir, 'transcripts'));
  writeFileSync(join(dir, 'teipress.config.json'), '{ "title": "t" }\n');
  writeFileSync(join(dir, 'transcripts/a.txt'), LETTER);
  expect((await teipress(args, dir)).code).toBe(0);
  const text = readFileSync(join(dir, 'tei/a.xml'), 'utf8').replace('parcel', 'packet');
  writeFileSync(join(dir, 'tei/a.xml'), text);
  writeFileSync(join(dir, 'transcripts/a.txt'), LETTER.replace('Tuesday', 'Friday'));
  return { dir, text };
}

describe('teipress adopt', () => {
  it('makes an edited TEI file canonical: later builds keep it with an info only, exit 0, even when the transcript changes', async () => {
    const { dir, text } = await editedWithConflict();
    expect((await teipress(args, dir)).code).toBe(1);
    // Run from a subfolder: the edition is the one whose config is nearest upward.
    const a = await teipress(['adopt', '../tei/a.xml'], join(dir, 'transcripts'));
    expect(a).toEqual({ code: 0, stdout: '', stderr: 'adopted 1 of 1 file; 0 errors, 0 warnings\n' });
    const manifest = JSON.parse(readFileSync(join(dir, 'tei/.teipress-manifest.json'), 'utf8')) as { generated: Record<string, { adopted?: boolean; source: string }> };
    expect(manifest.generated['a.xml']).toMatchObject({ adopted: true, source: 'transcripts/a.txt' });
    writeFileSync(join(dir, 'transcripts/a.txt'), LETTER.replace('Tuesday', 'Monday'));
    const r = await teipress(args, dir);
    expect({ code: r.code, ds: sourceRules(r.stderr) }).toEqual({ code: 0, ds: ['tei/a.xml:1:1 info source/tei-adopted'] });
    expect(readFileSync(join(dir, 'tei/a.xml'), 'utf8')).toBe(text);
    expect(readFileSync(join(dir, 'dist/html/a.html'), 'utf8')).toContain('packet');
    const quiet = await teipress(['build', '.', '--no-pdf', '--no-tei-all'], dir);
    expect({ code: quiet.code, stderr: quiet.stderr.split('\n').filter((l) => l.includes('tei/a.xml')) }).toEqual({ code: 0, stderr: [] });
  });

  it('refuses a file outside the TEI folder and a TEI file without a transcript, exit 1, and adopts nothing', async () => {
    const { dir } = await editedWithConflict();
    writeFileSync(join(dir, 'tei/orphan.xml'), '<TEI/>');
    writeFileSync(join(dir, 'transcripts/a.xml'), '<TEI/>');
    const r = await teipress(['adopt', 'transcripts/a.xml', 'tei/orphan.xml', 'tei/missing.xml', '--format', 'json'], dir);
    expect({ code: r.code, ds: brief(r.stderr) }).toEqual({ code: 1, ds: ['tei/missing.xml:1:1 error build/no-input', 'tei/orphan.xml:1:1 error build/no-input', 'transcripts/a.xml:1:1 error build/no-input'] });
    const manifest = JSON.parse(readFileSync(join(dir, 'tei/.teipress-manifest.json'), 'utf8')) as { generated: Record<string, { adopted?: boolean }> };
    expect(manifest.generated['a.xml']?.adopted).toBeUndefined();
  });
});

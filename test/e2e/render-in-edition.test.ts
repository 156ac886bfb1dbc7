import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, teipress } from './helpers.js';

/** An edition folder (config and one TEI file) with a subfolder to run from. */
function edition(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-render-ed-'));
  mkdirSync(join(dir, 'tei'));
  mkdirSync(join(dir, 'sub'));
  cpSync(join(repo, 'tei/1962-11-06-kennedy-to-khrushchev.xml'), join(dir, 'tei/k.xml'));
  writeFileSync(join(dir, 'teipress.config.json'), JSON.stringify(config));
  return dir;
}

const pageSize = (html: string) => /size: *(A4|Letter)/u.exec(html)?.[1];

describe('teipress render inside an edition', () => {
  it('uses the edition\'s config (title, page size) and writes no site index without --site', async () => {
    const dir = edition({ title: 'Zed Papers', pageSize: 'letter' });
    const r = await teipress(['render', '../tei/k.xml', '--to', 'html,print', '--out-dir', 'out', '-q'], join(dir, 'sub'));
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const out = join(dir, 'sub/out');
    expect({ index: existsSync(join(out, 'index.html')), search: existsSync(join(out, 'search.html')), page: existsSync(join(out, 'html/k.html')) }).toEqual({ index: false, search: false, page: true });
    expect(readFileSync(join(out, 'html/k.html'), 'utf8')).toContain('Zed Papers');
    expect(pageSize(readFileSync(join(out, 'print/k.html'), 'utf8'))).toBe('Letter');
  });

  it('writes the site index with --site, and --page-size overrides the config', async () => {
    const dir = edition({ title: 'Zed Papers', pageSize: 'letter' });
    const r = await teipress(['render', 'tei/k.xml', '--to', 'html,print', '--out-dir', 'out', '--site', '--page-size', 'a4', '-q'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out/index.html'))).toBe(true);
    expect(pageSize(readFileSync(join(dir, 'out/print/k.html'), 'utf8'))).toBe('A4');
  });

  it('refuses a page size other than a4 or letter with exit 2 and one line', async () => {
    const r = await teipress(['render', 'x.xml', '--to', 'html', '--page-size', 'b5']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'teipress: --page-size takes a4 or letter, not "b5".\n' });
  });
});

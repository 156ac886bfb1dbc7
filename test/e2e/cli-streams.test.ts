import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { repo, teipress } from './helpers.js';

const kennedy = 'transcripts/1962-11-06-kennedy-to-khrushchev.txt';

describe('the command line keeps data and diagnostics apart and counts files', () => {
  it('prints the TEI on stdout and the JSON diagnostics on stderr for convert --out-dir - --format json', async () => {
    const r = await teipress(['convert', kennedy, '--out-dir', '-', '--format', 'json']);
    const out = mkdtempSync(join(tmpdir(), 'teipress-streams-'));
    await teipress(['convert', kennedy, '--out-dir', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(out, '1962-11-06-kennedy-to-khrushchev.xml'), 'utf8'));
    expect(Array.isArray(JSON.parse(r.stderr))).toBe(true);
  });

  it('prints JSON diagnostics of the shape schema/teipress.diagnostics.schema.json publishes', async () => {
    const r = await teipress(['convert', 'transcripts/1962-11-05-kennedy-to-khrushchev-draft-and-telegram.txt', '--out-dir', '-', '--format', 'json']);
    const ds = JSON.parse(r.stderr) as { severity: string }[];
    const check = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(repo, 'schema/teipress.diagnostics.schema.json'), 'utf8')) as object);
    expect({ valid: check(ds), errors: check.errors ?? null, severities: [...new Set(ds.map((d) => d.severity))].sort() }).toEqual({ valid: true, errors: null, severities: ['info', 'warning'] });
    expect(check([{ file: 'a', line: 0, column: 1, severity: 'fatal', rule: 'x', message: '' }])).toBe(false);
  });

  it('says how many files it validated, and with --quiet says nothing when nothing is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipress-count-'));
    mkdirSync(join(dir, 'sub'));
    const tei = (name: string) => cpSync(join(repo, 'tei/1962-11-06-kennedy-to-khrushchev.xml'), join(dir, name));
    tei('a.xml');
    tei('b.xml');
    tei('sub/c.xml');
    const r = await teipress(['validate', dir, '--no-tei-all']);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: '', stderr: 'validated 3 files; 0 errors, 0 warnings\n' });
    expect(await teipress(['validate', join(dir, 'a.xml'), '--no-tei-all', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('refuses an option of another command and all three validation layers off with exit 2 and one line', async () => {
    expect(await teipress(['validate', 'tei', '--force'])).toEqual({ code: 2, stdout: '', stderr: 'teipress: --force does not apply to validate (see teipress validate --help)\n' });
    const off = await teipress(['validate', 'tei', '--no-tei-all', '--no-project-schema', '--no-rules']);
    expect({ code: off.code, lines: off.stderr.split('\n').length }).toEqual({ code: 2, lines: 2 });
  });

  it('prints a command\'s own options on stdout for CMD --help', async () => {
    const r = await teipress(['render', '--help']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain('--to html|print|pdf|text[,…]');
    expect(r.stdout).not.toContain('--force');
  });
});

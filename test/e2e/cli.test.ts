import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../..');
const cli = join(repo, 'lib/cli.js');

/** Runs the built CLI; resolves with exit code and output, never rejects on a non-zero exit. */
async function teipress(args: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run('node', [cli, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'teipress-e2e-'));

describe('the teipress command line', () => {
  it('prints its version and help, and exits 2 on an unknown command', async () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(await teipress(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await teipress(['--help'])).stdout).toContain('teipress build [dir]');
    expect((await teipress(['frobnicate'])).code).toBe(2);
    expect((await teipress(['render', 'x.xml', '--to', 'docx'])).code).toBe(2);
  });

  it('converts transcripts into a folder and prints one TEI to stdout with --out-dir -', async () => {
    const out = tmp();
    const r = await teipress(['convert', 'transcripts/1962-11-06-kennedy-to-khrushchev.txt', '--out-dir', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['1962-11-06-kennedy-to-khrushchev.xml']);
    const s = await teipress(['convert', 'transcripts/1962-11-06-kennedy-to-khrushchev.txt', '--out-dir', '-']);
    expect(s.stdout).toBe(readFileSync(join(out, '1962-11-06-kennedy-to-khrushchev.xml'), 'utf8'));
  });

  it('prints a conversion report on stdout naming what was recognised, by which rule and where', async () => {
    const r = await teipress(['convert', 'transcripts/1962-11-05-kennedy-to-khrushchev-draft-and-telegram.txt', '--out-dir', tmp(), '--report']);
    expect(r.stdout).toContain('document 2: telegram, 1962-11-05, top-secret');
    expect(r.stdout).toMatch(/draft-and-telegram\.txt:67:1 +folio +\[folio\/shape\] +Ch-85K/);
    expect(r.stdout).toContain('repository: John F. Kennedy Presidential Library; collection: National Security Files');
  });

  it('applies the profile of the working folder\'s config to conversion', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'teipress.config.json'), JSON.stringify({ publisher: 'Archiv X', profile: { extend: true, stamps: [{ type: 'received', keywords: ['eingegangen'] }] } }));
    writeFileSync(join(dir, 'brief.txt'), 'Eingegangen 12. Mai 1952\n\nSehr geehrter Herr Minister, wir danken Ihnen.\n');
    const r = await teipress(['convert', 'brief.txt', '--out-dir', '-'], dir);
    expect(r.stdout).toContain('<fw type="stamp" place="top"><stamp type="received">Eingegangen 12. Mai 1952</stamp></fw>');
    expect(r.stdout).toContain('<publisher>Archiv X</publisher>');
  });

  it('refuses bad input with a placed diagnostic, exit 1, and no output file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait\n', 'latin1'));
    writeFileSync(join(dir, 'empty.txt'), '\n\n   \n');
    const out = join(dir, 'out');
    const r = await teipress(['convert', join(dir, 'binary.txt'), join(dir, 'latin1.txt'), join(dir, 'empty.txt'), '--out-dir', out, '--format', 'json']);
    expect(r.code).toBe(1);
    const ds = (JSON.parse(r.stderr) as { file: string; line: number; column: number; rule: string }[]).map((d) => `${d.file.replace(dir + '/', '')}:${d.line}:${d.column} ${d.rule}`);
    expect(ds).toEqual(['binary.txt:1:2 source/binary', 'empty.txt:1:1 source/empty', 'latin1.txt:1:4 source/encoding']);
    expect(existsSync(out)).toBe(false);
  });

  it('validates TEI files and folders, with exit 1 and file:line:col for an invalid one', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <text><body><p>x</p></body></text>\n</TEI>\n');
    const good = await teipress(['validate', 'tei', '--no-tei-all']);
    expect(good.code).toBe(0);
    const bad = await teipress(['validate', join(dir, 'bad.xml'), '--no-tei-all']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.xml:\d+:\d+: error: .+ \[validate\/project-schema\]/);
  });
});

describe('teipress build with broken inputs beside good ones', () => {
  it('reports each bad file at its place, builds the good one, and exits 1', async () => {
    const dir = tmp();
    cpSync(join(repo, 'transcripts/1962-11-06-kennedy-to-khrushchev.txt'), join(dir, 'transcripts/good.txt'));
    writeFileSync(join(dir, 'transcripts/binary.txt'), Buffer.from([0x41, 0x00]));
    writeFileSync(join(dir, 'transcripts/good.meta.json'), '{\n  "date": 1962\n}\n');
    writeFileSync(join(dir, 'teipress.config.json'), '{\n  "title": "x"\n}\n');
    const r = await teipress(['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const ds = (JSON.parse(r.stderr) as { file: string; line: number; column: number; rule: string }[]).filter((d) => d.rule !== 'convert/inferred-page' && d.rule !== 'convert/inferred-year');
    expect(ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'transcripts/binary.txt:1:2 source/binary',
      'transcripts/good.meta.json:2:11 source/metadata',
    ]);
    expect(existsSync(join(dir, 'dist/html/good.html'))).toBe(true);
    expect(existsSync(join(dir, 'tei/binary.xml'))).toBe(false);
  });
});

describe('teipress render on hostile or broken TEI', () => {
  it('refuses an entity bomb, broken XML and bad UTF-8 at their place and writes nothing', async () => {
    const out = join(tmp(), 'out');
    const bad = ['billion-laughs', 'not-well-formed', 'invalid-utf8'].map((n) => `test/fixtures/validate/well-formed/invalid/${n}.xml`);
    const r = await teipress(['render', ...bad, '--to', 'html,text', '--out-dir', out, '--format', 'json']);
    expect(r.code).toBe(1);
    const ds = (JSON.parse(r.stderr) as { file: string; line: number; column: number; rule: string }[]).map((d) => `${d.file.replace(/^.*\//, '')}:${d.line}:${d.column} ${d.rule}`);
    expect(ds).toEqual(['billion-laughs.xml:2:1 validate/doctype', 'invalid-utf8.xml:3:21 validate/not-well-formed', 'not-well-formed.xml:12:28 validate/not-well-formed']);
    expect(existsSync(out)).toBe(false);
  });
});

describe('teipress build on a copy of the sample edition', () => {
  let dir: string;
  let first: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    dir = tmp();
    for (const p of ['transcripts', 'teipress.config.json']) cpSync(join(repo, p), join(dir, p), { recursive: true });
    first = await teipress(['build', '.', '--no-pdf'], dir);
  }, 120_000);

  it('writes TEI, the site, print HTML and texts, and says what to open', () => {
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('open dist/index.html');
    expect(readdirSync(join(dir, 'tei')).sort()).toEqual(['.teipress-manifest.json', '1962-11-05-kennedy-to-khrushchev-draft-and-telegram.xml', '1962-11-06-kennedy-to-khrushchev.xml']);
    for (const f of ['index.html', 'html/1962-11-06-kennedy-to-khrushchev.html', 'print/1962-11-06-kennedy-to-khrushchev.html', 'text/1962-11-06-kennedy-to-khrushchev.reading.txt', 'text/1962-11-06-kennedy-to-khrushchev.diplomatic.txt']) {
      expect(existsSync(join(dir, 'dist', f))).toBe(true);
    }
  });

  it('keeps a TEI file an editor changed with a warning and exit 0, and regenerates it only with --force, after a backup', async () => {
    const tei = join(dir, 'tei/1962-11-06-kennedy-to-khrushchev.xml');
    const edited = readFileSync(tei, 'utf8').replace('Respectfully,', 'Respectfully yours,');
    writeFileSync(tei, edited);
    const again = await teipress(['build', '.', '--no-pdf', '--no-tei-all'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/tei\/1962-11-06-kennedy-to-khrushchev\.xml:1:1: warning: .+ \[source\/tei-edited\]/);
    expect(readFileSync(tei, 'utf8')).toBe(edited);
    const forced = await teipress(['build', '.', '--no-pdf', '--no-tei-all', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(tei, 'utf8')).not.toBe(edited);
    const backups = readdirSync(join(dir, 'tei/.teipress/backup'));
    expect(backups.map((b) => b.replace(/\.[0-9a-f]{12}\.xml$/u, '.HASH.xml'))).toEqual(['1962-11-06-kennedy-to-khrushchev.HASH.xml']);
    expect(readFileSync(join(dir, 'tei/.teipress/backup', backups[0]!), 'utf8')).toBe(edited);
    expect(forced.stderr).toContain(`kept the edited file as tei/.teipress/backup/${backups[0]!}`);
  }, 120_000);
});

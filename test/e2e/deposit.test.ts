import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateMets } from '../../src/deposit/mets-validate.js';
import { compileSchema, validateText } from '../../src/validate/relaxng.js';
import { validateDocuments } from '../../src/validate/index.js';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../..');
const cli = join(repo, 'lib/cli.js');
const EPOCH = '1700000000';

async function teipress(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run('node', [cli, ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'teipress-deposit-'));

/** Every file under `root` with its bytes, by relative path. */
function tree(root: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, tree(root, p));
    else out[p] = readFileSync(join(root, p)).toString('base64');
  }
  return out;
}

function copyEdition(): string {
  const dir = tmp();
  for (const p of ['transcripts', 'teipress.config.json']) cpSync(join(repo, p), join(dir, p), { recursive: true });
  return dir;
}

describe('teipress deposit and verify on a built copy of the sample edition', () => {
  let dir: string;
  let out: string;
  let first: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    dir = copyEdition();
    const built = await teipress(['build', '.', '--no-pdf'], dir, { SOURCE_DATE_EPOCH: EPOCH });
    if (built.code !== 0) throw new Error(built.stderr);
    out = tmp();
    first = await teipress(['deposit', '.', '--out', join(out, 'bag')], dir, { SOURCE_DATE_EPOCH: EPOCH });
  }, 180_000);

  it('build writes the CMIF file and one oai_dc record per TEI file into dist/', () => {
    expect(readdirSync(join(dir, 'dist/dc'))).toEqual(['1962-11-05-kennedy-to-khrushchev-draft-and-telegram.xml', '1962-11-06-kennedy-to-khrushchev.xml']);
    expect(readFileSync(join(dir, 'dist/cmif.xml'), 'utf8')).toContain('<date when="2023-11-14"/>');
  });

  it('build\'s CMIF file is valid against the CMIF schema and passes cmif.sch', async () => {
    const xml = readFileSync(join(dir, 'dist/cmif.xml'), 'utf8');
    const rng = join(repo, 'schema/cmif/cmi-customization.rng');
    const loaded = compileSchema(readFileSync(rng, 'utf8'), rng);
    if (!loaded.ok) throw new Error('CMIF schema unreadable');
    expect(validateText(loaded, xml)).toEqual([]);
    const ds = await validateDocuments([{ file: 'cmif.xml', xml }], { projectSchema: false, teiAll: false, rules: false, schematron: [join(repo, 'schema/cmif/cmif.sch')] });
    expect(ds).toEqual([]);
  });

  it('writes a METS record valid against METS 1.12.1, with a structMap page per pb', () => {
    const mets = readFileSync(join(out, 'bag/data/mets.xml'), 'utf8');
    expect(validateMets(mets)).toEqual([]);
    const pbs = ['1962-11-05-kennedy-to-khrushchev-draft-and-telegram', '1962-11-06-kennedy-to-khrushchev'].map((id) => (readFileSync(join(dir, 'tei', `${id}.xml`), 'utf8').match(/<pb[ /]/gu) ?? []).length);
    expect((mets.match(/<mets:div TYPE="page"/gu) ?? []).length).toBe(pbs[0]! + pbs[1]!);
  });

  it('packages the edition as a BagIt bag in the documented layout', () => {
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('deposited 2 documents as bagit');
    const files = Object.keys(tree(join(out, 'bag')));
    expect(files.filter((f) => !f.startsWith('data/'))).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt']);
    expect([...new Set(files.filter((f) => f.startsWith('data/')).map((f) => f.split('/').slice(0, 2).join('/')))]).toEqual([
      'data/assets', 'data/cmif.xml', 'data/dc', 'data/html', 'data/index.html', 'data/mets.xml', 'data/print', 'data/schema', 'data/search.html', 'data/tei', 'data/text', 'data/transcripts',
    ]);
    expect(files.some((f) => f.includes('.teipress-manifest') || f.includes('.git'))).toBe(false);
    const info = readFileSync(join(out, 'bag/bag-info.txt'), 'utf8').replace(/^(Payload-Oxum|Bag-Size): .*$/gmu, '$1: …');
    expect(info).toBe([
      'Source-Organization: teipress sample edition',
      'External-Description: Kennedy–Khrushchev: the IL-28 bombers, November 1962 (teipress sample edition)',
      'External-Identifier: kennedy-khrushchev-the-il-28-bombers-november-1962-teipress-sample-edition',
      'Bagging-Date: 2023-11-14',
      'Bag-Software-Agent: teipress 0.1.0',
      'Edition-Validation: passed (project schema, tei_all, rule checks)',
      'Payload-Oxum: …', 'Bag-Size: …', '',
    ].join('\n'));
  });

  it('has manifests that coreutils checks too (an independent oracle), and a CMIF file jing finds valid', async () => {
    for (const [tool, manifest] of [['sha256sum', 'manifest-sha256.txt'], ['sha512sum', 'manifest-sha512.txt'], ['sha256sum', 'tagmanifest-sha256.txt'], ['sha512sum', 'tagmanifest-sha512.txt']] as const) {
      await expect(run(tool, ['--check', '--quiet', '--strict', manifest], { cwd: join(out, 'bag') })).resolves.toEqual({ stdout: '', stderr: '' });
    }
    await expect(run('jing', [join(repo, 'schema/cmif/cmi-customization.rng'), join(out, 'bag/data/cmif.xml')])).resolves.toMatchObject({ stdout: '' });
  });

  it('verifies the bag (exit 0), and after one changed payload byte fails naming the file (exit 1)', async () => {
    const copy = join(tmp(), 'bag');
    cpSync(join(out, 'bag'), copy, { recursive: true });
    const ok = await teipress(['verify', copy], dir);
    const [, octets, count] = /Payload-Oxum: ([0-9]+)\.([0-9]+)/u.exec(readFileSync(join(copy, 'bag-info.txt'), 'utf8')) ?? [];
    expect(count).toBe(String(Object.keys(tree(join(copy, 'data'))).length));
    expect([ok.code, ok.stderr.trim().split('\n').at(-1)]).toEqual([0, `valid: ${copy} (${count} payload files, ${octets} bytes); 0 errors, 0 warnings`]);
    const target = join(copy, 'data/tei/1962-11-06-kennedy-to-khrushchev.xml');
    const bytes = readFileSync(target);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    writeFileSync(target, bytes);
    const bad = await teipress(['verify', copy], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^${copy}/manifest-sha256\\.txt:[0-9]+:1: error: data/tei/1962-11-06-kennedy-to-khrushchev\\.xml has sha256 [0-9a-f]{64}, but the manifest says [0-9a-f]{64}\\. \\[verify/checksum\\]$`, 'mu'));
  });

  it('gives byte-identical bags and zips for the same edition and SOURCE_DATE_EPOCH', async () => {
    const again = tmp();
    expect((await teipress(['deposit', '.', '--out', join(again, 'bag')], dir, { SOURCE_DATE_EPOCH: EPOCH })).code).toBe(0);
    expect(tree(join(again, 'bag'))).toEqual(tree(join(out, 'bag')));
    const [z1, z2] = [join(tmp(), 'edition.zip'), join(tmp(), 'edition.zip')];
    for (const z of [z1, z2]) expect((await teipress(['deposit', '.', '--out', z, '--zip'], dir, { SOURCE_DATE_EPOCH: EPOCH, TZ: z === z1 ? 'UTC' : 'Pacific/Auckland' })).code).toBe(0);
    expect(readFileSync(z1).equals(readFileSync(z2))).toBe(true);
    const entries = unzipSync(readFileSync(z1));
    const bag = tree(join(out, 'bag'));
    expect(Object.keys(entries)).toEqual(Object.keys(bag).sort().map((p) => `edition/${p}`));
    expect(Buffer.from(entries['edition/data/mets.xml'] ?? []).toString('base64')).toBe(bag['data/mets.xml']);
  });

  it('writes DSpace import folders with --format dspace-saf', async () => {
    const saf = join(tmp(), 'saf');
    expect((await teipress(['deposit', '.', '--out', saf, '--format', 'dspace-saf'], dir)).code).toBe(0);
    expect(readdirSync(saf)).toEqual(['item_000', 'item_001']);
    expect(readFileSync(join(saf, 'item_001/contents'), 'utf8').split('\n')[0]).toBe('1962-11-06-kennedy-to-khrushchev.xml\tbundle:ORIGINAL\tdescription:TEI P5 XML (the canonical text)\tprimary:true');
    const zip = join(tmp(), 'saf.zip');
    expect((await teipress(['deposit', '.', '--out', zip, '--format', 'dspace-saf', '--zip'], dir)).code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(zip)))).toEqual(Object.keys(tree(saf)).sort());
  });

  it('never overwrites an existing --out, and leaves no temporary folder behind', async () => {
    const r = await teipress(['deposit', '.', '--out', join(out, 'bag')], dir);
    expect([r.code, r.stderr.includes('[deposit/out-exists]')]).toEqual([1, true]);
    expect(readdirSync(out)).toEqual(['bag']);
  });

  it('refuses a link that points outside the edition', async () => {
    const secret = join(tmp(), 'secret.txt');
    writeFileSync(secret, 'private');
    const link = join(dir, 'dist/html/secret.txt');
    symlinkSync(secret, link);
    try {
      const to = join(tmp(), 'bag');
      const r = await teipress(['deposit', '.', '--out', to], dir);
      expect([r.code, existsSync(to)]).toEqual([1, false]);
      expect(r.stderr).toContain('dist/html/secret.txt is a symbolic link to');
    } finally {
      unlinkSync(link);
    }
  });

  it('refuses an edition with validation errors, and packages it with --allow-invalid, saying so', async () => {
    const broken = tmp();
    cpSync(dir, broken, { recursive: true });
    const tei = join(broken, 'tei/1962-11-06-kennedy-to-khrushchev.xml');
    writeFileSync(tei, readFileSync(tei, 'utf8').replace('<date when="1962-11-06"/>', '<date when="6 Nov 1962"/>'));
    const to0 = join(tmp(), 'bag');
    const unbuilt = await teipress(['deposit', '.', '--out', to0, '--no-tei-all'], broken);
    expect([unbuilt.code, existsSync(to0)]).toEqual([1, false]);
    expect(unbuilt.stderr).toContain('1 TEI file(s) changed since the last build (e.g. 1962-11-06-kennedy-to-khrushchev), so dist/ does not show them; run `teipress build .` first. [deposit/not-built]');
    // Built again, the edited file is kept (source/tei-edited), validated, reported and rendered.
    await teipress(['build', '.', '--no-pdf', '--no-tei-all'], broken);
    const config = JSON.parse(readFileSync(join(broken, 'teipress.config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(broken, 'teipress.config.json'), JSON.stringify({ ...config, deposit: { identifier: 'sample-1962', groupIdentifier: 'sample-group' } }));
    const to = join(tmp(), 'bag');
    const refused = await teipress(['deposit', '.', '--out', to, '--no-tei-all'], broken);
    expect([refused.code, existsSync(to), refused.stderr.includes('[deposit/invalid-edition]')]).toEqual([1, false, true]);
    const allowed = await teipress(['deposit', '.', '--out', to, '--no-tei-all', '--allow-invalid'], broken);
    expect(allowed.code).toBe(0);
    expect(readFileSync(join(to, 'bag-info.txt'), 'utf8')).toMatch(/^Edition-Validation: failed: [0-9]+ error\(s\) in 1 TEI file\(s\); packaged with --allow-invalid$/mu);
    expect(readFileSync(join(to, 'bag-info.txt'), 'utf8')).toContain('External-Identifier: sample-1962\nBag-Group-Identifier: sample-group\n');
    expect(readFileSync(join(to, 'data/mets.xml'), 'utf8')).toContain('RECORDSTATUS="invalid-edition"');
    expect((await teipress(['verify', to], broken)).code).toBe(0);
  });
});

describe('a deposit killed while it writes', () => {
  it('leaves nothing at --out (the package is built beside it and renamed when complete)', async () => {
    const dir = copyEdition();
    expect((await teipress(['build', '.', '--no-pdf', '--no-tei-all'], dir)).code).toBe(0);
    // A large payload file keeps the copy going long enough to be caught in the act.
    mkdirSync(join(dir, 'dist/pdf'), { recursive: true });
    writeFileSync(join(dir, 'dist/pdf/1962-11-06-kennedy-to-khrushchev.pdf'), Buffer.alloc(48 << 20, 1));
    const parent = tmp();
    const to = join(parent, 'bag');
    const child = spawn('node', [cli, 'deposit', '.', '--out', to, '--no-tei-all'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let caught = false;
    while (!caught && child.exitCode === null) {
      caught = readdirSync(parent).some((n) => n.endsWith('.tmp'));
      if (!caught) await new Promise((r) => setTimeout(r, 2));
    }
    child.kill('SIGKILL');
    await exited;
    const leftover = existsSync(to);
    for (const d of [parent, dir]) rmSync(d, { recursive: true, force: true });
    expect(caught).toBe(true);
    expect(leftover).toBe(false);
  });
});

describe('teipress deposit on an edition that was never built', () => {
  it('says to run teipress build first, and writes nothing', async () => {
    const dir = copyEdition();
    mkdirSync(join(dir, 'tei'));
    cpSync(join(repo, 'tei'), join(dir, 'tei'), { recursive: true });
    const to = join(tmp(), 'bag');
    const r = await teipress(['deposit', '.', '--out', to], dir);
    expect([r.code, existsSync(to)]).toEqual([1, false]);
    expect(r.stderr).toContain('2 document(s) have no rendered edition in dist (e.g. 1962-11-05-kennedy-to-khrushchev-draft-and-telegram); run `teipress build .` first. [deposit/not-built]');
  });

  it('is a usage error without --out or with an unknown package format', async () => {
    const dir = copyEdition();
    expect((await teipress(['deposit', '.'], dir)).code).toBe(2);
    expect((await teipress(['deposit', '.', '--out', 'x', '--format', 'tar'], dir)).code).toBe(2);
    expect((await teipress(['verify'], dir)).code).toBe(2);
  });
});

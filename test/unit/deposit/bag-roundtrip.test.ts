import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBag } from '../../../src/deposit/bag-verifier.js';
import { finishBag, humanSize, writeHashed } from '../../../src/deposit/bagit-writer.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'teipress-bag-'));

/** Writes a bag of three payload files, one of them with %, CR and LF in its name. */
async function smallBag(): Promise<string> {
  const root = tmp();
  const files = [['data/a.txt', 'alpha\n'], ['data/sub/b c.txt', 'beta'], ['data/50%\r\nodd.txt', '']] as const;
  const written = await Promise.all(files.map(([p, c]) => writeHashed(c, join(root, p), p)));
  await finishBag(root, written, [['Source-Organization', 'Test']]);
  return root;
}

describe('a bag written by teipress', () => {
  it('has the BagIt 1.0 tag files, sorted manifests with encoded names, and bag-info with Payload-Oxum and Bag-Size', async () => {
    const root = await smallBag();
    expect(readFileSync(join(root, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(readFileSync(join(root, 'bag-info.txt'), 'utf8')).toBe('Source-Organization: Test\nPayload-Oxum: 10.3\nBag-Size: 10 bytes\n');
    expect(readFileSync(join(root, 'manifest-sha256.txt'), 'utf8').split('\n').map((l) => l.slice(66))).toEqual(['data/50%25%0D%0Aodd.txt', 'data/a.txt', 'data/sub/b c.txt', '']);
    expect(readFileSync(join(root, 'tagmanifest-sha256.txt'), 'utf8').split('\n').map((l) => l.slice(66))).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', '']);
  });

  it('verifies clean', async () => {
    const root = await smallBag();
    expect(await verifyBag(root, 'bag')).toEqual({ diagnostics: [], files: 3, octets: 10 });
  });

  it('fails verification, naming the file, when one payload byte changes', async () => {
    const root = await smallBag();
    writeFileSync(join(root, 'data/a.txt'), 'alphA\n');
    const r = await verifyBag(root, 'bag');
    expect(r.diagnostics.map((d) => [d.file, d.line, d.severity, d.rule, d.message.slice(0, 20)])).toEqual([
      ['bag/manifest-sha256.txt', 2, 'error', 'verify/checksum', 'data/a.txt has sha25'],
      ['bag/manifest-sha512.txt', 2, 'error', 'verify/checksum', 'data/a.txt has sha51'],
    ]);
  });

  it('fails verification for an added file, a removed file, a link, a wrong Payload-Oxum and a changed tag file', async () => {
    const root = await smallBag();
    writeFileSync(join(root, 'data/extra.txt'), 'x');
    writeFileSync(join(root, 'data/sub/b c.txt'), '');
    mkdirSync(join(root, 'data/l'));
    symlinkSync('/etc/hostname', join(root, 'data/l/out'));
    appendFileSync(join(root, 'bag-info.txt'), 'Contact-Name: Someone\n');
    const rules = (await verifyBag(root, 'bag')).diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`);
    expect(rules).toEqual([
      'bag/bag-info.txt:2 verify/oxum',
      'bag/data/l/out:1 verify/symlink',
      'bag/manifest-sha256.txt:1 verify/unlisted-file',
      'bag/manifest-sha256.txt:3 verify/checksum',
      'bag/manifest-sha512.txt:1 verify/unlisted-file',
      'bag/manifest-sha512.txt:3 verify/checksum',
      'bag/tagmanifest-sha256.txt:1 verify/checksum',
      'bag/tagmanifest-sha512.txt:1 verify/checksum',
    ]);
  });

  it('is not a bag when the folder is missing or has no bagit.txt', async () => {
    expect((await verifyBag(join(tmp(), 'none'), 'x')).diagnostics.map((d) => d.rule)).toEqual(['verify/not-a-bag']);
    expect((await verifyBag(tmp(), 'x')).diagnostics.map((d) => d.rule)).toEqual(['verify/not-a-bag']);
    const noData = tmp();
    writeFileSync(join(noData, 'bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    writeFileSync(join(noData, 'manifest-sha256.txt'), '');
    expect((await verifyBag(noData, 'x')).diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['x/data verify/not-a-bag']);
  });

  it('gives Bag-Size in SI units', () => {
    expect([humanSize(999), humanSize(1500), humanSize(2_345_678), humanSize(3e9)]).toEqual(['999 bytes', '1.5 KB', '2.3 MB', '3.0 GB']);
  });
});

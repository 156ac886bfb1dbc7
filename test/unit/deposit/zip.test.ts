import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../src/deposit/zip.js';

describe('the zip of a package', () => {
  it('holds every file under the prefix, in the order given, with the fixed time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'teipress-zip-'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'bagit.txt'), 'BagIt-Version: 1.0\n');
    writeFileSync(join(root, 'data/big.bin'), Buffer.alloc(3 << 20, 7));
    const out = join(root, 'a.zip');
    await writeZip(out, root, ['bagit.txt', 'data/big.bin'], 'bag', Date.UTC(2020, 4, 6, 7, 8, 10));
    const entries = unzipSync(readFileSync(out));
    expect(Object.keys(entries)).toEqual(['bag/bagit.txt', 'bag/data/big.bin']);
    expect(Buffer.from(entries['bag/data/big.bin'] ?? []).equals(Buffer.alloc(3 << 20, 7))).toBe(true);
    // DOS time of the first local header (offset 10): 07:08:10 on 2020-05-06, whatever the time zone.
    const z = readFileSync(out);
    expect([z.readUInt16LE(10), z.readUInt16LE(12)]).toEqual([(7 << 11) | (8 << 5) | 5, ((2020 - 1980) << 9) | (5 << 5) | 6]);
  });

  it('is byte-identical when made twice from the same files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'teipress-zip-'));
    writeFileSync(join(root, 'x.txt'), 'same');
    await writeZip(join(root, '1.zip'), root, ['x.txt'], 'p', 0);
    await writeZip(join(root, '2.zip'), root, ['x.txt'], 'p', 0);
    expect(readFileSync(join(root, '1.zip')).equals(readFileSync(join(root, '2.zip')))).toBe(true);
  });
});

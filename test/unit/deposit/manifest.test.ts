import { describe, expect, it } from 'vitest';
import { decodePath, encodePath, manifestText, parseManifest, payloadOxum, staysInside } from '../../../src/deposit/manifest.js';
import { bagInfoText, decodeTagFile, parseBagInfo, parseBagitTxt } from '../../../src/deposit/tag-files.js';

describe('BagIt manifests', () => {
  it('percent-encode only %, CR and LF in file names, and decode them back', () => {
    expect(encodePath('data/50%\r\nof it %7E~.txt')).toBe('data/50%25%0D%0Aof it %257E~.txt');
    expect(decodePath('data/50%25%0d%0Aof it %257E~.txt')).toBe('data/50%\r\nof it %7E~.txt');
    expect(decodePath('data/%7E.txt')).toBe('data/%7E.txt');
  });

  it('write one "digest  path" line per file and read them back, names with spaces included', () => {
    const text = manifestText([{ path: 'data/a b.txt', digest: 'ab' }, { path: 'data/%.txt', digest: 'cd' }]);
    expect(text).toBe('ab  data/a b.txt\ncd  data/%25.txt\n');
    expect(parseManifest(text, true)).toEqual({ entries: [{ path: 'data/a b.txt', digest: 'ab', line: 1 }, { path: 'data/%.txt', digest: 'cd', line: 2 }], problems: [] });
  });

  it('read 0.9x names literally, repair ./ and md5sum markers, and report lines that are not entries', () => {
    expect(parseManifest('AB *data/x\r\nCD ./data/%25\r\nnot a line\r\n\r\n', false)).toEqual({
      entries: [{ path: 'data/x', digest: 'ab', line: 1, repaired: 'binary-marker' }, { path: 'data/%25', digest: 'cd', line: 2, repaired: 'dot-slash' }],
      problems: [{ line: 3, text: 'not a line' }],
    });
  });

  it('tell paths that stay inside the bag from paths that leave it', () => {
    expect(['data/a', 'data/x/../b', './data/c'].map(staysInside)).toEqual([true, true, true]);
    expect(['../a', 'data/../../a', '/etc/passwd', 'C:/x', '\\\\server\\x'].map(staysInside)).toEqual([false, false, false, false, false]);
  });

  it('sum octets and count files for the Payload-Oxum', () => {
    expect(payloadOxum([3, 0, 10])).toBe('13.3');
    expect(payloadOxum([])).toBe('0.0');
  });
});

describe('BagIt tag files', () => {
  it('accept only the exact bagit.txt form, with a best guess for the rest of the check', () => {
    expect(parseBagitTxt(Buffer.from('BagIt-Version: 1.0\r\nTag-File-Character-Encoding: UTF-8'))).toEqual({ ok: true, major: 1, minor: 0, encoding: 'UTF-8' });
    expect(parseBagitTxt(Buffer.from('BagIt-Version : 1.0\nTag-File-Character-Encoding: UTF-8\n'))).toEqual({ ok: false, line: 1, reason: 'The first line of bagit.txt must be "BagIt-Version: M.N", not "BagIt-Version : 1.0"', guess: { major: 1, minor: 0, encoding: 'UTF-8' } });
    expect(parseBagitTxt(Buffer.from('\uFEFFBagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n'))).toMatchObject({ ok: false, reason: 'bagit.txt begins with a byte order mark, which BagIt forbids' });
  });

  it('read bag-info elements with loose separators, continuation lines and repeated labels', () => {
    expect(parseBagInfo('A: 1\nB   :   two\n  and more\nA: 3\nno colon here\n')).toEqual({
      elements: [{ label: 'A', value: '1', line: 1 }, { label: 'B', value: 'two and more', line: 2 }, { label: 'A', value: '3', line: 4 }],
      problems: [5],
    });
    expect(bagInfoText([['Source-Organization', 'X\nY']])).toBe('Source-Organization: X Y\n');
  });

  it('decode UTF-16 tag files by their byte order mark and refuse bytes that do not fit the encoding', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le')]);
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x61]);
    expect([decodeTagFile(le, 'UTF-16'), decodeTagFile(be, 'UTF-16'), decodeTagFile(Buffer.from([0xe9]), 'ISO-8859-1'), decodeTagFile(Buffer.from([0xe9]), 'UTF-8')]).toEqual(['ab', 'a', 'é', undefined]);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource, SourceDecoder } from '../../../src/convert/read-source.js';
import { convertFile, readTranscript } from '../../../src/edition/convert-files.js';
import { sha256 } from '../../../src/util/sha256.js';

const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc(p)] : p)));

/** The decoder's result for `input` given in pieces of `size` bytes. */
function inPieces(input: Uint8Array, size: number, maxBytes?: number) {
  const d = new SourceDecoder('x.txt', maxBytes);
  for (let i = 0; i < input.length; i += size) d.push(input.slice(i, i + size));
  return d.end();
}

/** Inputs whose characters (of 2, 3 and 4 bytes) and invalid bytes fall across pieces of 1 to 7 bytes. */
const CASES: Record<string, Uint8Array> = {
  'valid, with BOMs, CRLF and astral characters': bytes('\uFEFF\uFEFFé\r\n€ 😀\rx̶\u0007\n'),
  'a lone continuation byte on line 2': bytes('ab\né€', [0x80], 'z'),
  'a character cut at the end': bytes('😀\n€', [0xf0, 0x9f, 0x98]),
  'an overlong sequence after a BOM': bytes('\uFEFFab', [0xe0, 0x80, 0x80], 'c'),
  'an encoded surrogate': bytes('ok\r\n', [0xed, 0xa0, 0x80]),
  'a byte no character begins with': bytes('€€', [0xf5, 0x80]),
  'a cut character before a NUL': bytes('é\n', [0xe2, 0x82, 0x00], 'x'),
  'an invalid byte, then a NUL lines later': bytes([0xc3, 0x28], '\n😀\n\n', [0xf0, 0x9f], 'a', [0x00]),
  'a NUL in valid text': bytes('line\nsecond 😀', [0x00], 'more'),
  'UTF-16 with its NULs': Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]),
  'white space only': bytes('\uFEFF \u00a0\r\n'),
  empty: new Uint8Array(),
};

describe('SourceDecoder: a transcript decoded in pieces', () => {
  for (const [name, input] of Object.entries(CASES)) {
    it(`gives what readSource gives for the whole bytes: ${name}`, () => {
      const whole = readSource(input, 'x.txt');
      for (const size of [1, 2, 3, 4, 5, 7, 64]) expect(inPieces(input, size)).toEqual(whole);
    });
  }

  it('places an invalid byte after characters split between pieces at its line and column', () => {
    // Pieces of 3: 'é' (C3 A9) and '😀' (F0 9F 98 80) each straddle a boundary; the bad 0xFF is byte 9.
    const input = bytes('a\né😀b', [0xff], 'c');
    expect(inPieces(input, 3)).toEqual({
      diagnostics: [{ rule: 'source/encoding', severity: 'error', file: 'x.txt', line: 2, column: 5, message: 'Byte 9 (0xFF) is not valid UTF-8; expected a UTF-8 transcript.' }],
    });
  });

  it('decodes the same characters split between pieces as valid text', () => {
    expect(inPieces(bytes('a\né😀b\r\nc'), 3)).toEqual({ text: 'a\né😀b\nc', diagnostics: [] });
  });

  it('reports a transcript over the limit with its size, whether or not the size was known before reading', () => {
    const input = bytes('0123456789');
    const over = { diagnostics: [{ rule: 'source/too-large', severity: 'error', file: 'x.txt', line: 1, column: 1, message: 'The transcript is 10 bytes, over the limit of 9 bytes.' }] };
    expect(inPieces(input, 4, 9)).toEqual(over);
    const known = new SourceDecoder('x.txt', 9, 10);
    known.push(input);
    expect(known.end()).toEqual(over);
    expect(inPieces(input, 4, 10)).toEqual({ text: '0123456789', diagnostics: [] });
  });

  it('gives what readSource gives for any mix of text and stray bytes, in pieces of any size', () => {
    const chunk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }).map(enc),
      fc.uint8Array({ maxLength: 3 }),
      fc.constantFrom(bytes('\uFEFF'), bytes('\r\n'), bytes([0xf0, 0x9f]), bytes([0xe2, 0x82]), bytes([0x00])),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 12 }), fc.integer({ min: 1, max: 9 }), (chunks, size) => {
        const input = Uint8Array.from(chunks.flatMap((c) => [...c]));
        expect(inPieces(input, size)).toEqual(readSource(input, 'x.txt'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('readTranscript and convertFile: a transcript file read in pieces', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-read-pieces-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the decoded text and the sha256 of the file’s bytes, for pieces smaller than a character', async () => {
    const input = bytes('\uFEFFDear Sir:\r\n\nThe 😀 café.\n');
    const path = join(dir, 'letter.txt');
    writeFileSync(path, input);
    expect(await readTranscript(path, 'letter.txt', undefined, 3)).toEqual({ source: { text: 'Dear Sir:\n\nThe 😀 café.\n', diagnostics: [] }, sha256: sha256(input) });
  });

  it('gives the diagnostic of an invalid file, and its sha256, as the whole bytes do', async () => {
    const input = bytes('one\ntw€', [0xe2, 0x28, 0xa1]);
    const path = join(dir, 'bad.txt');
    writeFileSync(path, input);
    const r = await convertFile(path, { display: 'bad.txt' });
    expect(r).toEqual({ input: path, id: 'bad', sourceSha256: sha256(input), diagnostics: readSource(input, 'bad.txt').diagnostics });
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['2:4 Byte 9 (0xE2) is not valid UTF-8; expected a UTF-8 transcript.']);
  });

  it('reports a folder as unreadable, as reading it whole did', async () => {
    const r = await convertFile(dir, { display: 'folder' });
    expect(r.diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual(['source/unreadable The file could not be read (EISDIR).']);
  });
});

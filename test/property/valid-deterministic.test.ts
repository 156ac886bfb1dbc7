import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { generateTranscript } from '../../bench/generate.js';
import { convertBytes, validateDocuments } from '../../src/index.js';
import { transcriptArb } from './arbitraries.js';

const encode = (s: string) => new TextEncoder().encode(s);
const SAMPLES = new URL('../../transcripts/', import.meta.url);

describe('Always well-formed and valid', () => {
  it('gives well-formed TEI with no schema errors (project schema and tei_all) for generated transcripts and the samples', async () => {
    const texts = [
      // Without the hazards of known converter bugs (see nothing-lost.test.ts), which are fixed elsewhere.
      ...fc.sample(transcriptArb(true, { feff: true, astralStrike: true, loneCloser: true }), { numRuns: 30, seed: 20240501 }),
    ].map((t) => t.text).concat(
      Array.from({ length: 10 }, (_, i) => generateTranscript(i + 1)),
      readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(new URL(n, SAMPLES), 'utf8')),
    );
    const inputs = texts.map((text, i) => ({ file: `gen-${i}.xml`, xml: convertBytes(encode(text), { file: `gen-${i}.txt` }).xml ?? '' }));
    expect(inputs.filter((x) => x.xml === '' || XMLValidator.validate(x.xml) !== true).map((x) => x.file)).toEqual([]);
    const errors = (await validateDocuments(inputs, { rules: false })).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)).toEqual([]);
  }, 180_000);
});

describe('Deterministic', () => {
  it('gives byte-identical XML when the same transcript is converted twice', () => {
    fc.assert(
      fc.property(transcriptArb(), ({ text }) => {
        const a = convertBytes(encode(text), { file: 'same.txt' });
        const b = convertBytes(encode(text), { file: 'same.txt' });
        expect(b.xml).toEqual(a.xml);
        expect(b.diagnostics).toEqual(a.diagnostics);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Never throws', () => {
  it('gives XML or an error diagnostic for arbitrary bytes, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }).map(encode)), (bytes) => {
        const r = convertBytes(bytes, { file: 'bytes.txt' });
        expect(r.xml !== undefined || r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

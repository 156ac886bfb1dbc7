import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertBytes, validateDocuments } from '../../src/index.js';
import { usGovernment20c } from '../../src/profiles/us-government-20c.js';

const encode = (s: string) => new TextEncoder().encode(s);
const name = fc.constantFrom('Ann Lowe', 'R. T. Baird', 'JOHN PIKE', 'M. Ortiz');
/** Pieces of letters, built from shapes: closes from the profile, signatures, salutations, prose, back matter. */
const piece = fc.oneof(
  fc.constantFrom(...usGovernment20c.closings).map((c) => `${c.charAt(0).toUpperCase()}${c.slice(1)},`),
  name.map((n) => `/s/ ${n}`),
  name,
  name.map((n) => `Dear ${n}:`),
  fc.constantFrom('cc: Port Office', 'Enclosure', 'P.S. More to follow.', 'ABC:JDoe:xy', 'SUBJECT: Dues', 'MEMORANDUM'),
  fc.lorem({ maxCount: 14 }).map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`),
);
const transcript = fc.array(piece, { minLength: 1, maxLength: 7 }).chain((ps) => fc.array(fc.constantFrom('\n', '\n\n'), { minLength: ps.length, maxLength: ps.length }).map((seps) => ps.map((p, i) => p + seps[i]).join('')));

describe('Closers never stand alone', () => {
  it('gives TEI valid against both schemas for letters of closes, signatures and back matter in any order', async () => {
    const texts = ['faithfully', 'Faithfully,\n', 'Sincerely,\n\n/s/ Ann Lowe\n', ...fc.sample(transcript, { numRuns: 40, seed: 7 })];
    const inputs = texts.map((text, i) => ({ file: `closer-${i}.xml`, xml: convertBytes(encode(text), { file: `closer-${i}.txt` }).xml ?? '' }));
    const errors = (await validateDocuments(inputs, { rules: false })).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}: ${d.message} in ${JSON.stringify(texts[Number(/\d+/u.exec(d.file)![0])])}`)).toEqual([]);
  }, 120_000);
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertBytes, convertText, type HandedBytes } from '../../../src/convert/index.js';
import { LineIndex } from '../../../src/ir/position.js';
import { toTei } from '../../../src/tei/to-tei.js';
import { sha256 } from '../../../src/util/sha256.js';
import { VERSION } from '../../../src/version.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'convert');
const inputs = readdirSync(FIXTURES).sort().map((d) => readFileSync(join(FIXTURES, d, 'input.txt'), 'utf8'));
// The fixtures one after another: a transcript of many documents, folios and page turns between them.
const joined = inputs.join('\n\n');

/** The TEI made the old way: the whole transcript first, then every document's div at once. */
function wholeTei(text: string) {
  const r = convertText(text, { file: 'x.txt' });
  const header = { meta: {}, source: { path: 'x.txt', sha256: sha256(new TextEncoder().encode(text)) }, edition: { publisher: 'teipress edition' }, tool: { name: 'teipress', version: VERSION } };
  return { made: r, whole: toTei(r.transcript!, header, 'en', { index: new LineIndex(text) }) };
}

describe('documents serialised as they are built give the TEI of the whole transcript', () => {
  it('gives the same bytes and source map as serialising the kept transcript at once, for each fixture and for all of them joined', () => {
    for (const text of [...inputs, joined]) {
      const { made, whole } = wholeTei(text);
      expect({ xml: made.xml, map: made.sourceMap }).toEqual({ xml: whole.xml, map: whole.sourceMap });
    }
  });

  it('gives the same TEI and diagnostics when the transcript is not kept (each document let go once written)', () => {
    const kept = convertText(joined, { file: 'x.txt' });
    const lean = convertText(joined, { file: 'x.txt', keepTranscript: false });
    expect({ xml: lean.xml, map: lean.sourceMap, diagnostics: lean.diagnostics, transcript: lean.transcript }).toEqual({ xml: kept.xml, map: kept.sourceMap, diagnostics: kept.diagnostics, transcript: undefined });
    expect(kept.transcript!.documents.length).toBeGreaterThan(inputs.length / 2);
  });

  it('takes handed-over bytes out of their holder, leaves their sha256 and converts them as plain bytes', () => {
    const bytes = new TextEncoder().encode(joined);
    const handed: HandedBytes = { bytes: bytes.slice() };
    const r = convertBytes(handed, { file: 'x.txt', keepTranscript: false });
    const plain = convertBytes(bytes, { file: 'x.txt', keepTranscript: false });
    expect({ handed, xml: r.xml, diagnostics: r.diagnostics }).toEqual({ handed: { bytes: undefined, sha256: sha256(bytes) }, xml: plain.xml, diagnostics: plain.diagnostics });
  });
});

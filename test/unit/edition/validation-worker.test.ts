import { describe, expect, it } from 'vitest';
import { validationWorker } from '../../../src/edition/validation-worker.js';
import { validateDocuments, type ValidateInput } from '../../../src/validate/index.js';

const TEI = 'http://www.tei-c.org/ns/1.0';
const doc = (body: string): string =>
  `<TEI xmlns="${TEI}">\n<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n<text><body>\n${body}\n</body></text>\n</TEI>\n`;

/** Valid, invalid against the schema (not refused), not well-formed, and not TEI (both refused). */
const inputs: ValidateInput[] = [
  { file: 'tei/valid.xml', xml: doc('<div type="document" n="1">\n<p>Text.</p>\n</div>') },
  { file: 'tei/invalid.xml', xml: doc('<div type="document" n="1">\n<p>Text.<bogus/></p>\n</div>') },
  { file: 'tei/broken.xml', xml: doc('<div type="document" n="1">\n<p>Text.</div>') },
  { file: 'tei/other.xml', xml: '<html xmlns="http://www.w3.org/1999/xhtml"><p>Not TEI.</p></html>\n' },
  { file: 'tei/bytes.xml', xml: new TextEncoder().encode(doc('<div type="document" n="2">\n<p>Bytes.</p>\n</div>')) },
];
const opts = { teiAll: false, schematron: [] } as const;

describe('validation on a thread of its own', () => {
  it('names the refused files once they are parsed, then gives exactly the diagnostics of validating on this thread', async () => {
    const expected = await validateDocuments(inputs, opts);
    // the schema error is a diagnostic of a document that is not refused
    expect(expected.some((d) => d.file === 'tei/invalid.xml' && d.rule === 'validate/project-schema')).toBe(true);
    for (const threaded of [true, false]) {
      const worker = validationWorker(threaded);
      try {
        const v = worker.validate(inputs, opts);
        expect([...(await v.refused)].sort()).toEqual(['tei/broken.xml', 'tei/other.xml']);
        expect(await v.done).toEqual(expected);
        // a second call reuses the thread and its compiled schemas: same answer
        const again = worker.validate(inputs.slice(0, 2), opts);
        expect([...(await again.refused)]).toEqual([]);
        expect(await again.done).toEqual(expected.filter((d) => d.file === 'tei/valid.xml' || d.file === 'tei/invalid.xml'));
      } finally {
        await worker.close();
      }
    }
  });

  it('tells validateDocuments callers the refused files before any schema is compiled', async () => {
    const calls: string[][] = [];
    const ds = await validateDocuments(inputs, { ...opts, onParsed: (refused) => calls.push([...refused]) });
    expect(calls).toEqual([['tei/broken.xml', 'tei/other.xml']]);
    expect(ds).toEqual(await validateDocuments(inputs, opts));
  });
});

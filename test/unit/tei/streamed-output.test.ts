import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomic } from '../../../src/node/fs.js';
import { convertText } from '../../../src/convert/index.js';
import { serialize, serializeChunks, serializeStream } from '../../../src/tei/serialize.js';
import { el, type XElement } from '../../../src/tei/xml.js';

const pos = (line: number) => ({ line, column: 1, offset: 0 });
const doc = (n: number): XElement => el('div', { type: 'document', n: String(n) }, [el('p', {}, [`Text ${n} & more`, el('lb'), 'é😀'], pos(n))], pos(n));

function* made(n: number, log: number[]): Generator<XElement> {
  for (let i = 1; i <= n; i++) {
    log.push(i);
    yield doc(i);
  }
}

describe('the TEI is written in chunks, one document at a time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same bytes and source map when the body is made as it is written as when the whole tree is built', () => {
    const whole = el('TEI', {}, [el('teiHeader', {}, [], pos(1)), el('text', {}, [el('body', {}, [doc(1), doc(2), doc(3)])])]);
    const body = el('body', {}, []);
    const log: number[] = [];
    const lazy = serializeChunks(el('TEI', {}, [el('teiHeader', {}, [], pos(1)), el('text', {}, [body])]), { parent: body, children: made(3, log) });
    expect([lazy.chunks.join(''), lazy.entries, log]).toEqual([serialize(whole).xml, serialize(whole).entries, [1, 2, 3]]);
    expect(lazy.chunks.length).toBeGreaterThan(3);
  });

  it('streams each document\'s chunks before the next document is made, the same bytes and source map in the end', () => {
    const header = () => el('teiHeader', {}, [], pos(1));
    const body = el('body', {}, []);
    const log: number[] = [];
    const stream = serializeStream(el('TEI', {}, [header(), el('text', {}, [body])]), { parent: body, children: made(3, log) });
    const seen: [string, number[]][] = [];
    for (const chunk of stream.chunks) seen.push([chunk, [...log]]);
    const whole = serialize(el('TEI', {}, [header(), el('text', {}, [el('body', {}, [doc(1), doc(2), doc(3)])])]));
    expect([seen.map(([c]) => c).join(''), stream.entries]).toEqual([whole.xml, whole.entries]);
    expect(seen.map(([, made]) => made.length)).toEqual([1, 2, 3, 3]);
  });

  it('writes an empty lazy body as the empty element, as a built one is written', () => {
    const body = el('body', {}, []);
    const lazy = serializeChunks(el('text', {}, [body]), { parent: body, children: made(0, []) });
    expect(lazy.chunks.join('')).toEqual(serialize(el('text', {}, [el('body')])).xml);
  });

  it('converts to the same TEI as chunks, and keeps the IR only when asked', () => {
    const text = 'MEMORANDUM\n\nDear Sir:\n\nThe ~~old~~ text, é😀\uFEFF kept.\n\n- 2 -\n\nMore text.\n';
    const whole = convertText(text, { file: 'x.txt' });
    const chunked = convertText(text, { file: 'x.txt', chunked: true, keepTranscript: false });
    expect([chunked.chunks?.join(''), chunked.xml, chunked.transcript, chunked.sourceMap]).toEqual([whole.xml, undefined, undefined, whole.sourceMap]);
    expect(whole.transcript?.documents.length).toBe(1);
  });

  it('writes chunks atomically as their UTF-8 concatenation, leaving no temporary file', async () => {
    const chunks = ['<a>é', '😀\uD83D', '\uDE00</a>\n'];
    await writeAtomic(join(dir, 'out.xml'), chunks);
    expect([readFileSync(join(dir, 'out.xml'), 'utf8'), readdirSync(dir)]).toEqual(['<a>é😀😀</a>\n', ['out.xml']]);
  });
});

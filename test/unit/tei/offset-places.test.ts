import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import type { Inline } from '../../../src/ir/nodes.js';
import { inlinePosition } from '../../../src/ir/nodes.js';
import { LineIndex } from '../../../src/ir/position.js';
import { renderBlock, serialize } from '../../../src/tei/serialize.js';
import { el } from '../../../src/tei/xml.js';

// A transcript of three lines; the elements below stand at offsets inside its second and third lines.
const TEXT = 'First line\nsecond ~~struck~~ line\nthird [illegible] one\n';
const index = new LineIndex(TEXT);
const at = (s: string) => TEXT.indexOf(s);
const tree = () => el('p', {}, ['second ', el('del', { rend: 'strikethrough' }, ['struck'], at('~~struck')), ' line', el('lb', {}, [], at('\nthird')), el('gap', { reason: 'illegible' }, [], at('[illegible]'))], { line: 2, column: 1, offset: at('second') });

describe('elements placed by a transcript offset', () => {
  it('are given the line and column of their offset in the source map, through the line index', () => {
    expect(serialize(tree(), index).entries.map((e) => [e.element, e.line, e.column])).toEqual([['p', 2, 1], ['del', 2, 8], ['lb', 2, 23], ['gap', 3, 7]]);
  });

  it('need no index when no source map is made, and make the same text', () => {
    const mapped = renderBlock(tree(), 0, true, undefined, false, index);
    const plain = renderBlock(tree(), 0, false);
    expect([plain.entries, new TextDecoder().decode(plain.bytes[0])]).toEqual([[], new TextDecoder().decode(mapped.bytes[0])]);
  });

  it('stop a source map made without the index, instead of leaving their entries out', () => {
    expect(() => serialize(tree())).toThrow(/line index/u);
  });
});

describe('inline nodes that carry an offset instead of a position', () => {
  it('give a conversion the same source map places as the elements around them, for text, breaks and spans', () => {
    const r = convertText('Dear Sir:\n\nWe ~~struck~~ this out and [illegible] that\non the next line.\n\nYours truly,\nJ. Smith\n', { file: 'x.txt' });
    const places = r.sourceMap!.entries.filter((e) => ['del', 'gap', 'lb'].includes(e.element)).map((e) => [e.element, e.line, e.column]);
    // (a break stands where the line after it begins)
    expect(places).toEqual([['del', 3, 4], ['gap', 3, 28], ['lb', 4, 1]]);
  });

  it('are placed by inlinePosition through the index, and nodes with a position by their own', () => {
    const nodes: Inline[] = [{ type: 'text', value: 'third', offset: at('third') }, { type: 'pb', n: '2', inferred: false, pos: { line: 9, column: 4, offset: 99 } }];
    expect(nodes.map((n) => inlinePosition(n, index))).toEqual([{ line: 3, column: 1, offset: at('third') }, { line: 9, column: 4, offset: 99 }]);
  });
});

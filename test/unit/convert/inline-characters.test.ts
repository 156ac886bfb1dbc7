import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/convert/dates/parse-dates.js';
import { parseInline } from '../../../src/convert/inline/index.js';
import type { Line } from '../../../src/convert/scan-lines.js';
import type { Inline } from '../../../src/ir/nodes.js';

const BOM = '\uFEFF';

/** Lines as the scanner gives them, with their text exactly as written (offsets as if one per line). */
function lines(texts: readonly string[]): Line[] {
  let offset = 0;
  return texts.map((text, i) => {
    const line: Line = { text, raw: text, pos: { line: i + 1, column: 1, offset }, start: offset, blank: false, hardBreak: false, formFeed: false };
    offset += text.length + 1;
    return line;
  });
}

/** The code points of every text node, in order. */
function codePoints(nodes: readonly Inline[]): string[] {
  const out: string[] = [];
  const walk = (ns: readonly Inline[]) => {
    for (const n of ns) {
      if (n.type === 'text') out.push(...n.value);
      else if ('children' in n) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

function parse(texts: readonly string[]): Inline[] {
  return parseInline([{ kind: 'lines', lines: lines(texts) }], {
    dates: { century: 1900, year: 1962 },
    references: [],
    toPos: (offset) => ({ line: 1, column: offset + 1, offset }),
    report: () => undefined,
    applied: () => undefined,
  });
}

describe('characters through the inline pass', () => {
  it('keep U+FEFF at line edges, beside markers and between spaces', () => {
    const texts = [`${BOM}A ${BOM} ~~b${BOM}~~${BOM}`, `${BOM}[be]${BOM} {+c+} [sic${BOM}]${BOM}`];
    // Only the markers go: `~~`, `[`/`]` of the two remarks (a BOM is no word, so neither is `supplied` or `sic`), `{+`/`+}`.
    expect(codePoints(parse(texts))).toEqual([...`${BOM}A ${BOM} b${BOM}${BOM}${BOM}be${BOM} c sic${BOM}${BOM}`]);
  });

  it('keep astral characters with combining marks whole inside and around conventions', () => {
    const texts = ['\u{1D504}\u0301 {+\u{1F600}\u0308+} [?\u{20000}?]'];
    expect(codePoints(parse(texts))).toEqual(['\u{1D504}', '\u0301', ' ', '\u{1F600}', '\u0308', ' ', '\u{20000}']);
  });

  it('keep U+FEFF beside a date out of the date and in the text', () => {
    const text = `${BOM}November 5, 1962${BOM}`;
    expect(parseDates(text, { century: 1900 }).map((d) => text.slice(d.start, d.end))).toEqual(['November 5, 1962']);
    expect(codePoints(parse([text]))).toEqual([...text]);
  });
});

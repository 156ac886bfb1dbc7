import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../../src/util/collate.js';
import { diagnostic, sortDiagnostics } from '../../../src/diagnostics/diagnostic.js';

describe('the fixed collation', () => {
  it('orders by code point, whatever the locale: capitals before small letters, accents after z, astral after U+FFFD', () => {
    const words = ['é', 'b', 'a', 'Z', '\u{1F600}', '\uFFFD', 'ab', ''];
    expect([...words].sort(compareCodePoints)).toEqual(['', 'Z', 'a', 'ab', 'b', 'é', '\uFFFD', '\u{1F600}']);
  });

  it('sorts diagnostics by file in code-point order, then line and column', () => {
    const at = (file: string, line: number) => diagnostic('source/empty', { file, line, column: 1 }, 'x');
    const sorted = sortDiagnostics([at('b.txt', 1), at('ä.txt', 1), at('B.txt', 2), at('B.txt', 1), at('a.txt', 9)]);
    expect(sorted.map((d) => `${d.file}:${d.line}`)).toEqual(['B.txt:1', 'B.txt:2', 'a.txt:9', 'b.txt:1', 'ä.txt:1']);
  });
});

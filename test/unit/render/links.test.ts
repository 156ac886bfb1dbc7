import { describe, expect, it } from 'vitest';
import { linksFor, outputHref, pathHref } from '../../../src/render/links.js';

describe('site URLs', () => {
  it('encodes each path segment on its own, so reserved characters stay in the file name', () => {
    expect(['a b', 'c#d', 'e?f', 'g%41h', 'i&j', 'k<l', 'ünï'].map((id) => outputHref('html', id, 0))).toEqual([
      'html/a%20b.html', 'html/c%23d.html', 'html/e%3Ff.html', 'html/g%2541h.html', 'html/i%26j.html', 'html/k%3Cl.html', 'html/%C3%BCn%C3%AF.html',
    ]);
  });

  it('keeps the folder separators and the parent step of a link from a subfolder', () => {
    expect(pathHref('../text/x y.reading.txt')).toEqual('../text/x%20y.reading.txt');
    expect(linksFor('p#1', new Set(['pdf', 'tei']), 1)).toEqual([
      { kind: 'pdf', label: 'PDF', href: '../pdf/p%231.pdf', type: 'application/pdf' },
      { kind: 'tei', label: 'TEI XML', href: '../tei/p%231.xml', type: 'application/tei+xml' },
    ]);
  });

  it('leaves a plain ASCII name as it is', () => {
    expect(outputHref('reading', '1962-11-06-letter', 1)).toEqual('../text/1962-11-06-letter.reading.txt');
  });
});

import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/convert/recognizers/citation.js';
import { stamp } from '../../../src/convert/recognizers/stamp.js';
import { mergeProfile } from '../../../src/profiles/profile.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';
import { escapeAttr, escapeText } from '../../../src/tei/xml.js';

const kindOf = (m: { kind: string } | undefined): string => m?.kind ?? 'none';

describe('patterns read text by code point', () => {
  it('takes a profile citation word literally, whatever characters it holds', () => {
    const ctx = { profile: mergeProfile(usGovernment20c, { citationWords: ['carton|liasse', 'série (a'] }) };
    expect([
      'Archives Nationales, Fonds Moreau, carton|liasse 4',
      'Archives Nationales, Fonds Moreau, série (a 12',
      // Read as a pattern, `carton|liasse` would find "carton" alone.
      'Archives Nationales, Fonds Moreau, carton 4',
    ].map((line) => kindOf(citation(line, ctx)))).toEqual(['archival-citation', 'archival-citation', 'none']);
  });

  it('matches a stamp pattern by code point, so a letter outside the BMP is one character', () => {
    const ctx = { profile: mergeProfile(usGovernment20c, { stamps: [{ type: 'received', keywords: [], patterns: ['^EINGANG .\\d{3}$'] }] }) };
    expect(['EINGANG 𝔄123', 'EINGANG A123', 'EINGANG 𝔄𝔄123', 'EINGANG 123'].map((line) => kindOf(stamp(line, ctx)))).toEqual([
      'stamp', 'stamp', 'none', 'none',
    ]);
  });
});

describe('the XML escaper', () => {
  it('keeps a surrogate pair and replaces a lone surrogate, which UTF-8 cannot carry, by U+FFFD', () => {
    expect([escapeText('a𝔄b'), escapeText('a\uD835b'), escapeText('\uDD04<'), escapeAttr('"😀\uD83D"')]).toEqual([
      'a𝔄b', 'a\uFFFDb', '\uFFFD&lt;', '&quot;😀\uFFFD&quot;',
    ]);
  });
});

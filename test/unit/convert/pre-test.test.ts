import { describe, expect, it } from 'vitest';
import { boundlessPreTest, preTested } from '../../../src/convert/pre-test.js';

describe('the pre-test of a pattern that opens with a word boundary', () => {
  it('is the pattern without its opening \\b, with its flags but never global, sticky or with indices', () => {
    const pre = (re: RegExp) => {
      const p = boundlessPreTest(re);
      return p ? [p.source, p.flags] : undefined;
    };
    expect([pre(/\bNND\s*\d/iu), pre(/\b(?:deptel|urtel)[ \t]+\d+\b/giu), pre(/\bx/dgyu)]).toEqual([
      ['NND\\s*\\d', 'iu'],
      ['(?:deptel|urtel)[ \\t]+\\d+\\b', 'iu'],
      ['x', 'u'],
    ]);
  });

  it('is none for a pattern that opens otherwise (an anchor, a literal backslash before a b, \\B) or has other flags', () => {
    expect([boundlessPreTest(/^25X\d/iu), boundlessPreTest(/\\bin/u), boundlessPreTest(/\Bin/u), boundlessPreTest(/Authority\b/iu), boundlessPreTest(/\bin/imu)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives the pattern\'s own answer, also where the words stand inside other words or fold case', () => {
    const cases: [RegExp, string][] = [
      [/\bAuthority\b/iu, 'DECLASSIFIED Authority NND 1234'],
      [/\bAuthority\b/iu, 'under the coauthority of both'],
      [/\bAuthority\b/iu, 'a line of prose without it'],
      [/\bkelvin\b/iu, 'read \u212AELVIN here'],
      [/\bkelvin\b/iu, 'read x\u212AELVIN here'],
      [/\bstamp/iu, '\u017Ftamp'],
      [/\bE\.?\s?O\.?\s?1[0-9]{4}\b/iu, 'E.O. 12958, Sec. 3.6'],
      [/\bE\.?\s?O\.?\s?1[0-9]{4}\b/iu, 'RE.O. 12958'],
      [/\bNND|^x/iu, 'x marks'],
    ];
    expect(cases.map(([re, t]) => preTested(re)(t))).toEqual([true, false, false, true, false, true, true, false, true]);
    expect(cases.map(([re, t]) => preTested(re)(t))).toEqual(cases.map(([re, t]) => re.test(t)));
  });
});

/**
 * The line-end tests read from the end of a line (`unfinished`, the back-matter tests with
 * their edges stripped by index) answer as the end-anchored patterns they stand for: checked
 * on fixtures of each kind and, as a property, on strings drawn from the marks they look at.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionBlock, officeSymbol } from '../../../../src/convert/structure/back-matter.js';
import { unfinished } from '../../../../src/convert/structure/joins.js';
import { usGovernment20c } from '../../../../src/profiles/us-government-20c.js';

const P = usGovernment20c;

/** The definition `unfinished` reads from the end, as patterns over the whole line. */
function unfinishedByPatterns(line: string): boolean {
  const last = line.replace(/(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})+$/u, '');
  if (/\p{L}-$/u.test(last)) return true;
  if (/[.!?]["'”’]?\s*\([^()]*\)$/u.test(last)) return false;
  if (P.abbreviations.includes((last.split(/\s+/u).pop() ?? '').toLowerCase())) return true;
  return !/[.!?:…]["'”’)\]]*$/u.test(last);
}

/** Edges stripped as the patterns did (`/^[ \t]+|[ \t]+$/gu`). */
const stripped = (s: string) => s.replace(/^[ \t]+|[ \t]+$/gu, '');

/** Characters the line-end tests look at, with letters, digits and white space that is not a space or tab. */
const MARKS = ['a', 'Q', 'x', 'é', '1', '9', ' ', '\t', '\u00A0', '\uFEFF', '-', '(', ')', '[', ']', '.', '!', '?', ':', '…', '"', "'", '”', '’', '¹', '²', '/', '&', ',', '𝐀'];
const lineOf = (n: number) => fc.array(fc.constantFrom(...MARKS), { maxLength: n }).map((cs) => cs.join(''));
const wordEnding = fc.tuple(lineOf(12), fc.constantFrom(...P.abbreviations, 'etc', 'Mr', 'the')).map(([a, w]) => `${a} ${w}`);

describe('a sentence left unfinished at the end of a line', () => {
  it('breaks off at a hyphen after a letter, a missing terminal mark or an abbreviation', () => {
    expect([unfinished('the figures for the third quar-', P), unfinished('as the committee said to', P), unfinished(`was received by ${P.abbreviations[0]}`, P)]).toEqual([true, true, true]);
  });

  it('ends at a terminal mark, inside quotes or brackets, before a footnote mark, or before a parenthetical', () => {
    expect([unfinished('it was done.', P), unfinished('he said "at once."', P), unfinished('as agreed (see above.)', P), unfinished('under control.[1]', P), unfinished('under control.²', P), unfinished('at once. (Deptel 42, May 3)', P)]).toEqual([false, false, false, false, false, false]);
  });

  it('is not ended by a hyphen after a digit or a space, nor by a bracket without a mark before it', () => {
    expect([unfinished('pages 10-', P), unfinished('and so -', P), unfinished('see the annex (two copies)', P), unfinished('the list [1]', P)]).toEqual([true, true, true, true]);
  });

  it('answers as the end-anchored patterns it stands for, on any line', () => {
    fc.assert(fc.property(fc.oneof(lineOf(24), wordEnding), (line) => unfinished(line, P) === unfinishedByPatterns(line)), { numRuns: 3000 });
  });
});

describe('back matter read with its edges stripped by index', () => {
  it('finds office symbols and distribution lists among spaces and tabs at the edges, and no prose', () => {
    expect([officeSymbol('\t AB/CDE  '), officeSymbol('cc: XY/Z'), distributionBlock([{ text: ' A/B ' }, { text: 'Registry\t' }]), officeSymbol('AB / the rest of it'), distributionBlock([{ text: 'Registry' }, { text: 'Archive' }]), distributionBlock([{ text: 'A/B' }, { text: 'see the file' }])]).toEqual([true, true, true, false, false, false]);
  });

  it('answers as the patterns over the stripped lines', () => {
    const edge = fc.array(fc.constantFrom(' ', '\t', '\u00A0'), { maxLength: 3 }).map((c) => c.join(''));
    const office = fc.tuple(edge, fc.constantFrom('AB/CDE', 'A/B', 'Registry', 'C/de/fg', 'XY / Z', 'the file', '', 'cc: AB/CD'), edge).map(([a, b, c]) => `${a}${b}${c}`);
    fc.assert(fc.property(fc.array(office, { maxLength: 14 }), (texts) => {
      const lines = texts.map((text) => ({ text }));
      const entries = texts.map(stripped);
      const byPatterns = lines.length >= 2 && lines.length <= 12 && entries.every((e) => /^[\p{L}&]{1,12}(?:\/[\p{L}&]{1,12}){0,4}$/u.test(e)) && entries.filter((e) => e.includes('/')).length * 2 >= entries.length;
      const symbols = texts.map((t) => officeSymbol(t) === /^(?:\p{L}{1,4}:[ \t]*)?\p{Lu}[\p{Lu}\d&]{0,7}(?:[ \t]?\/[ \t]?[\p{Lu}\d&]{1,10}){1,4}$/u.test(stripped(t)));
      return distributionBlock(lines) === byPatterns && symbols.every(Boolean);
    }), { numRuns: 2000 });
  });
});

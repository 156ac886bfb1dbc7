/**
 * Editorial brackets that are not remarks: `frought [sic]` is an error of the source kept as
 * written (`sic`), `frought [sic: fraught]` or `[sic, fraught]` adds the correction
 * (`choice/sic/corr`), and a short bracketed word inside a sentence (`it would [be] better`)
 * is a word the editor supplied (`supplied`). Other brackets (`[initials]`, a long remark)
 * stay editorial notes. Works on the plain-bracket ranges the convention scan found.
 */
import type { InlineRange } from './ranges.js';
import { createConvertMemo, type ConvertMemo } from '../memo.js';

/** The word before a `[sic]`: letters, digits and the marks they carry, with inner apostrophes and hyphens. */
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)[ \t]*$/u;

/** `sic`, `sic!`, or `sic` with a correction after `:` or `,`. */
const SIC = /^sic!?(?:[ \t]*[:,][ \t]*([^ \t\n][^\n]*?))?[ \t]*$/iu;

/** One to three words of letters: what an editor supplies. */
const SUPPLIED = /^\p{L}[\p{L}\p{M}'’-]*(?:[ \t]\p{L}[\p{L}\p{M}'’-]*){0,2}$/u;

/** Inside a sentence: a word (and perhaps a comma) then a space before, a space and a word or a closing punctuation after. */
const BEFORE_IN_SENTENCE = /[\p{L}\p{N}][,;:]?[ \t]$/u;
const AFTER_IN_SENTENCE = /^(?:[ \t]+[\p{L}\p{N}]|[.,;:!?)’”'"])/u;

const span = (type: 'sic' | 'corr' | 'choice' | 'supplied'): InlineRange['make'] => (children, pos) => ({ type, children, offset: pos.offset });

function sicRanges(text: string, r: InlineRange, correction: RegExpExecArray): InlineRange[] | undefined {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, r.start - 200), r.start));
  if (!word) return undefined;
  const start = r.start - word[0].length;
  const wordEnd = start + word[1]!.length;
  const sic: InlineRange = { start, end: wordEnd, innerStart: start, innerEnd: wordEnd, dropped: [], element: 'sic', make: span('sic') };
  if (correction[1] === undefined) return [{ ...sic, end: r.end, dropped: [[wordEnd, r.end]] }];
  const corrStart = r.innerStart + correction[0].indexOf(correction[1]);
  const corrEnd = corrStart + correction[1].length;
  const corr: InlineRange = { start: corrStart, end: corrEnd, innerStart: corrStart, innerEnd: corrEnd, dropped: [], make: span('corr') };
  const choice: InlineRange = { start, end: r.end, innerStart: start, innerEnd: r.end, dropped: [[wordEnd, corrStart], [corrEnd, r.end]], element: 'choice', make: span('choice') };
  return [choice, sic, corr];
}

// Lower-cased once per profile's list and conversion (its memo), not once per paragraph.
function remarkSet(remarks: readonly string[], memo: ConvertMemo): ReadonlySet<string> {
  return memo.once(remarks, 'inline/editorial', (): ReadonlySet<string> => new Set(remarks.map((w) => w.toLowerCase())));
}

/**
 * Replaces plain-bracket ranges (`element: 'note'`) that are a `[sic]` or a supplied word.
 * `remarks` are the first words of brackets that stay notes (`initials`, `signature`).
 * Other ranges pass through unchanged.
 */
export function editorialBrackets(text: string, ranges: readonly InlineRange[], remarks: readonly string[], memo: ConvertMemo = createConvertMemo()): InlineRange[] {
  const out: InlineRange[] = [];
  const remark = remarkSet(remarks, memo);
  for (const r of ranges) {
    if (r.element !== 'note') {
      out.push(r);
      continue;
    }
    const inner = text.slice(r.innerStart, r.innerEnd);
    const sic = SIC.exec(inner);
    const asSic = sic ? sicRanges(text, r, sic) : undefined;
    if (asSic) {
      out.push(...asSic);
      continue;
    }
    const first = inner.split(/[ \t:]/u)[0]!.toLowerCase();
    const inSentence = BEFORE_IN_SENTENCE.test(text.slice(Math.max(0, r.start - 3), r.start)) && AFTER_IN_SENTENCE.test(text.slice(r.end, r.end + 3));
    if (!sic && inSentence && SUPPLIED.test(inner) && !remark.has(first)) out.push({ ...r, element: 'supplied', make: span('supplied') });
    else out.push(r);
  }
  return out;
}

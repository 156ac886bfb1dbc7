import { containsFuzzy, fuzzyWords } from '../fuzzy.js';
import type { StampPattern } from '../../profiles/profile.js';
import { furnitureShaped } from './shape.js';
import type { LineRecognizer } from './types.js';
import { memoOf, type ConvertMemo } from '../memo.js';
import { preTested } from '../pre-test.js';

const QUOTED = /^["“'].*["”']?$/u;
/** A label in capitals and its colon at the line start (`CLASSIFICATION :`), as forms print them. */
const FIELD_LABEL = /^[^\p{L}\d]{0,2}\p{Lu}[\p{Lu}.&/'-]*(?:[ \t]+\p{Lu}[\p{Lu}.&/'-]*){0,4}[ \t]*:/u;

/**
 * A stamp (declassification, release, received, sanitized…): the line carries a stamp
 * keyword or pattern of the profile — tolerating OCR damage — and has the shape of a stamp,
 * not of prose (short, mostly capitalised words, or wholly quoted).
 */
export const stamp: LineRecognizer = (text, ctx) => {
  if (text.length > 200) return undefined;
  // A pattern anchored at the line start (`^25X1`) describes the whole line and needs no
  // other evidence; other patterns and keywords also need a stamp's shape, not prose's.
  const shaped = furnitureShaped(text, 24) || QUOTED.test(text);
  // A form's label (`CLASSIFICATION :`) names a field, not a stamp: only its value may carry a keyword.
  const label = FIELD_LABEL.exec(text)?.[0].length ?? 0;
  // A label over a sentence (`REMARKS : Please return to the office by 20 May.`) is a field with its text, no stamp.
  const words = shaped && !(label && sentence(text.slice(label))) ? fuzzyWords(text.slice(label)) : [];
  const memo = memoOf(ctx);
  for (const s of ctx.profile.stamps) {
    const ps = patternsOf(s, memo);
    if ((shaped ? ps.all : ps.anchored).some((test) => test(text))) return { kind: 'stamp', rule: `stamp/${s.type}/pattern`, value: s.type };
    if (shaped && s.keywords.some((k) => containsFuzzy(words, k, memo))) return { kind: 'stamp', rule: `stamp/${s.type}/keyword`, value: s.type };
  }
  return undefined;
};

/** A sentence: four words or more, two of them lower-case words, ending in a full stop, question or exclamation mark. */
function sentence(text: string): boolean {
  return /[.!?]["'”’)]*[ \t]*$/u.test(text) && text.split(/[ \t]+/u).filter(Boolean).length >= 4 && (text.match(/(?:^|[ \t])\p{Ll}{3,}/gu)?.length ?? 0) >= 2;
}

/** The tests of a stamp's patterns, all of them and the anchored ones (in the profile's order). */
interface Patterns {
  readonly all: readonly ((text: string) => boolean)[];
  readonly anchored: readonly ((text: string) => boolean)[];
}

// Each profile's patterns are compiled once per conversion (its memo), not once per line, and
// the anchored ones (the only ones a prose-shaped line is tried with) are listed apart. A
// pattern that opens with `\b` (`\bAuthority\b`) is tried without it first (`pre-test.ts`).
function patternsOf(s: StampPattern, memo: ConvertMemo): Patterns {
  return memo.once(s, 'recognizers/stamp', () => {
    const all = (s.patterns ?? []).map((p) => new RegExp(p, 'iu'));
    return { all: all.map(preTested), anchored: all.filter((re) => re.source.startsWith('^')).map(preTested) };
  });
}

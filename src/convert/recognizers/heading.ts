import { lettersOf } from './letters.js';
import { shapeOf } from './shape.js';
import type { LineRecognizer } from './types.js';
import { namedKind, openingKind } from './heading-kind.js';
import { memoOf } from '../memo.js';

const DECORATION = /^(?:[-–—_|*.'‘’"“”]+[ \t]+|[|_*]+|[[(](?![^\])]*[\])]))(?=\p{L})|(?<=[\p{L}\p{N}.:)])[ \t]+[-–—_|*'‘’"“”;:, \t]*[-–—_|*'‘’"“”][-–—_|*'‘’"“”;:, \t]*$|(?<=\p{L})[|_*]+$/gu;
/**
 * The marks `DECORATION` can start with at the line start, and end with at the line end: a
 * line that neither opens nor closes with one has none, and is not scanned for it (the scan
 * tries its end alternatives at every position of the line).
 */
const DECORATION_OPENS = "-–—_|*.'‘’\"“”[(";
const DECORATION_CLOSES = "-–—_|*'‘’\"“”;:, \t";

/** The line without the rules and bars OCR leaves beside a heading. */
export function stripDecoration(line: string): string {
  const decorated = line !== '' && (DECORATION_OPENS.includes(line[0]!) || DECORATION_CLOSES.includes(line[line.length - 1]!));
  return decorated ? line.replace(DECORATION, '') : line;
}

/** The longest line read as a heading with its decoration: four times the longest heading (90). */
const MAX_DECORATED = 360;

const HEADING_CHARS = /^\p{L}[\p{L}\p{N}\s&,'’().:\-/]*$/u;
/** A word of a heading: letters, or a number, ordinal or numbered part (`123RD`, `68`, `II`). */
const HEADING_WORD = /^(?:[\p{L}&'’().:,/-]+|\(?\d{1,4}(?:st|nd|rd|th|d)?[).,:]?)$/iu;

/**
 * A heading: a short line of words in capitals (`DRAFT TELEGRAM`, `MEMORANDUM OF
 * CONVERSATION`), or a short title-like line that opens with a document kind of the profile
 * (`Memorandum for the Record`). Its value is the document kind it names, if any.
 */
export const heading: LineRecognizer = (line, ctx) => {
  // No heading is this long with its rules and bars: such a line is not stripped (the end
  // alternatives of DECORATION are tried at every mark of a run, quadratic in a long one).
  if (line.length > MAX_DECORATED) return undefined;
  // OCR leaves rules and bars beside a heading (`- MEMORANDUM |`): they are not part of its words.
  const text = stripDecoration(line);
  if (!text || text.length > 90) return undefined;
  // Every kind of heading has at most ten words, and a sentence's end only in capitals: the
  // (memoised) shape rules out most lines before the character tests.
  const s = shapeOf(text);
  if (s.words > 10 || (s.sentenceEnd && s.upper < 0.9)) return undefined;
  if (!HEADING_CHARS.test(text) || !text.split(/\s+/u).every((w) => HEADING_WORD.test(w))) return undefined;
  const lower = text.toLowerCase().replace(/[.:]$/u, '');
  // The kind words are read only when the shape leaves a heading possible: most lines that
  // get here are short prose, and reading kinds tolerantly is the costly part.
  const kinds = ctx.profile.documentKinds;
  const memo = memoOf(ctx);
  let opening: string | null | undefined = null;
  const opens = () => (opening === null ? (opening = openingKind(lower, kinds, memo)) : opening);
  if (s.words >= 1 && s.words <= 10 && s.upper >= 0.9 && lettersOf(text).length >= 3) {
    const kind = namedKind(lower, kinds, memo) ?? opens();
    return { kind: 'heading', rule: 'heading/capitals', ...(kind ? { value: kind } : {}) };
  }
  if (s.sentenceEnd) return undefined;
  if (s.words <= 8 && opens()) return { kind: 'heading', rule: 'heading/document-kind', value: opens()! };
  // A short title naming a document kind anywhere (`Draft Telegram`, `Secret Memorandum`).
  if (s.words <= 5 && s.capitalised >= 0.5) {
    const kind = namedKind(lower, kinds, memo) ?? opens();
    if (kind) return { kind: 'heading', rule: 'heading/document-kind', value: kind };
  }
  return undefined;
};

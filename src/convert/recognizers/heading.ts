import { shapeOf } from './shape.js';
import type { LineRecognizer } from './types.js';
import { namedKind, openingKind } from './heading-kind.js';

const DECORATION = /^(?:[-–—_|*.'‘’"“”]+[ \t]+|[|_*]+|[[(](?![^\])]*[\])]))(?=\p{L})|(?<=[\p{L}\p{N}.:)])[ \t]+[-–—_|*'‘’"“”;:, \t]*[-–—_|*'‘’"“”][-–—_|*'‘’"“”;:, \t]*$|(?<=\p{L})[|_*]+$/gu;
const HEADING_CHARS = /^\p{L}[\p{L}\p{N}\s&,'’().:\-/]*$/u;
/** A word of a heading: letters, or a number, ordinal or numbered part (`123RD`, `68`, `II`). */
const HEADING_WORD = /^(?:[\p{L}&'’().:,/-]+|\(?\d{1,4}(?:st|nd|rd|th|d)?[).,:]?)$/iu;

/**
 * A heading: a short line of words in capitals (`DRAFT TELEGRAM`, `MEMORANDUM OF
 * CONVERSATION`), or a short title-like line that opens with a document kind of the profile
 * (`Memorandum for the Record`). Its value is the document kind it names, if any.
 */
export const heading: LineRecognizer = (line, ctx) => {
  // OCR leaves rules and bars beside a heading (`- MEMORANDUM |`): they are not part of its words.
  const text = line.replace(DECORATION, '');
  if (!text || text.length > 90 || !HEADING_CHARS.test(text) || !text.split(/\s+/u).every((w) => HEADING_WORD.test(w))) return undefined;
  const s = shapeOf(text);
  const lower = text.toLowerCase().replace(/[.:]$/u, '');
  const opening = openingKind(lower, ctx.profile.documentKinds);
  const kind = namedKind(lower, ctx.profile.documentKinds) ?? opening;
  if (s.words >= 1 && s.words <= 10 && s.upper >= 0.9 && text.replace(/[^\p{L}]/gu, '').length >= 3) {
    return { kind: 'heading', rule: 'heading/capitals', ...(kind ? { value: kind } : {}) };
  }
  const opens = opening;
  if (opens && s.words <= 8 && !s.sentenceEnd) return { kind: 'heading', rule: 'heading/document-kind', value: opens };
  // A short title naming a document kind anywhere (`Draft Telegram`, `Secret Memorandum`).
  if (kind && s.words <= 5 && !s.sentenceEnd && s.capitalised >= 0.5) return { kind: 'heading', rule: 'heading/document-kind', value: kind };
  return undefined;
};

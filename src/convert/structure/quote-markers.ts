import { quoteClosesOf, quoteOpensOf, textEndsOf } from '../../profiles/defaults.js';
import type { Profile } from '../../profiles/profile.js';
import type { ConvertMemo } from '../memo.js';

/** A test of a line for a marker. */
export interface Marker {
  test(text: string): boolean;
}

/**
 * The markers of a text quoted whole (`Begin text.` … `End text.`, `Begins:` … `Ends.`) and of a
 * text's end (`END OF MESSAGE`), compiled from the profile's phrases. A marker stands as a sentence of its own: at a line's start or after
 * sentence punctuation, and before punctuation or the line's end, so the same word inside a
 * sentence (`the session ends today`) marks nothing.
 */
export interface QuoteMarkers {
  /** A line that announces a quotation. */
  readonly opens: Marker;
  /** A line that closes one. */
  readonly closes: Marker;
  /** A close standing alone (`End text.`): it ends the quotation and is not part of it. */
  readonly closeLine: RegExp;
  /** A line that ends a text (`END OF MESSAGE`): it closes the document it stands in and opens none. */
  readonly textEnds: RegExp;
}

// Punctuation that may stand before or after a marker sentence (brackets, quotes, dashes too).
const EDGE = `[.:;!?()\\[\\]"'\u201C\u201D\u2018\u2019\u2014\u2013-]`;
const BEFORE = `(?<=(?:^|${EDGE})[ \\t]*)`;
const AFTER = `(?=[ \\t]*(?:${EDGE}|$))`;

/** A phrase as a pattern: its words in order, any run of spaces or tabs between them. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/[ \t]+/u)
    .map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&'))
    .join('[ \\t]+');
}

const alternatives = (phrases: readonly string[]) => phrases.map(phrasePattern).join('|') || '(?!)';

/**
 * A marker standing as a sentence: the phrases alone are looked for first, a quick scan that
 * almost every line fails, and only a line that has one is tried with the sentence edges,
 * whose look-behind, tried at every position, costs several times as much. Exact: the full
 * pattern cannot match where its phrases do not.
 */
function sentenceMarker(phrases: string): Marker {
  const phrase = new RegExp(phrases, 'iu');
  const sentence = new RegExp(`${BEFORE}(?:${phrases})${AFTER}`, 'iu');
  return { test: (text) => phrase.test(text) && sentence.test(text) };
}

/** The profile's quotation and text-end markers, compiled once per conversion when its memo is given. */
export function quoteMarkersOf(profile: Profile, memo?: ConvertMemo): QuoteMarkers {
  return memo ? memo.once(profile, 'structure/quote-markers', compileQuoteMarkers) : compileQuoteMarkers(profile);
}

/** Compiles the profile's quotation and text-end markers (pure). */
function compileQuoteMarkers(profile: Profile): QuoteMarkers {
  const opens = alternatives(quoteOpensOf(profile));
  const closes = alternatives(quoteClosesOf(profile));
  return {
    opens: sentenceMarker(opens),
    closes: sentenceMarker(closes),
    closeLine: new RegExp(`^[^\\p{L}]{0,3}(?:${closes})[^\\p{L}]{0,3}$`, 'iu'),
    textEnds: new RegExp(`^[^\\p{L}]{0,3}(?:${alternatives(textEndsOf(profile))})[ \\t]+\\p{L}+`, 'iu'),
  };
}

/** Whether some line matches the marker (markers are matched line by line, never across lines). */
export function someLine(lines: readonly { readonly text: string }[], marker: Marker): boolean {
  return lines.some((l) => marker.test(l.text));
}

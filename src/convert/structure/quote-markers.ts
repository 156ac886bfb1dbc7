import { quoteClosesOf, quoteOpensOf, textEndsOf } from '../../profiles/defaults.js';
import type { Profile } from '../../profiles/profile.js';

/**
 * The markers of a text quoted whole (`Begin text.` … `End text.`, `Begins:` … `Ends.`) and of a
 * text's end (`END OF MESSAGE`), compiled from the profile's phrases. A marker stands as a sentence of its own: at a line's start or after
 * sentence punctuation, and before punctuation or the line's end, so the same word inside a
 * sentence (`the session ends today`) marks nothing.
 */
export interface QuoteMarkers {
  /** A line that announces a quotation. */
  readonly opens: RegExp;
  /** A line that closes one. */
  readonly closes: RegExp;
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

/** Compiles the profile's quotation and text-end markers (pure; once per conversion is enough). */
export function quoteMarkersOf(profile: Profile): QuoteMarkers {
  const opens = alternatives(quoteOpensOf(profile));
  const closes = alternatives(quoteClosesOf(profile));
  return {
    opens: new RegExp(`${BEFORE}(?:${opens})${AFTER}`, 'iu'),
    closes: new RegExp(`${BEFORE}(?:${closes})${AFTER}`, 'iu'),
    closeLine: new RegExp(`^[^\\p{L}]{0,3}(?:${closes})[^\\p{L}]{0,3}$`, 'iu'),
    textEnds: new RegExp(`^[^\\p{L}]{0,3}(?:${alternatives(textEndsOf(profile))})[ \\t]+\\p{L}+`, 'iu'),
  };
}

/** Whether some line matches the marker (markers are matched line by line, never across lines). */
export function someLine(lines: readonly { readonly text: string }[], marker: RegExp): boolean {
  return lines.some((l) => marker.test(l.text));
}

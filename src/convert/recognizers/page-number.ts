import { dateLocaleOf } from '../../profiles/defaults.js';
import type { LineRecognizer } from './types.js';

const ROMAN = '[ivxlcdm]{1,7}';
/** Printed page-number forms; group 1 is the number. */
const PATTERNS: readonly { re: RegExp; rule: string }[] = [
  { re: new RegExp(`^[-–—]\\s*(\\d{1,4}|${ROMAN})\\s*[-–—]$`, 'iu'), rule: 'page-number/dashes' },
  { re: /^(?:page|pg\.?|p\.)\s*(\d{1,4})(?:\s+of\s+\d{1,4})?\.?$/iu, rule: 'page-number/word' },
  { re: /^\[\s*(?:p|pp|page|pg)\.?\s*(\d{1,4})\s*\]$/iu, rule: 'page-number/bracketed' },
  { re: /^\(\s*(\d{1,4})\s*\)$/u, rule: 'page-number/parenthesised' },
  { re: /^([1-9]\d{0,2})\.?$/u, rule: 'page-number/numeral' },
  // A record identifier with its page counter: `C05123456  Page 2 of 5`, `Doc ID 1234567 - p. 3`
  { re: /^(?:[A-Za-z]{1,6}[\s:#-]*){0,2}\d{5,12}\s*[-–—|]?\s*(?:page|pg\.?|p\.)\s*(\d{1,4})(?:\s+of\s+\d{1,4})?$/iu, rule: 'page-number/with-record-id' },
];

/** `Page Two`, `PAGE THREE`: the page word and a number word; group 1 is the word. */
const SPELLED = /^(?:page|pg\.?)[ \t]+(\p{L}+(?:-\p{L}+)?)\.?$/iu;

/**
 * A page word and number that OCR damaged at its edges (`| - (= PAGE 2ue=`): marks before it,
 * up to three marks after the number, and at most two stray lower-case letters (no ordinal
 * suffix: `Page 2nd` is no page number). Group 1 is the number.
 */
const DAMAGED = /^[^\p{L}\p{N}]{1,8}(?:page|pg\.?)[ \t]*(\d{1,3})(?!st|nd|rd|th)(?:\p{Ll}{1,2})?[ \t]?[^\p{L}\p{N} \t]{0,3}$/iu;

/** A line that is only a page number, in one of the common printed forms, or spelled out in the profile's number words. */
export const pageNumber: LineRecognizer = (text, ctx) => {
  for (const { re, rule } of PATTERNS) {
    const m = re.exec(text);
    if (m) return { kind: 'pageNum', rule, value: m[1]!.toLowerCase() };
  }
  const damaged = DAMAGED.exec(text);
  if (damaged) return { kind: 'pageNum', rule: 'page-number/damaged', value: damaged[1]! };
  const word = SPELLED.exec(text)?.[1]?.toLowerCase();
  const n = word === undefined ? undefined : dateLocaleOf(ctx.profile).ordinals[word];
  return n === undefined ? undefined : { kind: 'pageNum', rule: 'page-number/spelled', value: String(n) };
};

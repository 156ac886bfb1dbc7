/**
 * The built-in checks, as a frozen list. Rules are passed in per call (`ValidateOptions.rules`:
 * e.g. `[...builtinRules, myRule]`), never registered in shared state; Schematron rules are
 * added per call by `validateDocuments` (option `schematron`).
 */
import type { Rule } from './rule.js';
import { classificationMismatch } from './classification-mismatch.js';
import { closerSignature } from './closer-signature.js';
import { danglingPointer } from './dangling-pointer.js';
import { dateFormat } from './date-format.js';
import { dateMismatch } from './date-mismatch.js';
import { duplicateId } from './duplicate-id.js';
import { emptyElement } from './empty-element.js';
import { foreignText } from './foreign-text.js';
import { pageSequence } from './page-sequence.js';

/** The built-in rules, in the order they run (what `rules: true`, the default, runs). */
export const builtinRules: readonly Rule[] = Object.freeze([
  pageSequence, dateFormat, dateMismatch, duplicateId, danglingPointer,
  closerSignature, classificationMismatch, emptyElement, foreignText,
]);

/**
 * The rule registry: the built-in checks, in a mutable array so that a user module can add
 * its own (`ruleRegistry.push(myRule)`) before validating. Schematron rules are added per call
 * by `validateDocuments` (option `schematron`).
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

/** The built-in rules, in the order they run. */
export const builtinRules: readonly Rule[] = [
  pageSequence, dateFormat, dateMismatch, duplicateId, danglingPointer,
  closerSignature, classificationMismatch, emptyElement, foreignText,
];

/** The rules `validateDocuments` runs; starts as the built-ins, extensible by users. */
export const ruleRegistry: Rule[] = [...builtinRules];

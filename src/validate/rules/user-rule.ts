/**
 * Rules a user passes in (`ValidateOptions.rules`) with ids of their own: a user rule names
 * its id and severity, and reports places and messages; its diagnostics carry that id, so
 * they are never mistaken for teipress's own findings. A user id that is one of the catalog's
 * is refused (`validate/rule-id-taken`).
 */
import { ruleIds, type Severity } from '../../diagnostics/catalog.js';
import type { Diagnostic, UserRuleId } from '../../diagnostics/diagnostic.js';
import type { XElement, XPlace } from '../xml-nodes.js';
import type { Rule } from './rule.js';

/** What a user rule sees: the document text, its positioned tree, and a report sink. */
export interface UserRuleContext {
  readonly text: string;
  readonly root: XElement;
  /** Every element of the tree in document order. */
  readonly elements: readonly XElement[];
  report(place: XPlace, message: string): void;
}

/** A user rule: its own id (`area/name`), the severity of its findings, and a pure check. */
export interface UserRule {
  readonly id: UserRuleId;
  readonly severity: Severity;
  check(ctx: UserRuleContext): void;
}

/** True for a user rule, false for a built-in-style `Rule` (which reports catalog ids). */
export function isUserRule(r: Rule | UserRule): r is UserRule {
  return 'id' in r;
}

const CATALOG: ReadonlySet<string> = new Set(ruleIds);

/** True when the user's id is free (not one of teipress's own). */
export function ownsItsId(r: UserRule): boolean {
  return !CATALOG.has(r.id);
}

/** Runs one user rule on a document, appending its findings (with its id) to `into`. */
export function runUserRule(rule: UserRule, file: string, doc: Omit<UserRuleContext, 'report'>, into: Diagnostic[]): void {
  rule.check({
    text: doc.text, root: doc.root, elements: doc.elements,
    report: (place, message) => { into.push({ file, line: place.line, column: place.column, severity: rule.severity, rule: rule.id, message }); },
  });
}

import type { RuleId, Severity } from './catalog.js';
import { ruleSpec } from './catalog.js';
import { compareCodePoints } from '../util/collate.js';

/** A place in a file: 1-based line and column. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The id of a rule a user passes in (`area/name`, never one of the catalog's ids). */
export type UserRuleId = `${string}/${string}`;

/** One finding, as data. */
export interface Diagnostic extends Place {
  readonly severity: Severity;
  /** A catalog id, or the own id of a user rule (ValidateOptions.rules). */
  readonly rule: RuleId | UserRuleId;
  /** One sentence: what was found and what was expected. */
  readonly message: string;
  /** For generated TEI: the transcript place that produced the element. */
  readonly origin?: Place;
}

/** The one side effect of pure stages: a sink for diagnostics. */
export type Report = (rule: RuleId, place: { line: number; column: number }, message: string) => void;

/**
 * Makes a diagnostic with the catalog's severity (an explicit `severity` overrides it).
 */
export function diagnostic(
  rule: RuleId,
  place: Place,
  message: string,
  extra: { severity?: Severity; origin?: Place } = {},
): Diagnostic {
  const d: Diagnostic = { ...place, severity: extra.severity ?? ruleSpec(rule).severity, rule, message };
  return extra.origin ? { ...d, origin: extra.origin } : d;
}

/** Returns a `Report` that appends to `into`, for the file `file`. */
export function collector(file: string, into: Diagnostic[]): Report {
  return (rule, place, message) => {
    into.push(diagnostic(rule, { file, line: place.line, column: place.column }, message));
  };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by file (by code point, never the machine's locale), line, column, then severity (stable for equal keys). */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      compareCodePoints(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank[a.severity] - severityRank[b.severity],
  );
}

/** True when any diagnostic is an error. */
export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

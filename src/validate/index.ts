/**
 * Public API of teipress validation: three layers (project schema, tei_all, rule checks and
 * optional Schematron) in one sorted report. See docs in schema/README.md and DESIGN.md §5.
 */
export { validateDocuments, type ValidateInput, type ValidateOptions } from './validate-documents.js';
export { validatePaths, validatePathsCounted } from './validate-paths.js';
export { validateContext, type ValidateContext } from './validate-context.js';
export { builtinRules } from './rules/registry.js';
export type { Rule, RuleContext } from './rules/rule.js';
export type { UserRule, UserRuleContext } from './rules/user-rule.js';
export type { UserRuleId } from '../diagnostics/diagnostic.js';
export { elements, textOf, attr, type XElement, type XText, type XAttr, type XPlace } from './xml-nodes.js';

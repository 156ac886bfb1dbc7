/**
 * teipress — the public API. Each CLI command is one call of a function here.
 */
export { convertBytes, convertText, type ConvertOptions, type ConvertResult, type EditionSettings, type HandedBytes } from './convert/index.js';
export type { Metadata } from './convert/metadata.js';
export { convertFiles, type ConvertFilesOptions } from './edition/convert-command.js';
export { validateDocuments, validatePaths, type ValidateInput, type ValidateOptions } from './validate/index.js';
export { builtinRules, type Rule, type RuleContext, type UserRule, type UserRuleContext, type UserRuleId, type XElement, type XText, type XAttr, type XPlace } from './validate/index.js';
export { renderEditions, type RenderDoc, type RenderOptions, type RenderResult, type RenderTarget, type OutputFile } from './render/index.js';
export { renderFiles } from './edition/render-files.js';
export { build, type BuildOptions, type BuildSummary } from './edition/build.js';
export { formatDiagnostic, formatDiagnostics } from './diagnostics/format.js';
export { ruleIds, ruleSpec, type RuleId, type Severity } from './diagnostics/catalog.js';
export type { Diagnostic, Place } from './diagnostics/diagnostic.js';
export type { Transcript, DocumentNode, Decision } from './ir/nodes.js';
export type { Profile, ProfileOverride } from './profiles/profile.js';
export { usGovernment20c } from './profiles/us-government-20c.js';
export { conversionReport } from './convert/report.js';
export { VERSION } from './version.js';
export { ukGovernment20c } from './profiles/uk-government-20c.js';
export { BUILT_IN_PROFILES, profileByName, resolveProfileSetting, type ProfileSetting } from './profiles/by-name.js';
export type { DateLocale, DateOrder, Gazetteer } from './profiles/locale.js';
export { deposit, type DepositOptions, type DepositResult } from './deposit/deposit.js';
export { verifyBag, type VerifyResult } from './deposit/bag-verifier.js';
export { validateContext, type ValidateContext } from './validate/index.js';

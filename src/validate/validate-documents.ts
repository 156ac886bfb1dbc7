/**
 * The validation pipeline for many documents in one call: safe pre-parse, the project schema,
 * tei_all, rule checks (built-in, user, Schematron); one merged list sorted by file and line.
 * Each schema is compiled once per validation context (the caller's, or one for the call);
 * never throws on bad input.
 */
import { collector, diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { append } from '../util/append.js';
import type { RuleId } from '../diagnostics/catalog.js';
import { originOf, type SourceMap } from '../tei/source-map.js';
import { DEFAULT_MAX_BYTES, parseChecked, preParse, type CheckedDocument } from './well-formed.js';
import { Locator } from './locate.js';
import { elementList } from './xml-nodes.js';
import { SCHEMAS, validateWith, type LoadedSchema } from './relaxng.js';
import { builtinRules } from './rules/registry.js';
import { teiIndex, type Rule } from './rules/rule.js';
import { isUserRule, ownsItsId, runUserRule, type UserRule } from './rules/user-rule.js';
import { loadSchematron } from './schematron.js';
import { fullTeiAllRequested, writtenElementNames } from './tei-all-subset.js';
import { validateContext, type ValidateContext } from './validate-context.js';
import { fileURLToPath } from 'node:url';
import type { XmlDocument } from 'libxml2-wasm';

/** One document to validate; `sourceMap` makes diagnostics name the transcript place. */
export interface ValidateInput { file: string; xml: string | Uint8Array; sourceMap?: SourceMap }

/** Which layers to run (all default to on, except Schematron which needs paths). */
export interface ValidateOptions {
  projectSchema?: boolean;
  teiAll?: boolean;
  /**
   * The rule checks: `true` (default) the built-ins, `false` none, or exactly the rules given
   * (e.g. `[...builtinRules, myUserRule]`); user rules report under their own ids.
   */
  rules?: boolean | readonly (Rule | UserRule)[];
  schematron?: readonly string[];
  maxBytes?: number;
  /**
   * Validate against the whole of tei_all rather than tei_all restricted to the elements the
   * batch uses (same verdicts, ~10 s more to compile; see tei-all-subset.ts). Defaults to
   * true when the environment has TEIPRESS_TEI_ALL_FULL=1.
   */
  teiAllFull?: boolean;
  /**
   * The run's compiled schemas, to share them between calls (a build or a watch loop makes one
   * with `validateContext()` and disposes it at the end). Without it the call compiles its own
   * and frees them when it returns.
   */
  context?: ValidateContext;
  /**
   * Called once every document has been parsed, before any schema is compiled, with the files
   * that will not be validated further (refused by the pre-parse or by libxml2): what a build
   * needs to know to go on while the schemas compile.
   */
  onParsed?: (refused: readonly string[]) => void;
}

/** A schema layer; `load` compiles it on first use (once), so a layer no document needs costs nothing. */
interface SchemaLayer { readonly rule: RuleId; readonly label: string; readonly url: URL; readonly load: () => LoadedSchema; loaded?: LoadedSchema }

/**
 * The schema layers; both are restricted to the batch's vocabulary (tei_all unless the full one
 * is asked for): the names written in the start tags of `inputs` (a superset of the TEI
 * elements they use, read without a tree; tei-all-subset.ts), read when a layer is first compiled.
 */
function schemaLayers(opts: ValidateOptions, inputs: readonly ValidateInput[], ctx: ValidateContext): SchemaLayer[] {
  const full = opts.teiAllFull ?? fullTeiAllRequested();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let vocabulary: Set<string> | undefined;
  const names = (): Set<string> => {
    if (vocabulary) return vocabulary;
    vocabulary = new Set<string>();
    // A file over the limit is refused unread: its names do not matter.
    for (const i of inputs) if ((typeof i.xml === 'string' ? i.xml.length : i.xml.byteLength) <= maxBytes) writtenElementNames(i.xml, vocabulary);
    return vocabulary;
  };
  const teiAll = (): LoadedSchema => (full ? ctx.schema(SCHEMAS.teiAll) : ctx.subset(SCHEMAS.teiAll, names()));
  const wanted: [boolean, RuleId, string, URL, () => LoadedSchema][] = [
    // The project schema is restricted to the batch's vocabulary too: same verdicts, 40 % less compile time.
    [opts.projectSchema ?? true, 'validate/project-schema', 'teipress.rng', SCHEMAS.project, () => ctx.subset(SCHEMAS.project, names())],
    [opts.teiAll ?? true, 'validate/tei-all', 'tei_all', SCHEMAS.teiAll, teiAll],
  ];
  return wanted.filter(([on]) => on).map(([, rule, label, url, compile]) => {
    const layer: SchemaLayer = { rule, label, url, load: () => (layer.loaded ??= compile()) };
    return layer;
  });
}

/** The libxml2 parse of `doc` validated by every layer (the caller disposes `lib`). */
function runSchemas(doc: CheckedDocument, lib: XmlDocument, layers: readonly SchemaLayer[], report: ReturnType<typeof collector>): void {
  const loc = new Locator(doc.root);
  let projectValid = false;
  for (const layer of layers) {
    // The project schema only ever restricts tei_all (schema/README.md: RELAX NG patterns are
    // monotone), so a document it accepts is valid against tei_all: that pass would find nothing.
    if (layer.rule === 'validate/tei-all' && projectValid) continue;
    const loaded = layer.load();
    if (!loaded.ok) continue;
    const errors = validateWith(loaded, lib, loc);
    if (layer.rule === 'validate/project-schema') projectValid = errors.length === 0;
    for (const e of errors) report(layer.rule, e, `${e.message.replace(/\.$/u, '')} (${layer.label}).`);
  }
}

function runRules(file: string, doc: CheckedDocument, rules: readonly (Rule | UserRule)[], report: ReturnType<typeof collector>, into: Diagnostic[]): void {
  // The element list and the index by name are for the rules: with none (`rules: false`), nothing to build.
  if (rules.length === 0) return;
  const elements = elementList(doc.root);
  const ctx = { text: doc.text, root: doc.root, elements, teiByName: teiIndex(elements), report };
  for (const rule of rules) {
    try {
      if (isUserRule(rule)) runUserRule(rule, file, ctx, into);
      else rule.check(ctx);
    } catch (e) {
      // A rule that throws is a bug in the rule, not in the document: say so and carry on.
      const name = isUserRule(rule) ? rule.id : rule.name;
      report('build/internal', { line: 1, column: 1 }, `The rule ${name} failed: ${e instanceof Error ? e.message : String(e)}.`);
    }
  }
}

/** The rules to run; user rules that claim a catalog id are reported and left out. */
function chosenRules(opt: ValidateOptions['rules'], out: Diagnostic[]): (Rule | UserRule)[] {
  if (opt === false) return [];
  if (opt === undefined || opt === true) return [...builtinRules];
  return opt.filter((r, i) => {
    if (!isUserRule(r) || ownsItsId(r)) return true;
    out.push(diagnostic('validate/rule-id-taken', { file: `ValidateOptions.rules[${i}]`, line: 1, column: 1 }, `The user rule's id ${r.id} is one of teipress's own; give it an id of its own (e.g. project/name).`));
    return false;
  });
}

function withOrigin(ds: readonly Diagnostic[], map: SourceMap | undefined): Diagnostic[] {
  if (!map) return [...ds];
  return ds.map((d) => {
    const origin = originOf(map, d.line, d.column);
    return origin ? { ...d, origin } : d;
  });
}

/** Validates `inputs` (see the module comment); returns diagnostics sorted by file, line. */
export async function validateDocuments(inputs: readonly ValidateInput[], opts: ValidateOptions = {}): Promise<Diagnostic[]> {
  const ctx = opts.context ?? validateContext();
  try {
    return await validateIn(inputs, opts, ctx);
  } finally {
    if (!opts.context) ctx.dispose();
  }
}

/** One document on its way through the layers: its diagnostics, then its trees while it is being checked. */
interface Pending { readonly input: ValidateInput; readonly ds: Diagnostic[]; readonly report: ReturnType<typeof collector>; doc?: CheckedDocument | undefined; lib?: XmlDocument | undefined }

/** The pre-parse and the libxml2 parse of one document (nothing of either when refused). */
function parse(c: Pending, maxBytes: number | undefined): void {
  c.doc = preParse(c.input.xml, c.report, maxBytes);
  c.lib = c.doc ? parseChecked(c.doc, c.report) : undefined;
}

async function validateIn(inputs: readonly ValidateInput[], opts: ValidateOptions, ctx: ValidateContext): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  // Each document is pre-parsed, parsed by libxml2 (a document libxml2 refuses is reported as
  // not well-formed, and no schema or rule then runs on it), validated and checked in its turn,
  // and its trees then go: a batch never holds every tree at once (holding the positioned trees
  // of 1,000 documents more than doubled the pre-parse's CPU, in garbage collection). When a
  // caller asks to hear of the refused files before any schema is compiled (`onParsed`: a
  // build's chunk), the whole batch is parsed first.
  const early = opts.onParsed !== undefined;
  const checked = inputs.map((input) => {
    const ds: Diagnostic[] = [];
    const c: Pending = { input, ds, report: collector(input.file, ds) };
    if (early) parse(c, opts.maxBytes);
    return c;
  });
  try {
    opts.onParsed?.(checked.filter((c) => !c.lib).map((c) => c.input.file));
    const layers = schemaLayers(opts, inputs, ctx);
    const sch = await loadSchematron(opts.schematron ?? []);
    append(out, sch.diagnostics);
    const rules = [...chosenRules(opts.rules, out), ...sch.rules];
    for (const c of checked) {
      if (!early) parse(c, opts.maxBytes);
      if (c.doc && c.lib) {
        runSchemas(c.doc, c.lib, layers, c.report);
        c.lib.dispose();
        c.lib = undefined;
        runRules(c.input.file, c.doc, rules, c.report, c.ds);
      }
      c.doc = undefined;
      append(out, withOrigin(c.ds, c.input.sourceMap));
    }
    // A layer is compiled when the first document needs it; one that could not be is said once.
    for (const l of layers) {
      if (l.loaded && !l.loaded.ok) out.push(diagnostic('validate/schema-unavailable', { file: fileURLToPath(l.url), line: 1, column: 1 }, `The schema ${l.label} could not be loaded: ${l.loaded.reason}`));
    }
    return sortDiagnostics(out);
  } finally {
    for (const c of checked) c.lib?.dispose();
  }
}

/**
 * User rules as ISO Schematron, evaluated directly with saxon-js's XPath 3.1 engine: each
 * `sch:rule/@context` is selected, each `sch:assert` / `sch:report` test evaluated on it. Why
 * not compile Schematron to XSLT: saxon-js has no run-time compiler worth using (fn:transform
 * recompiles on every call, 0.3–1 s) and the ISO skeleton would have to be vendored; direct
 * evaluation costs nothing to set up and gives each hit's element path, which maps to a line
 * and column through our positioned tree. Supported: sch:ns, sch:pattern (first matching rule
 * wins per node), sch:rule/@context, assert/report with @test and @role; messages are the
 * normalised text (sch:value-of and abstract patterns are not expanded).
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { XElement } from './xml-nodes.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { sentence } from './well-formed.js';

interface XPathApi {
  evaluate(expr: string, context: unknown, opts?: { params?: Record<string, unknown>; namespaceContext?: Record<string, string>; resultForm?: 'array' }): unknown;
}
// saxon-js ships no types and src/render declares only the transform part; XPath is typed here.
// It is loaded only when Schematron files are given (loading it costs ~0.4 s per process).
const loadXPath = (): XPathApi => (createRequire(import.meta.url)('saxon-js') as { XPath: XPathApi }).XPath;

interface Check { kind: 'assert' | 'report'; test: string; message: string; role: string }
interface SchRule { context: string; checks: Check[] }
interface Schema { file: string; ns: Record<string, string>; patterns: SchRule[][] }

const SCH = { sch: 'http://purl.oclc.org/dsdl/schematron' };
const EXTRACT = `serialize(map{
  'ns': map:merge(//sch:ns ! map{string(@prefix): string(@uri)}),
  'patterns': array{ //sch:pattern ! array{ sch:rule ! map{ 'context': string(@context),
    'checks': array{ (sch:assert|sch:report) ! map{ 'kind': local-name(), 'test': string(@test),
      'message': normalize-space(.), 'role': string(@role) } } } } } }, map{'method':'json'})`;

/** Reads one Schematron file into data (throws on unreadable or malformed input). */
async function readSchema(x: XPathApi, file: string): Promise<Schema> {
  const text = await readFile(file, 'utf8');
  const doc = x.evaluate('parse-xml($t)', null, { params: { t: text } });
  const json = x.evaluate(EXTRACT, doc, { namespaceContext: SCH }) as string;
  return { file, ...(JSON.parse(json) as Omit<Schema, 'file'>) };
}

/** `a | b` as an expression selecting every node matching the pattern anywhere. */
function selectAll(context: string): string {
  return context.split('|').map((p) => p.trim()).map((p) => (p.startsWith('/') ? p : `//${p}`)).join(' | ');
}

/** Maps a saxon node to our positioned element through its child-element index path. */
function placeOfNode(x: XPathApi, node: unknown, root: XElement): { line: number; column: number } {
  const path = x.evaluate('(ancestor-or-self::*) ! (count(preceding-sibling::*) + 1)', node, { resultForm: 'array' }) as number[];
  let el: XElement | undefined = root;
  for (const n of path.slice(1)) {
    const next: XElement | undefined = el?.children.filter((c): c is XElement => c.kind === 'element')[n - 1];
    if (!next) break;
    el = next;
  }
  return { line: el.line, column: el.column };
}

function fires(x: XPathApi, check: Check, node: unknown, ns: Record<string, string>): boolean {
  const ok = x.evaluate(`boolean(${check.test})`, node, { namespaceContext: ns }) === true;
  return check.kind === 'assert' ? !ok : ok;
}

function checkPattern(x: XPathApi, rules: readonly SchRule[], schema: Schema, doc: unknown, ctx: RuleContext): void {
  const handled = new Set<unknown>();
  for (const rule of rules) {
    const nodes = x.evaluate(selectAll(rule.context), doc, { namespaceContext: schema.ns, resultForm: 'array' }) as unknown[];
    for (const node of nodes.filter((n) => !handled.has(n))) {
      handled.add(node);
      for (const check of rule.checks.filter((c) => fires(x, c, node, schema.ns))) {
        const id = /warn|info/iu.test(check.role) ? 'validate/schematron-warning' : 'validate/schematron';
        ctx.report(id, placeOfNode(x, node, ctx.root), sentence(check.message || `Schematron ${check.kind} ${check.test}`));
      }
    }
  }
}

/** Makes a rule from a schema; an XPath error in the schema is reported, not thrown. */
function toRule(x: XPathApi, schema: Schema): Rule {
  return {
    name: `schematron:${schema.file}`,
    check(ctx) {
      const doc = x.evaluate('parse-xml($t)', null, { params: { t: ctx.text } });
      for (const pattern of schema.patterns) checkPattern(x, pattern, schema, doc, ctx);
    },
  };
}

/** Loads Schematron files as rules; files that cannot be read or parsed become diagnostics. */
export async function loadSchematron(files: readonly string[]): Promise<{ rules: Rule[]; diagnostics: Diagnostic[] }> {
  const rules: Rule[] = [];
  const diagnostics: Diagnostic[] = [];
  if (files.length === 0) return { rules, diagnostics };
  const x = loadXPath();
  for (const file of files) {
    try {
      rules.push(toRule(x, await readSchema(x, file)));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      diagnostics.push(diagnostic('validate/schema-unavailable', { file, line: 1, column: 1 }, sentence(`The Schematron file could not be loaded: ${why}`)));
    }
  }
  return { rules, diagnostics };
}

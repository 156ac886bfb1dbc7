import { readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { type CallExpression, type Node, type SourceFile, SyntaxKind } from 'typescript/unstable/ast';
import {
  isBinaryExpression,
  isCallExpression,
  isIdentifier,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isPropertyAccessExpression,
  isRegularExpressionLiteral,
  isStringLiteral,
} from 'typescript/unstable/ast/is';
import { type Checker, TypeFlags } from 'typescript/unstable/sync';
import { visitSources } from './source-program.js';

/** A regular expression in the source that is not provably code-point based. */
export interface RegexFinding {
  /** `path/relative/to/root.ts:line` (1-based line). */
  readonly place: string;
  /** Why it fails: no `u`/`v` flag, flags not a literal, `RegExp` as a value, a string pattern. */
  readonly reason: string;
  /** The start of the expression's source text, for the failure message. */
  readonly text: string;
}

/** Every `.ts` file under `dir`, recursively, as absolute paths in a fixed order. */
export function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((e) => e.endsWith('.ts'))
    .map((e) => resolve(dir, e))
    .sort();
}

const UNICODE_FLAG = /[uv]/u;
/** String methods that compile a string argument into a regex (without `u`). */
const COMPILING_METHODS = new Set(['match', 'matchAll', 'search']);

/** The flags of a regex literal's text: what follows its closing slash. */
const literalFlags = (text: string): string => text.slice(text.lastIndexOf('/') + 1);

/** True when the node is `RegExp` or `<anything>.RegExp` (e.g. `globalThis.RegExp`). */
function namesRegExp(node: Node): boolean {
  if (isIdentifier(node)) return node.text === 'RegExp';
  return isPropertyAccessExpression(node) && node.name.text === 'RegExp';
}

/** Why a `new RegExp(...)`/`RegExp(...)` call is not provably unicode, or undefined when it is. */
function callProblem(args: readonly Node[]): string | undefined {
  const [pattern, flags] = args;
  if (flags === undefined) {
    // Without flags the constructor copies a regex argument's own flags; only a literal's are known.
    return pattern !== undefined && isRegularExpressionLiteral(pattern) ? undefined : 'RegExp(...) without flags';
  }
  if (!isStringLiteral(flags) && !isNoSubstitutionTemplateLiteral(flags)) return 'RegExp(...) flags are not a string literal';
  return UNICODE_FLAG.test(flags.text) ? undefined : 'RegExp(...) flags lack u or v';
}

/** Where `RegExp` may stand without making a regex: a type, or the right of `instanceof`. */
function harmlessUse(id: Node): boolean {
  const parent = id.parent;
  if (isBinaryExpression(parent)) return parent.operatorToken.kind === SyntaxKind.InstanceOfKeyword && parent.right === id;
  return [SyntaxKind.TypeReference, SyntaxKind.ExpressionWithTypeArguments, SyntaxKind.TypeQuery, SyntaxKind.QualifiedName].includes(parent.kind);
}

/** `RegExp` (or `x.RegExp`) anywhere but as a callee or a type lets an alias escape the check. */
function valueUseProblem(node: Node): string | undefined {
  const isMemberName = isPropertyAccessExpression(node.parent) && node.parent.name === node;
  const expr = isMemberName ? node.parent : node;
  const user = expr.parent;
  if ((isNewExpression(user) || isCallExpression(user)) && user.expression === expr) return undefined;
  if (!isMemberName && harmlessUse(node)) return undefined;
  return 'RegExp used as a value (an alias would escape this check)';
}

/** The problem of one node, if it makes a regex that is not provably unicode. */
function problemOf(node: Node): string | undefined {
  if (isRegularExpressionLiteral(node)) return UNICODE_FLAG.test(literalFlags(node.text)) ? undefined : 'regex literal lacks u or v';
  if ((isNewExpression(node) || isCallExpression(node)) && namesRegExp(node.expression)) return callProblem(node.arguments ?? []);
  if (isIdentifier(node) && node.text === 'RegExp') return valueUseProblem(node);
  return undefined;
}

/** A `.match`/`.matchAll`/`.search` call whose argument is not a regex literal. */
interface CompilingCall {
  readonly call: CallExpression;
  readonly receiver: Node;
  readonly arg: Node;
}

/** The call as a {@link CompilingCall}, or undefined when it cannot compile a string pattern. */
function compilingCall(node: Node): CompilingCall | undefined {
  if (!isCallExpression(node) || !isPropertyAccessExpression(node.expression)) return undefined;
  const arg = node.arguments[0];
  if (!COMPILING_METHODS.has(node.expression.name.text) || arg === undefined || isRegularExpressionLiteral(arg)) return undefined;
  return { call: node, receiver: node.expression.expression, arg };
}

/** The calls whose receiver is a string and whose argument is not a `RegExp`: a string pattern. */
function stringPatternCalls(checker: Checker, calls: readonly CompilingCall[]): CallExpression[] {
  const receivers = checker.getTypeAtLocation(calls.map((c) => c.receiver));
  const args = checker.getTypeAtLocation(calls.map((c) => c.arg));
  return calls
    .filter((_, i) => {
      const receiver = receivers[i];
      const onString = receiver !== undefined && (receiver.flags & TypeFlags.StringLike) !== 0;
      return onString && args[i]?.getSymbol()?.name !== 'RegExp';
    })
    .map((c) => c.call);
}

/** 1-based line of an offset, from the file's line starts. */
function lineOf(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Walks one parsed file and collects its findings. */
function findingsOf(file: SourceFile, root: string, checker: Checker): RegexFinding[] {
  const found: { node: Node; reason: string }[] = [];
  const calls: CompilingCall[] = [];
  const visit = (node: Node): void => {
    const reason = problemOf(node);
    if (reason !== undefined) found.push({ node, reason });
    const call = compilingCall(node);
    if (call !== undefined) calls.push(call);
    node.forEachChild(visit);
  };
  file.forEachChild(visit);
  if (calls.length > 0) {
    for (const node of stringPatternCalls(checker, calls)) found.push({ node, reason: 'string pattern compiled without u' });
  }
  const path = relative(root, file.fileName).split(sep).join('/');
  return found.map(({ node, reason }) => {
    const start = node.getStart(file);
    return { place: `${path}:${lineOf(file.getLineStarts(), start)}`, reason, text: file.text.slice(start, node.end).slice(0, 120) };
  });
}

/**
 * Parses every file with the TypeScript compiler (the native compiler's API, through the
 * `tsconfig` at `root`) and lists each regex that is not provably unicode, in file order.
 * Throws when one of `files` is not part of the program, so no file escapes the check unparsed.
 */
export function findNonUnicodeRegexes(root: string, tsconfig: string, files: readonly string[]): RegexFinding[] {
  return visitSources(root, tsconfig, files, (file, checker) => findingsOf(file, root, checker));
}

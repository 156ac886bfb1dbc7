import { readFileSync } from 'node:fs';
import { type Node, SyntaxKind } from 'typescript/unstable/ast';
import {
  isBinaryExpression,
  isCallExpression,
  isConditionalExpression,
  isFunctionDeclaration,
  isIdentifier,
  isNumericLiteral,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isReturnStatement,
} from 'typescript/unstable/ast/is';
import { API } from 'typescript/unstable/sync';

/** The text of the README section `## title`, up to the next heading of level 2 or less. */
export function section(readme: string, title: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l === `## ${title}`);
  if (start < 0) throw new Error(`README has no section "## ${title}"`);
  const end = lines.findIndex((l, i) => i > start && /^#{1,2} /u.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The lines of the section's first fenced code block. */
function firstCodeBlock(text: string): string[] {
  const m = /```[^\n]*\n([^]*?)\n```/u.exec(text);
  return m?.[1]?.split('\n') ?? [];
}

/** The long options (`--name`) a text names, without their values. */
export function longOptions(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\w-])--([a-z][a-z-]*[a-z])/gu)].map((m) => m[1] ?? ''));
}

/**
 * The "Commands" section as command → options: each usage line of its code block
 * (`teipress CMD …`) gives its command's own options, and the prose after the block the
 * options every command takes (those it names before the first bullet).
 */
export function documentedCommands(readme: string): { commands: Map<string, Set<string>>; common: Set<string>; text: string } {
  const text = section(readme, 'Commands');
  const commands = new Map<string, Set<string>>();
  for (const line of firstCodeBlock(text)) {
    const m = /^teipress ([a-z]+)(.*)$/u.exec(line);
    if (!m) continue;
    const own = commands.get(m[1] ?? '') ?? new Set<string>();
    for (const o of longOptions(m[2] ?? '')) own.add(o);
    commands.set(m[1] ?? '', own);
  }
  const afterBlock = text.slice(text.lastIndexOf('```') + 3);
  const common = longOptions(afterBlock.slice(0, afterBlock.search(/\n- /u)).split(/\. /u)[0] ?? '');
  return { commands, common, text };
}

/** The keys of the "Configuration" section's table (first column, in backquotes; `a.b` for nested keys). */
export function documentedConfigKeys(readme: string): string[] {
  return [...section(readme, 'Configuration').matchAll(/^\| `([^`]+)` \|/gmu)].map((m) => m[1] ?? '');
}

/** A JSON Schema object, as far as this test reads it. */
interface SchemaObject {
  readonly properties?: Readonly<Record<string, SchemaObject>>;
}

/** The keys of the config schema: every top-level key, and `a.b` for the keys of an object written out in place. */
export function schemaConfigKeys(schemaPath: string): string[] {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaObject;
  return Object.entries(schema.properties ?? {}).flatMap(([key, value]) => [key, ...Object.keys(value.properties ?? {}).map((k) => `${key}.${k}`)]);
}

/** The exit codes an expression can give: numeric literals through `?:`, `,` and parentheses. */
function codesOf(node: Node): number[] {
  if (isNumericLiteral(node)) return [Number(node.text)];
  if (isParenthesizedExpression(node)) return codesOf(node.expression);
  if (isConditionalExpression(node)) return [...codesOf(node.whenTrue), ...codesOf(node.whenFalse)];
  if (isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.CommaToken) return codesOf(node.right);
  return [];
}

/** True for `process.exit(…)` and `process.exitCode = …`'s left side. */
function namesProcessExit(node: Node): boolean {
  return isPropertyAccessExpression(node) && isIdentifier(node.expression) && node.expression.text === 'process' && ['exit', 'exitCode'].includes(node.name.text);
}

/** The local functions a return expression hands its value over to (`return failure(e)`). */
function calleesOf(node: Node): string[] {
  if (isCallExpression(node) && isIdentifier(node.expression)) return [node.expression.text];
  if (isParenthesizedExpression(node)) return calleesOf(node.expression);
  if (isConditionalExpression(node)) return [...calleesOf(node.whenTrue), ...calleesOf(node.whenFalse)];
  return [];
}

/** The return expressions of a function's own body (not of functions nested in it). */
function returnsOf(fn: Node): Node[] {
  const out: Node[] = [];
  const visit = (node: Node): void => {
    if (isReturnStatement(node) && node.expression) out.push(node.expression);
    if (node.kind !== SyntaxKind.ArrowFunction && node.kind !== SyntaxKind.FunctionExpression && !isFunctionDeclaration(node)) node.forEachChild(visit);
  };
  fn.forEachChild(visit);
  return out;
}

/** Every `process.exit(N)` and `process.exitCode = N` under `node`. */
function processExitCodes(node: Node, into: Set<number>): void {
  if (isCallExpression(node) && namesProcessExit(node.expression) && node.arguments[0]) for (const c of codesOf(node.arguments[0])) into.add(c);
  if (isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken && namesProcessExit(node.left)) for (const c of codesOf(node.right)) into.add(c);
  node.forEachChild((child) => processExitCodes(child, into));
}

/**
 * The exit codes the CLI uses: the numbers `main` in `cliFile` returns, directly or through the
 * file's functions it returns the result of, and any `process.exit(N)` or `process.exitCode = N`
 * in `cliFile` and `files`.
 */
export function cliExitCodes(root: string, tsconfig: string, cliFile: string, files: readonly string[]): number[] {
  const api = new API({ cwd: root });
  try {
    const project = api.updateSnapshot({ openProject: `${root}/${tsconfig}` }).getProjects()[0];
    if (project === undefined) throw new Error(`no project for ${tsconfig}`);
    const sourceOf = (f: string) => {
      const file = project.program.getSourceFile(f);
      if (file === undefined) throw new Error(`${f} is not part of the program of ${tsconfig}`);
      return file;
    };
    const cli = sourceOf(cliFile);
    const functions = new Map(cli.statements.flatMap((st) => (isFunctionDeclaration(st) && st.name ? [[st.name.text, st] as const] : [])));
    const codes = new Set<number>();
    const seen = new Set<string>();
    const follow = (name: string): void => {
      const fn = functions.get(name);
      if (fn === undefined || seen.has(name)) return;
      seen.add(name);
      for (const r of returnsOf(fn)) {
        for (const c of codesOf(r)) codes.add(c);
        for (const callee of calleesOf(r)) follow(callee);
      }
    };
    follow('main');
    for (const f of [cliFile, ...files]) processExitCodes(sourceOf(f), codes);
    return [...codes].sort((a, b) => a - b);
  } finally {
    api.close();
  }
}

/** The codes of the "Exit codes" section's table. */
export function documentedExitCodes(readme: string): number[] {
  return [...section(readme, 'Exit codes').matchAll(/^\| ([0-9]+) \|/gmu)].map((m) => Number(m[1]));
}

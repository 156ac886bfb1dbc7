import { relative, sep } from 'node:path';
import { type Expression, type Node, type SourceFile, type VariableDeclaration, ModifierFlags, NodeFlags, SyntaxKind } from 'typescript/unstable/ast';
import {
  isAsExpression,
  isBinaryExpression,
  isCallExpression,
  isClassDeclaration,
  isDeleteExpression,
  isElementAccessExpression,
  isIdentifier,
  isNewExpression,
  isNonNullExpression,
  isParenthesizedExpression,
  isPostfixUnaryExpression,
  isPrefixUnaryExpression,
  isPropertyAccessExpression,
  isPropertyDeclaration,
  isSatisfiesExpression,
  isTypeReferenceNode,
  isVariableStatement,
} from 'typescript/unstable/ast/is';
import { visitSources } from './source-program.js';

/** A piece of module-global mutable state: state that outlives a call and is shared by every caller. */
export interface StateFinding {
  /** `path/relative/to/root.ts:line` (1-based line). */
  readonly place: string;
  /** What kind of state it is. */
  readonly reason: string;
  /** The declared name. */
  readonly name: string;
}

/** Constructors whose instances are containers a module could fill and keep. */
const CONTAINERS: ReadonlySet<string> = new Set([
  'Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'WeakRef',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);
/** The read-only views a container may be declared as: the type checker then forbids mutation. */
const READONLY_TYPES: ReadonlySet<string> = new Set(['ReadonlyMap', 'ReadonlySet', 'ReadonlyArray']);
/** Methods that change the array, map or set they are called on. */
const MUTATORS: ReadonlySet<string> = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

/**
 * Functions that return a closure over a container of their own (a memo): a module-scope
 * const bound to a call of one holds that container for the life of the process. Listed by
 * name, as the walker reads one file at a time and cannot see into the factory.
 */
const CLOSURE_FACTORIES: ReadonlySet<string> = new Set(['lineMemo']);

/** The expression inside parentheses, `as`, `satisfies` and `!`, which do not change the value. */
function unwrap(node: Expression): Expression {
  if (isParenthesizedExpression(node) || isAsExpression(node) || isSatisfiesExpression(node) || isNonNullExpression(node)) return unwrap(node.expression);
  return node;
}

/** The identifier an access chain starts from (`a` of `a.b[c].d`), if it starts from one. */
function rootName(node: Node): string | undefined {
  if (isIdentifier(node)) return node.text;
  if (isPropertyAccessExpression(node) || isElementAccessExpression(node) || isParenthesizedExpression(node) || isNonNullExpression(node)) return rootName(node.expression);
  return undefined;
}

/** The name a node changes in place (an element, a property, or through a mutating method), if any. */
function mutatedName(node: Node): string | undefined {
  const isAccess = (n: Node): boolean => isPropertyAccessExpression(n) || isElementAccessExpression(n);
  if (isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    const assigns = op >= SyntaxKind.FirstAssignment && op <= SyntaxKind.LastAssignment;
    return assigns && isAccess(node.left) ? rootName(node.left) : undefined;
  }
  if (isPrefixUnaryExpression(node) || isPostfixUnaryExpression(node)) {
    const steps = node.operator === SyntaxKind.PlusPlusToken || node.operator === SyntaxKind.MinusMinusToken;
    return steps && isAccess(node.operand) ? rootName(node.operand) : undefined;
  }
  if (isDeleteExpression(node)) return rootName(node.expression);
  if (!isCallExpression(node) || !isPropertyAccessExpression(node.expression)) return undefined;
  const method = node.expression.name.text;
  if (MUTATORS.has(method)) return rootName(node.expression.expression);
  const [first] = node.arguments;
  const callee = node.expression.expression;
  const assignsInto = isIdentifier(callee) && callee.text === 'Object' && (method === 'assign' || method === 'defineProperty');
  return assignsInto && first !== undefined ? rootName(first) : undefined;
}

/** Every name the file changes in place, anywhere in it. */
function mutatedNames(file: SourceFile): ReadonlySet<string> {
  const names = new Set<string>();
  const visit = (node: Node): void => {
    const name = mutatedName(node);
    if (name !== undefined) names.add(name);
    node.forEachChild(visit);
  };
  file.forEachChild(visit);
  return names;
}

/** True when a declaration's type annotation is a read-only view (`ReadonlyMap<…>`, …). */
function declaredReadonly(decl: { readonly type?: Node | undefined }): boolean {
  const type = decl.type;
  return type !== undefined && isTypeReferenceNode(type) && isIdentifier(type.typeName) && READONLY_TYPES.has(type.typeName.text);
}

/** Why a `const` (or a static field) initialised to `init` is mutable state, or undefined when it is not. */
function constProblem(init: Expression | undefined, decl: { readonly type?: Node | undefined }, name: string, mutated: ReadonlySet<string>): string | undefined {
  if (init === undefined) return undefined;
  const value = unwrap(init);
  if (isNewExpression(value) && isIdentifier(value.expression) && CONTAINERS.has(value.expression.text)) {
    const readonlyView = declaredReadonly(decl) && !['WeakMap', 'WeakSet', 'WeakRef'].includes(value.expression.text);
    return readonlyView ? undefined : `module-scope new ${value.expression.text}`;
  }
  if (isCallExpression(value) && isIdentifier(value.expression) && CLOSURE_FACTORIES.has(value.expression.text)) return `module-scope closure over a container (${value.expression.text})`;
  if (value.kind === SyntaxKind.ArrayLiteralExpression && mutated.has(name)) return 'module-scope array literal that is mutated';
  if (value.kind === SyntaxKind.ObjectLiteralExpression && mutated.has(name)) return 'module-scope object literal that is mutated';
  return undefined;
}

/** The findings of one module-scope variable statement. */
function variableFindings(decls: readonly VariableDeclaration[], flags: number, mutated: ReadonlySet<string>): { node: Node; name: string; reason: string }[] {
  const keyword = (flags & NodeFlags.Let) !== 0 ? 'let' : (flags & NodeFlags.Const) !== 0 ? 'const' : 'var';
  return decls.flatMap((decl) => {
    const name = isIdentifier(decl.name) ? decl.name.text : decl.name.getText(decl.getSourceFile());
    if (keyword !== 'const') return [{ node: decl, name, reason: `module-scope ${keyword}` }];
    const reason = constProblem(decl.initializer, decl, name, mutated);
    return reason === undefined ? [] : [{ node: decl, name, reason }];
  });
}

/** Static fields of a class are module-global too: a non-readonly one, or a mutable container. */
function staticFindings(node: Node, mutated: ReadonlySet<string>): { node: Node; name: string; reason: string }[] {
  if (!isClassDeclaration(node)) return [];
  const className = node.name?.text ?? '';
  return node.members.flatMap((member) => {
    if (!isPropertyDeclaration(member) || (member.modifierFlags & ModifierFlags.Static) === 0) return [];
    const name = `${className}.${isIdentifier(member.name) ? member.name.text : member.name.getText(member.getSourceFile())}`;
    if ((member.modifierFlags & ModifierFlags.Readonly) === 0) return [{ node: member, name, reason: 'static field that is not readonly' }];
    const reason = constProblem(member.initializer, member, className, mutated);
    return reason === undefined ? [] : [{ node: member, name, reason: reason.replace('module-scope', 'static') }];
  });
}

/** 1-based line of an offset. */
function lineOf(file: SourceFile, pos: number): number {
  return file.text.slice(0, pos).split('\n').length;
}

/** Walks the top-level statements of one file and lists its module-global mutable state. */
export function findingsOf(file: SourceFile, root: string): StateFinding[] {
  const mutated = mutatedNames(file);
  const found = file.statements.flatMap((statement) => {
    if (isVariableStatement(statement)) return variableFindings(statement.declarationList.declarations, statement.declarationList.flags, mutated);
    return staticFindings(statement, mutated);
  });
  const path = relative(root, file.fileName).split(sep).join('/');
  return found.map(({ node, name, reason }) => ({ place: `${path}:${lineOf(file, node.getStart(file))}`, reason, name }));
}

/**
 * Parses every file with the TypeScript compiler (through the `tsconfig` at `root`) and lists
 * each piece of module-global mutable state, in file order. Throws when one of `files` is not
 * part of the program, so no file escapes the check unparsed.
 */
export function findModuleState(root: string, tsconfig: string, files: readonly string[]): StateFinding[] {
  return visitSources(root, tsconfig, files, (file) => findingsOf(file, root));
}

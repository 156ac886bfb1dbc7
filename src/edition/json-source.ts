import { createRequire } from 'node:module';
import type { Node, ParseError } from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/catalog.js';
import { LineIndex } from '../ir/position.js';

// The parser is loaded when a JSON file is first parsed (Node keeps it loaded): a command run
// with no config and no sidecar never needs it (its UMD modules take ~10-20 ms of a start).
const load = createRequire(import.meta.url);
const jsonc = (): typeof import('jsonc-parser') => load('jsonc-parser') as typeof import('jsonc-parser');

/** A segment of a JSON location: an object key or an array index. */
export type JsonPathSegment = string | number;

/** A parsed JSON file that remembers where each value stands. */
export interface JsonSource {
  /** The parsed value, or undefined when the text is not JSON. */
  readonly value: unknown;
  /** Line and column of the value (or, with `key`, of the key naming it) at `path`; 1:1 when absent. */
  readonly placeOf: (path: readonly JsonPathSegment[], key?: boolean) => { line: number; column: number };
  /** Each string value with its path, for checks over every text (control characters). */
  readonly strings: () => { path: JsonPathSegment[]; value: string }[];
  /** Syntax errors, as diagnostics of `rule` in `file`. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses strict JSON (no comments, no trailing commas) keeping positions. A leading UTF-8 BOM
 * is accepted, as for transcripts. Never throws: syntax errors are diagnostics at their place.
 */
export function parseJsonSource(bytes: Uint8Array, file: string, rule: RuleId, what: string): JsonSource {
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // Only the first U+FEFF is a byte-order mark; positions are then those an editor shows.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const index = new LineIndex(text);
  const errors: ParseError[] = [];
  const { findNodeAtLocation, getNodeValue, parseTree } = jsonc();
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const at = (offset: number) => {
    const p = index.at(offset);
    return { line: p.line, column: p.column };
  };
  const diagnostics = errors.slice(0, 1).map((e) => diagnostic(rule, { file, ...at(e.offset) }, `${what} is not valid JSON (${syntaxMessage(e)}).`));
  const value = tree && !errors.length ? (getNodeValue(tree) as unknown) : undefined;
  return {
    value,
    diagnostics,
    placeOf: (path, key = false) => {
      const node = tree ? findNodeAtLocation(tree, [...path]) : undefined;
      const named = key && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
      return named ? at(named.offset) : { line: 1, column: 1 };
    },
    strings: () => (tree && !errors.length ? stringsOf(tree, []) : []),
  };
}

const SYNTAX_WORDS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name (in double quotes) was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the text goes on after the JSON value',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'comments are not allowed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape',
  InvalidCharacter: 'a control character inside a string',
};

function syntaxMessage(e: ParseError): string {
  const code = jsonc().printParseErrorCode(e.error);
  return SYNTAX_WORDS[code] ?? code;
}

function stringsOf(node: Node, path: JsonPathSegment[]): { path: JsonPathSegment[]; value: string }[] {
  if (node.type === 'string') return [{ path, value: String(node.value) }];
  const out: { path: JsonPathSegment[]; value: string }[] = [];
  if (node.type === 'object') {
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (k && v) out.push(...stringsOf(v, [...path, String(k.value)]));
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => out.push(...stringsOf(child, [...path, i])));
  }
  return out;
}

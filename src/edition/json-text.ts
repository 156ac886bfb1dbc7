import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { JsonSource } from './json-source.js';
import { pathLabel } from './schema-check.js';

// XML 1.0 cannot carry these (JSON can, as \u escapes): the TEI gets U+FFFD instead.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/**
 * A warning for each string of a JSON file that holds a character XML cannot carry, at the
 * string's place (the converter writes U+FFFD for it).
 */
export function controlCharacterDiagnostics(src: JsonSource, file: string, what: string): Diagnostic[] {
  return src.strings().flatMap(({ path, value }) => {
    const m = FORBIDDEN.exec(value);
    if (!m) return [];
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return [diagnostic('source/control-character', { file, ...src.placeOf(path) }, `The ${what} value "${pathLabel(path)}" holds control character U+${code}, which XML cannot carry; it becomes U+FFFD.`)];
  });
}

/** Replaces the characters XML cannot carry by U+FFFD in every string of a parsed JSON value. */
export function replaceControlCharacters<T>(value: T): T {
  if (typeof value === 'string') return value.replace(new RegExp(FORBIDDEN.source, 'gu'), '\uFFFD') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => replaceControlCharacters(v)) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceControlCharacters(v)])) as T;
  return value;
}

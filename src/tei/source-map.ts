/**
 * Where each generated TEI element came from. The serializer records, for every element it
 * writes, the output line and column of its start tag and the transcript place of the IR
 * node behind it, so that a problem found in freshly generated TEI can be reported at the
 * transcript line that caused it.
 */
export interface SourceMapEntry {
  /** 1-based line of the element's start tag in the TEI output. */
  readonly xmlLine: number;
  /** 1-based column of the `<` of the start tag. */
  readonly xmlColumn: number;
  /** Element name (no prefix). */
  readonly element: string;
  /** 1-based line and column in the transcript. */
  readonly line: number;
  readonly column: number;
}

/** The source map of one generated TEI file. Entries are sorted by (xmlLine, xmlColumn). */
export interface SourceMap {
  /** The transcript path, as it should appear in diagnostics. */
  readonly source: string;
  readonly entries: readonly SourceMapEntry[];
}

/**
 * Returns the transcript place of the innermost element starting at or before
 * `(xmlLine, xmlColumn)`, or undefined when the place lies before any mapped element.
 */
export function originOf(
  map: SourceMap,
  xmlLine: number,
  xmlColumn = Number.MAX_SAFE_INTEGER,
): { file: string; line: number; column: number } | undefined {
  const es = map.entries;
  let lo = 0;
  let hi = es.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = es[mid]!;
    if (e.xmlLine < xmlLine || (e.xmlLine === xmlLine && e.xmlColumn <= xmlColumn)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const e = found >= 0 ? es[found] : undefined;
  return e ? { file: map.source, line: e.line, column: e.column } : undefined;
}

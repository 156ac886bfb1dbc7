import type { Diagnostic } from './diagnostic.js';

/** Formats one diagnostic as `file:line:col: severity: message [rule]` (plus its origin). */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`;
  return d.origin ? `${head}\n  from ${d.origin.file}:${d.origin.line}:${d.origin.column}` : head;
}

/** Formats diagnostics as text lines or as JSON (an array, one object per diagnostic). */
export function formatDiagnostics(ds: readonly Diagnostic[], format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify(ds, null, 2);
  return ds.map(formatDiagnostic).join('\n');
}

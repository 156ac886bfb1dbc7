import type { Transcript } from '../ir/nodes.js';

/**
 * The conversion report: per document, what was recognised, by which rule, at which line,
 * and what was inferred, so an editor can review decisions without reading XML.
 */
export function conversionReport(file: string, t: Transcript): string {
  const lines: string[] = [`${file}: ${t.documents.length} document(s)`];
  for (const d of t.documents) {
    lines.push(`  document ${d.n}: ${d.kind}${d.date ? `, ${d.date}` : ''}${d.classification ? `, ${d.classification}` : ''}`);
    for (const x of t.decisions.filter((x) => x.document === d.n)) {
      lines.push(`    ${file}:${x.line}:${x.column}  ${x.what.padEnd(26)} [${x.rule}]  ${x.text}`);
    }
  }
  if (t.citation) {
    const c = t.citation;
    lines.push(`  archival citation (${c.copies} cop${c.copies === 1 ? 'y' : 'ies'} reconciled): ${c.reading}`);
    lines.push(`    repository: ${c.repository ?? '?'}; collection: ${c.collection ?? '?'}; folder: ${c.folder ?? '?'}; dates: ${c.from ?? '?'} to ${c.to ?? '?'}`);
  }
  if (t.closeCalls?.length) {
    lines.push('  close calls (best and second-best labels scored close; worth a look):');
    for (const c of t.closeCalls) {
      lines.push(`    ${file}:${c.line}:${c.column}  ${c.best.label} ${c.best.score.toFixed(2)} over ${c.second.label} ${c.second.score.toFixed(2)} [${c.best.evidence.join('; ')}]  ${c.text}`);
    }
  }
  return lines.join('\n');
}

/** The corpus-scale bench's summary: medians with min–max, ratios, and the one JSON object of `--json`. */
import type { Run, SizeResult } from './scale.js';

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const spread = (xs: readonly number[], digits = 2): string => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}, n=${xs.length})`;
const secs = (runs: readonly Run[]): number[] => runs.map((r) => r.seconds);

/** Each render run's CPU time ÷ that of the Saxon-HE run after it. */
const cpuRatios = (r: SizeResult): number[] => r.render.saxonCpu.map((s, i) => r.render.oursCpu[i]! / s);

/** The summary of one size, as the JSON object's per-size entry. */
export function summarise(r: SizeResult): Record<string, unknown> {
  const fresh = median(secs(r.fresh));
  const mid = [...r.fresh].sort((a, b) => a.seconds - b.seconds)[Math.floor(r.fresh.length / 2)]!;
  const stages = Object.fromEntries(Object.entries(mid.stages).map(([k, ms]) => [k, ms ? Number((r.documents / (ms / 1000)).toFixed(1)) : null]));
  const saxon = Array.isArray(r.render.saxon) ? median(r.render.saxon) : undefined;
  return {
    documents: r.documents,
    inputMB: Number(r.mb.toFixed(2)),
    freshBuildSeconds: { median: fresh, min: Math.min(...secs(r.fresh)), max: Math.max(...secs(r.fresh)), runs: r.fresh.length },
    endToEndDocsPerSecond: Number((r.documents / fresh).toFixed(1)),
    endToEndMBPerSecond: Number((r.mb / fresh).toFixed(3)),
    stages,
    stageMs: mid.stages,
    noopRebuildSeconds: median(secs(r.noop)),
    noopRebuildRange: [Math.min(...secs(r.noop)), Math.max(...secs(r.noop))],
    oneChangeRebuildSeconds: median(secs(r.oneChange)),
    oneChangeRebuildRange: [Math.min(...secs(r.oneChange)), Math.max(...secs(r.oneChange))],
    oneChangeFilesWritten: r.oneChange.map((x) => x.written ?? null),
    peakRssMB: Number(Math.max(...r.fresh.map((x) => x.rssMB)).toFixed(1)),
    floorSeconds: median(r.floor),
    floorRatio: Number((fresh / median(r.floor)).toFixed(1)),
    renderFiles: r.renderFiles,
    oursHtmlRenderSeconds: median(r.render.ours),
    saxonHeSeconds: saxon ?? r.render.saxon,
    saxonHeRatio: saxon ? Number((median(r.render.ours) / saxon).toFixed(2)) : null,
    // CPU time (user + system) of the same runs: the median of each run's ours ÷ Saxon-HE, with min–max
    xsltHtmlRenderSeconds: r.render.xslt.length ? median(r.render.xslt) : null,
    xsltHtmlRenderCpuSeconds: r.render.xsltCpu.length ? median(r.render.xsltCpu) : null,
    oursHtmlRenderCpuSeconds: r.render.oursCpu.length ? median(r.render.oursCpu) : null,
    saxonHeCpuSeconds: r.render.saxonCpu.length ? median(r.render.saxonCpu) : null,
    saxonHeCpuRatio: cpuRatios(r).length ? Number(median(cpuRatios(r)).toFixed(2)) : null,
    saxonHeCpuRatioRange: cpuRatios(r).length ? [Math.min(...cpuRatios(r)), Math.max(...cpuRatios(r))].map((x) => Number(x.toFixed(2))) : null,
  };
}

/** The one JSON object: the largest default size's figures at the top, every size under `sizes`. */
export function benchJson(results: readonly SizeResult[], headline: number): Record<string, unknown> {
  const per = Object.fromEntries(results.map((r) => [String(r.documents), summarise(r)]));
  const top = per[String(headline)] ?? Object.values(per).at(-1) ?? {};
  return { ...top, peakRssMB: Object.fromEntries(results.map((r) => [String(r.documents), summarise(r).peakRssMB])), sizes: per };
}

/** The human-readable table. */
export function printReport(results: readonly SizeResult[]): void {
  for (const r of results) {
    const s = summarise(r);
    console.log(`\n${r.documents} documents (${r.mb.toFixed(2)} MB of transcripts), each build a fresh process (--no-pdf --no-tei-all)`);
    console.log(`  fresh build        ${spread(secs(r.fresh), 1)} s → ${String(s.endToEndDocsPerSecond)} docs/s, ${String(s.endToEndMBPerSecond)} MB/s; peak RSS ${String(s.peakRssMB)} MB`);
    console.log(`  stages (docs/s)    ${JSON.stringify(s.stages)}  (ms ${JSON.stringify(s.stageMs)})`);
    console.log(`  no-op rebuild      ${spread(secs(r.noop))} s`);
    console.log(`  one-change rebuild ${spread(secs(r.oneChange))} s (files written: ${r.oneChange.map((x) => x.written ?? '?').join(', ')})`);
    console.log(`  parse+write floor  ${spread(r.floor)} s → the build takes ${String(s.floorRatio)}× the floor`);
    const sax = Array.isArray(r.render.saxon) ? `${spread(r.render.saxon)} s → ours ÷ Saxon-HE ${String(s.saxonHeRatio)}` : r.render.saxon;
    console.log(`  HTML render of ${r.renderFiles} TEI files, fresh processes, paired: teipress ${spread(r.render.ours)} s; Saxon-HE 9.9 ${sax}`);
    if (r.render.xslt.length) console.log(`    teipress with the stylesheets alone (TEIPRESS_RENDERER=xslt, saxon-js): ${spread(r.render.xslt)} s, CPU ${spread(r.render.xsltCpu)} s`);
    if (r.render.saxonCpu.length) console.log(`    CPU (user + system): teipress ${spread(r.render.oursCpu)} s; Saxon-HE ${spread(r.render.saxonCpu)} s → ours ÷ Saxon-HE ${spread(cpuRatios(r))} (per run)`);
  }
}

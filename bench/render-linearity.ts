/**
 * Render linearity for `npm run bench -- --extra`: one generated transcript of about 0.7 MB and
 * one of 2.8 MB are converted (TEI of about 1 MB and 4 MB, each a file of many documents), and
 * every stylesheet is timed on both in a child process (so that a superlinear one can be
 * stopped). A near-linear render costs at most 4.5× the time for the 4× input (issue 11; issue 7:
 * `render --to text` of 4 MB took 43 s; a key() limited to each document made html, print and
 * the summary of a 6.8 MB TEI of 1,021 documents cost 5.5× a 1.7 MB one).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { convertText } from '../lib/convert/index.js';
import { stylesheets, transform, transformToStrings, type StylesheetName, type StylesheetParams } from '../lib/render/saxon.js';
import { generateTranscript } from './generate.js';
import { renderNative } from '../lib/render/native/index.js';

/** A row of the bench table. */
export interface LinearityRow { stage: string; docs: number; seconds: number; note?: string }

// (strings: the run's result is taken unserialized, as the build takes both texts of a document)
const RUNS: readonly { label: string; name: StylesheetName; params: StylesheetParams; strings?: boolean }[] = [
  { label: 'summary', name: 'tei-to-summary', params: {} },
  { label: 'text reading', name: 'tei-to-text', params: { edition: 'reading' } },
  { label: 'text diplomatic', name: 'tei-to-text', params: { edition: 'diplomatic' } },
  { label: 'text both (as a build makes them)', name: 'tei-to-text', params: { edition: 'both' }, strings: true },
  { label: 'html', name: 'tei-to-html', params: {} },
  { label: 'print', name: 'tei-to-print', params: {} },
];
const SIZES_MB = [0.7, 2.8] as const;
/** The time ratio a near-linear render stays within, as a multiple of the size ratio (4.5 for 4×). */
const LINEAR_SLACK = 1.125;
const LIMIT_S = 300;

/** The TEI of one concatenated transcript of about `mb` MB. */
function bigTei(mb: number, material: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let s = 200_000; size < mb * 1024 * 1024; s++) {
    const t = generateTranscript(s, { material: [...material], paragraphs: 12 });
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return convertText(parts.join('\n\n'), { file: `${mb}MB.txt` }).xml ?? '';
}

// The smallest TEI every stylesheet renders (the summary's key needs the header): a bare <TEI/> stopped the child.
const WARM_UP = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title/></titleStmt></fileDesc></teiHeader><text><body/></text></TEI>';

/** The child side: prints one "label CPU-seconds MB" line per stylesheet for a TEI of `mb` MB. */
export function renderLinearityChild(mb: number, material: readonly string[]): void {
  const xml = bigTei(mb, material);
  // One set of parsed stylesheets for the run, as a build has: the warm-up call parses each.
  const sheets = stylesheets();
  for (const r of RUNS) {
    const run = (tei: string): unknown => (r.strings ? transformToStrings(r.name, tei, r.params, sheets) : transform(r.name, tei, r.params, sheets));
    run(WARM_UP);
    // CPU time (all of the process's threads, its collector's too), not wall time: a loaded machine stretches wall time by whatever else runs
    const c = process.cpuUsage();
    run(xml);
    const used = process.cpuUsage(c);
    console.log(`${r.label}\t${(used.user + used.system) / 1e6}\t${Buffer.byteLength(xml) / 1024 / 1024}`);
  }
  // the native renderer (src/render/native/), which a build uses: every output of the file at once
  const all = { html: true, print: true, text: true, readingText: false };
  renderNative(WARM_UP, NATIVE_PARAMS, all);
  const c = process.cpuUsage();
  const native = renderNative(xml, NATIVE_PARAMS, all);
  const used = process.cpuUsage(c);
  if (!native) console.error(`the native renderer left the ${mb} MB TEI to the stylesheets: its time is not the native one`);
  console.log(`${NATIVE_LABEL}\t${(used.user + used.system) / 1e6}\t${Buffer.byteLength(xml) / 1024 / 1024}`);
}

const NATIVE_LABEL = 'native, all outputs';
const NATIVE_PARAMS = { siteTitle: 'Edition', buildDate: '', docPath: 'html/big.html', pdfPath: '', dateFormat: 'dmy', pageSize: 'A4' } as const;

function childTimes(script: string, mb: number): Map<string, { seconds: number; mb: number }> {
  const r = spawnSync(process.execPath, [script, '--render-linearity-child', String(mb)], { timeout: LIMIT_S * 1000, encoding: 'utf8' });
  const times = new Map<string, { seconds: number; mb: number }>();
  for (const line of (r.stdout ?? '').split('\n')) {
    const [label, seconds, size] = line.split('\t');
    if (label && seconds && size) times.set(label, { seconds: Number(seconds), mb: Number(size) });
  }
  return times;
}

/** Rows: each stylesheet's time on the small and the large TEI, and the ratio. */
export function renderLinearity(script: string = fileURLToPath(new URL('./run.js', import.meta.url))): LinearityRow[] {
  const [small, big] = SIZES_MB.map((mb) => childTimes(script, mb));
  return [...RUNS.map((r) => r.label), NATIVE_LABEL].map((label) => {
    const a = small?.get(label);
    const b = big?.get(label);
    if (!a || !b) return { stage: `render ${label}: ${SIZES_MB[0]} → ${SIZES_MB[1]} MB transcript`, docs: 0, seconds: 0, note: `did not finish in ${LIMIT_S} s (stopped)` };
    const ratio = b.seconds / a.seconds;
    const size = b.mb / a.mb;
    return { stage: `render ${label}: ${a.mb.toFixed(2)} → ${b.mb.toFixed(2)} MB TEI`, docs: 1, seconds: b.seconds,
      note: `${a.seconds.toFixed(2)} s → ${b.seconds.toFixed(2)} s CPU: time ratio ${ratio.toFixed(1)} for size ratio ${size.toFixed(1)} (${ratio <= size * LINEAR_SLACK ? 'near-linear' : 'SUPERLINEAR'})` };
  });
}

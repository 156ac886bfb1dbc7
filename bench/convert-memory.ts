/**
 * Conversion memory for `npm run bench -- --extra` (issue 7: converting is bounded in memory,
 * at most 10× the input size plus a constant). Each transcript is converted by `teipress
 * convert FILE --out-dir DIR` in a process of its own under `/usr/bin/time`, which gives its
 * peak RSS; the constant is the peak of converting a 1 KB transcript. The inputs mix the bench
 * corpus's kinds (generate-mix.ts), letters from the given material and, when `../shared` is
 * present, the corpus's OCR records, concatenated to 5 MB and 20 MB; with `--large` also to
 * 50 MB, and one letter of 5 MB (a single document, which is converted as a whole). Each row
 * gives input MB, peak RSS MB, (peak − constant) / input, and the slope from the row before
 * (the growth of the peak over the growth of the input). Run on its own:
 * `node lib-bench/convert-memory.js [--large]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTranscript } from './generate.js';
import { generateMixed } from './generate-mix.js';

/** A row of the bench table. */
export interface MemoryRow { stage: string; docs: number; seconds: number; note?: string }

const MB = 1024 * 1024;
/** The inputs: mixed transcripts of a size, or (`letter`) one letter of that size. */
interface Size { readonly label: string; readonly bytes: number; readonly letter?: boolean }
const SIZES: readonly Size[] = [
  { label: '1 KB', bytes: 1024 },
  { label: '5 MB', bytes: 5 * MB },
  { label: '20 MB', bytes: 20 * MB },
];
/** Behind `--large`: each takes over a minute on a loaded machine. */
const LARGE: readonly Size[] = [
  { label: '50 MB', bytes: 50 * MB },
  { label: '5 MB letter', bytes: 5 * MB, letter: true },
];
// A loaded machine (six helpers on two cores) took over 600 s for the 50 MB run.
const LIMIT_S = 1200;
const BOUND = 10;
const TIME = '/usr/bin/time';
const SCRIPT = fileURLToPath(import.meta.url);
const CLI = join(dirname(SCRIPT), '..', 'lib', 'cli.js');
const CORPUS = join(dirname(SCRIPT), '..', '..', 'shared', 'corpus', 'nara-ocr');

/** The corpus's OCR records, or none when `../shared` is absent. */
function corpusRecords(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));
}

/** One concatenated transcript of at least `bytes` UTF-8 bytes (cut to exactly that when small): mixed kinds, letters, corpus records in turn. */
function transcriptOf(bytes: number, material: readonly string[], records: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let s = 300_000; size < bytes; s++) {
    const turn = s % 3;
    const t = turn === 0 && records.length ? records[s % records.length]! : turn === 1 ? generateTranscript(s, { material: [...material], paragraphs: 12 }) : generateMixed(s);
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  const text = parts.join('\n\n');
  return bytes < 64 * 1024 ? text.slice(0, bytes) : text;
}

/** One letter (a single document) of at least `bytes`: its paragraphs grow until it is that large. */
function letterOf(bytes: number, material: readonly string[]): string {
  const one = generateTranscript(7, { material: [...material], paragraphs: 100 });
  return generateTranscript(7, { material: [...material], paragraphs: Math.ceil((100 * bytes) / Buffer.byteLength(one)) });
}

/** Peak RSS (KiB) and seconds of `teipress convert FILE` in a fresh process, or undefined when it failed or was stopped. */
function measure(file: string, outDir: string, timeFile: string): { kib: number; seconds: number } | undefined {
  const r = spawnSync(TIME, ['-o', timeFile, '-f', '%M %e', process.execPath, CLI, 'convert', file, '--out-dir', outDir], { timeout: LIMIT_S * 1000, stdio: 'ignore' });
  if (r.status !== 0 || !existsSync(timeFile)) return undefined;
  const m = /^(\d+) ([\d.]+)$/mu.exec(readFileSync(timeFile, 'utf8'));
  return m ? { kib: Number(m[1]), seconds: Number(m[2]) } : undefined;
}

/**
 * Rows: input MB, peak RSS MB and (peak − constant) / input for 5 MB and 20 MB (with
 * `large`, 50 MB and a 5 MB letter), the 1 KB run being the constant.
 */
export function convertMemory(material: readonly string[], large = process.argv.includes('--large')): MemoryRow[] {
  if (!existsSync(TIME)) return [{ stage: 'convert memory', docs: 0, seconds: 0, note: `${TIME} is not installed (skipped)` }];
  const dir = mkdtempSync(join(tmpdir(), 'teipress-convert-memory-'));
  try {
    const records = corpusRecords();
    const runs = [...SIZES, ...(large ? LARGE : [])].map(({ label, bytes, letter }, i) => {
      const text = letter ? letterOf(bytes, material) : transcriptOf(bytes, material, records);
      const file = join(dir, `${label.replace(/ /gu, '-')}.txt`);
      writeFileSync(file, text);
      return { label, size: Buffer.byteLength(text), letter, run: measure(file, join(dir, 'out'), join(dir, `time-${i}.txt`)) };
    });
    const constant = runs[0]?.run?.kib;
    return runs.map(({ label, size, letter, run }, i) => {
      const stage = `convert memory, ${label}${letter ? '' : ' transcript'}`;
      if (!run) return { stage, docs: 0, seconds: 0, note: `did not finish in ${LIMIT_S} s or failed` };
      const rss = `peak RSS ${(run.kib / 1024).toFixed(0)} MB`;
      if (label === '1 KB' || constant === undefined) return { stage, docs: 1, seconds: run.seconds, note: `${rss}: the constant` };
      const ratio = ((run.kib - constant) * 1024) / size;
      const before = runs[i - 1];
      const slope = !letter && i > 1 && before?.run ? `; slope from ${before.label} ${(((run.kib - before.run.kib) * 1024) / (size - before.size)).toFixed(1)}` : '';
      return { stage, docs: 1, seconds: run.seconds, note: `input ${(size / MB).toFixed(1)} MB; ${rss}; (peak − constant) / input = ${ratio.toFixed(1)} (bound ${BOUND})${slope}` };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === SCRIPT) for (const r of convertMemory([])) console.log(`${r.stage}: ${r.seconds.toFixed(1)} s; ${r.note ?? ''}`);

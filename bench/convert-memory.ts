/**
 * Conversion memory for `npm run bench` (issue 7: converting is bounded in memory, at most
 * 10× the input size plus a constant). Each transcript is converted by `convertFiles` — the
 * path of `teipress convert` — in a fresh child process, which reports its own peak RSS; the
 * constant is the peak of converting a 1 KB transcript.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertFiles } from '../lib/edition/convert-command.js';
import { generateTranscript } from './generate.js';

/** A row of the bench table. */
export interface MemoryRow { stage: string; docs: number; seconds: number; note?: string }

const SIZES: readonly { label: string; bytes: number }[] = [
  { label: '1 KB', bytes: 1024 },
  { label: '5 MB', bytes: 5 * 1024 * 1024 },
  { label: '20 MB', bytes: 20 * 1024 * 1024 },
];
const LIMIT_S = 600;
const BOUND = 10;
const SCRIPT = fileURLToPath(import.meta.url);

/** One concatenated transcript of at least `bytes` UTF-8 bytes (cut to exactly that when small). */
function transcriptOf(bytes: number, material: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let s = 300_000; size < bytes; s++) {
    const t = generateTranscript(s, { material: [...material], paragraphs: 12 });
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  const text = parts.join('\n\n');
  return bytes < 64 * 1024 ? text.slice(0, bytes) : text;
}

/** The child: converts one file into `outDir` and prints "peakKiB seconds". */
async function child(file: string, outDir: string): Promise<void> {
  const t = performance.now();
  const r = await convertFiles([file], { outDir });
  if (r.written.length !== 1) throw new Error(`${file} was not converted`);
  console.log(`${process.resourceUsage().maxRSS} ${(performance.now() - t) / 1000}`);
}

/** Peak RSS (KiB) and seconds of converting `file` in a fresh process, or undefined when stopped. */
function measure(file: string, outDir: string): { kib: number; seconds: number } | undefined {
  const r = spawnSync(process.execPath, [SCRIPT, file, outDir], { timeout: LIMIT_S * 1000, encoding: 'utf8' });
  const m = /^(\d+) (\S+)$/mu.exec(r.stdout ?? '');
  return m ? { kib: Number(m[1]), seconds: Number(m[2]) } : undefined;
}

const mib = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;

/** Rows: the peak RSS of converting 1 KB, 5 MB and 20 MB, and each one's ratio to its input. */
export function convertMemory(material: readonly string[]): MemoryRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-convert-memory-'));
  try {
    const runs = SIZES.map(({ label, bytes }) => {
      const text = transcriptOf(bytes, material);
      const file = join(dir, `${label.replace(' ', '')}.txt`);
      writeFileSync(file, text);
      return { label, size: Buffer.byteLength(text), run: measure(file, join(dir, 'out')) };
    });
    const constant = runs[0]?.run?.kib;
    return runs.map(({ label, size, run }) => {
      if (!run) return { stage: `convert memory, ${label}`, docs: 0, seconds: 0, note: `did not finish in ${LIMIT_S} s (stopped)` };
      const extra = constant === undefined ? undefined : (run.kib - constant) * 1024;
      const ratio = extra === undefined ? 'n/a' : (extra / size).toFixed(1);
      const note = label === '1 KB' ? `peak RSS ${mib(run.kib)}: the constant` : `peak RSS ${mib(run.kib)}; (peak − constant) / input = ${ratio} (bound ${BOUND})`;
      return { stage: `convert memory, ${label} transcript`, docs: 1, seconds: run.seconds, note };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === SCRIPT && process.argv[2] && process.argv[3]) await child(process.argv[2], process.argv[3]);

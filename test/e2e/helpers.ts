/** Helpers of the end-to-end tests: run the built CLI, and snapshot a folder tree byte for byte. */
import { execFile, spawn } from 'node:child_process';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repo = join(import.meta.dirname, '../..');
export const cli = join(repo, 'lib/cli.js');

/** The outcome of one CLI run. */
export interface CliRun { code: number; stdout: string; stderr: string }

/** Runs the built CLI; resolves with exit code and output, never rejects on a non-zero exit. */
export async function teipress(args: string[], cwd = repo, env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  try {
    const r = await run('node', [cli, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

/**
 * Every entry under `dir` (relative path → file bytes as base64, `dir/` for a folder,
 * `-> target` for a link), so two snapshots are equal only when nothing was written,
 * changed or deleted.
 */
export function snapshot(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (skip(r)) continue;
      const st = lstatSync(join(dir, r));
      if (st.isSymbolicLink()) out[r] = `-> ${readlinkSync(join(dir, r))}`;
      else if (st.isDirectory()) {
        out[`${r}/`] = 'dir';
        walk(r);
      } else out[r] = readFileSync(join(dir, r)).toString('base64');
    }
  };
  walk('');
  return out;
}

/** Diagnostics (JSON) as the tests compare them: `file:line:col severity rule`, each prefix in `strip` cut from the file. */
export function brief(json: string, ...strip: string[]): string[] {
  const file = (f: string) => strip.reduce((x, p) => (x.startsWith(p) ? x.slice(p.length) : x), f);
  return (JSON.parse(json) as { file: string; line: number; column: number; severity: string; rule: string }[])
    .map((d) => `${file(d.file)}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
}

/**
 * Starts `teipress build . --no-pdf --no-tei-all` in `dir` and SIGKILLs it as soon as `when`
 * holds (polled every few ms). Resolves with the signal that ended it (SIGKILL, or null when it
 * ended on its own) and its process id.
 */
export function buildKilledWhen(dir: string, when: (pid: number) => boolean, env: NodeJS.ProcessEnv): Promise<{ signal: NodeJS.Signals | null; pid: number }> {
  const child = spawn('node', [cli, 'build', '.', '--no-pdf', '--no-tei-all'], { cwd: dir, env, stdio: 'ignore' });
  const timer = setInterval(() => {
    try {
      if (when(child.pid ?? 0)) child.kill('SIGKILL');
    } catch {
      // A file read while the build renames it: look again at the next tick.
    }
  }, 3);
  return new Promise((resolve) => child.on('exit', (_code, signal) => {
    clearInterval(timer);
    resolve({ signal, pid: child.pid ?? 0 });
  }));
}

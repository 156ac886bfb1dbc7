/**
 * The package's `bin` (lib/bin/cli.js, the command line bundled by scripts/bundle-cli.mjs)
 * does what the modules tsc wrote do (lib/cli.js, which the other end-to-end tests run): the
 * same output, exit codes and files for each kind of command, including a build, whose
 * stages (stylesheets, schemas, render workers) find their files from the bundle's place.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repo, snapshot } from './helpers.js';

const execute = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { bin: { teipress: string } };
const bin = join(repo, pkg.bin.teipress);
const modules = join(repo, 'lib/cli.js');

/** Runs one entry point; never rejects on a non-zero exit. Timings in the summary are left out (they differ run to run). */
async function run(entry: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = (s: string) => s.replace(/\([^()]*\d+ ms[^()]*\)/gu, '(…)');
  try {
    const r = await execute('node', [entry, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: clean(r.stdout), stderr: clean(r.stderr) };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: clean(x.stdout), stderr: clean(x.stderr) };
  }
}

/** A fresh copy of the sample edition with one transcript. */
function edition(): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-bin-'));
  cpSync(join(repo, 'transcripts/1962-11-06-kennedy-to-khrushchev.txt'), join(dir, 'transcripts/letter.txt'));
  cpSync(join(repo, 'teipress.config.json'), join(dir, 'teipress.config.json'));
  return dir;
}

/** The same commands through one entry point, in its own copy of the edition: outputs and the files left. */
async function session(entry: string): Promise<unknown> {
  const dir = edition();
  const runs = [];
  for (const args of [['--version'], ['--help'], ['convert', '--help'], ['frobnicate'], ['convert', 'transcripts/letter.txt', '--out-dir', 'out', '--report'], ['convert', 'transcripts/letter.txt', '--out-dir', '-'], ['validate', 'out/letter.xml', '--no-tei-all'], ['validate', 'missing.xml'], ['build', '--no-pdf', '--no-tei-all']]) runs.push(await run(entry, args, dir));
  return { runs, files: snapshot(dir, (rel) => rel.startsWith('.teipress')) };
}

describe("the package's bin", () => {
  it('is the bundled command line, not the modules tsc wrote', () => {
    expect([pkg.bin.teipress, readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')]).toEqual(['lib/bin/cli.js', true]);
  });

  it('gives the same output, exit codes and files as lib/cli.js for each kind of command', async () => {
    const [bundled, plain] = [await session(bin), await session(modules)];
    expect(bundled).toEqual(plain);
    expect((plain as { runs: { code: number }[] }).runs.map((r) => r.code)).toEqual([0, 0, 0, 2, 0, 0, 0, 1, 0]);
  }, 600_000);
});

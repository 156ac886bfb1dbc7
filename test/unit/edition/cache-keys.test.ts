import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../../src/edition/build.js';
import type { ToolFingerprints } from '../../../src/edition/fingerprint.js';

type Stage = 'convert' | 'validate' | 'render' | 'record';
const STAGES: readonly Stage[] = ['convert', 'validate', 'render', 'record'];

/** Each document's key per stage, from the cache records of the last build. */
function keys(dir: string): Record<string, Record<Stage, string>> {
  const docs = join(dir, '.teipress/cache/docs');
  return Object.fromEntries(readdirSync(docs).filter((n) => n.endsWith('.json')).map((n) => {
    const r = JSON.parse(readFileSync(join(docs, n), 'utf8')) as Record<Stage, { key: string } | undefined>;
    return [n.replace(/\.json$/u, ''), Object.fromEntries(STAGES.map((s) => [s, r[s]?.key ?? ''])) as Record<Stage, string>];
  }));
}

/** Per document, the stages whose key changed. */
function changed(before: ReturnType<typeof keys>, after: ReturnType<typeof keys>): Record<string, Stage[]> {
  return Object.fromEntries(Object.keys(after).sort().map((id) => [id, STAGES.filter((s) => before[id]?.[s] !== after[id]?.[s])]));
}

const letter = (body: string) => `Dear Sir:\n\n${body}\n\nSincerely yours,\n\nA. Clerk\n`;

describe('the build cache', () => {
  it('is invalidated by each of its key components, and by nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipress-keys-'));
    mkdirSync(join(dir, 'transcripts'));
    writeFileSync(join(dir, 'transcripts/a.txt'), letter('The parcel came on Monday.'));
    writeFileSync(join(dir, 'transcripts/b.txt'), letter('The second parcel came on Tuesday.'));
    let tool: ToolFingerprints = { code: 'c1', stylesheets: 's1', resources: 'r1', schemas: 'x1' };
    const run = async (): Promise<ReturnType<typeof keys>> => {
      const s = await build(dir, { targets: ['text'], teiAll: false, tool, buildDate: '2024-01-01' });
      expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      return keys(dir);
    };
    let last = await run();
    const step = async (change: () => void): Promise<Record<string, Stage[]>> => {
      change();
      const now = await run();
      const diff = changed(last, now);
      last = now;
      return diff;
    };
    expect(await step(() => undefined)).toEqual({ a: [], b: [] });
    expect(await step(() => writeFileSync(join(dir, 'transcripts/a.txt'), letter('The parcel came on Friday.')))).toEqual({ a: ['convert', 'validate', 'render', 'record'], b: [] });
    expect(await step(() => writeFileSync(join(dir, 'transcripts/b.meta.json'), JSON.stringify({ title: 'The second parcel' })))).toEqual({ a: [], b: ['convert', 'validate', 'render', 'record'] });
    expect((await step(() => writeFileSync(join(dir, 'teipress.config.json'), JSON.stringify({ profile: 'uk-government-20c' })))).a).toContain('convert');
    expect(await step(() => (tool = { ...tool, stylesheets: 's2' }))).toEqual({ a: ['render'], b: ['render'] });
    expect(await step(() => (tool = { ...tool, resources: 'r2' }))).toEqual({ a: ['render'], b: ['render'] });
    expect(await step(() => (tool = { ...tool, schemas: 'x2' }))).toEqual({ a: ['validate'], b: ['validate'] });
    expect(await step(() => (tool = { ...tool, code: 'c2' }))).toEqual({ a: ['convert', 'validate', 'render', 'record'], b: ['convert', 'validate', 'render', 'record'] });
  }, 240_000);
});

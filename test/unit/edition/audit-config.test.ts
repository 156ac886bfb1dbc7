import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/edition/config.js';
import { preflight } from '../../../src/edition/preflight.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'teipress-audit-config-'));

/** The folder settings a config of these folder values gives, and the rules of its diagnostics. */
async function folders(settings: Record<string, string>): Promise<{ transcripts: string; tei: string; dist: string; rules: string[] }> {
  const dir = tmp();
  writeFileSync(join(dir, 'teipress.config.json'), JSON.stringify(settings));
  const { config, diagnostics } = await loadConfig(dir);
  return { transcripts: config.transcripts, tei: config.tei, dist: config.dist, rules: diagnostics.map((d) => d.rule) };
}

describe('folder settings written with a trailing slash', () => {
  it('name the folder itself: "site/" is "site", for each of the three settings', async () => {
    expect(await folders({ transcripts: 'in/', tei: 'xml/', dist: 'out/site/' })).toEqual({ transcripts: 'in', tei: 'xml', dist: 'out/site', rules: [] });
  });

  it('give the build the folder paths of the names without the slash, so dist\'s fresh folder is made beside it', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'transcripts'));
    writeFileSync(join(dir, 'teipress.config.json'), '{ "dist": "site/", "tei": "tei/" }');
    const pre = await preflight(dir);
    expect({ folders: pre.folders, ds: pre.diagnostics }).toEqual({ folders: { transcripts: join(dir, 'transcripts'), tei: join(dir, 'tei'), dist: join(dir, 'site') }, ds: [] });
    expect(`${pre.folders?.dist}.tmp-1`).toBe(join(dir, 'site.tmp-1'));
    expect(readdirSync(dir).sort()).toEqual(['teipress.config.json', 'transcripts']);
  });

  it('keep every other spelling as written, for the folder checks to refuse: a doubled slash, "/", "./", a dot segment', async () => {
    expect(await folders({ transcripts: 'in//', tei: '/', dist: './' })).toEqual({ transcripts: 'in//', tei: '/', dist: '.', rules: [] });
    const dir = tmp();
    writeFileSync(join(dir, 'teipress.config.json'), '{\n  "dist": "site//",\n  "tei": "/"\n}\n');
    const pre = await preflight(dir);
    expect({ folders: pre.folders, ds: pre.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`) }).toEqual({ folders: undefined, ds: ['3:10 build/config', '2:11 build/config'] });
  });
});

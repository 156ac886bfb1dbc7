import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, teipress } from './helpers.js';

const LETTER = 'Dear Sir:\n\nThe parcel came on Tuesday.\n\nSincerely yours,\n\nA. Clerk\n';

function edition(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-lookup-'));
  mkdirSync(join(dir, 'transcripts'));
  writeFileSync(join(dir, 'transcripts/a.txt'), LETTER);
  writeFileSync(join(dir, 'teipress.config.json'), JSON.stringify(config));
  return dir;
}

describe('finding the config', () => {
  it('builds the edition whose config is nearest above the working folder when no folder is given', async () => {
    const dir = edition({ publisher: 'Found Above' });
    const r = await teipress(['build', '--no-pdf', '--no-tei-all'], join(dir, 'transcripts'));
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'tei/a.xml'), 'utf8')).toContain('<publisher>Found Above</publisher>');
    expect(existsSync(join(dir, 'transcripts/dist'))).toBe(false);
  });

  it('uses the file named by --config for build and convert', async () => {
    const dir = edition({ publisher: 'Own' });
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ publisher: 'Other', dist: 'site' }));
    const b = await teipress(['build', '.', '--config', 'other.json', '--no-pdf', '--no-tei-all'], dir);
    expect({ code: b.code, site: existsSync(join(dir, 'site/index.html')), dist: existsSync(join(dir, 'dist')) }).toEqual({ code: 0, site: true, dist: false });
    const c = await teipress(['convert', 'transcripts/a.txt', '--config', 'other.json', '--out-dir', '-'], dir);
    expect(c.stdout).toContain('<publisher>Other</publisher>');
  });

  it('reports a --config file that does not exist, exit 1, and builds nothing', async () => {
    const dir = edition({});
    const r = await teipress(['build', '.', '--config', 'missing.json', '--no-pdf', '--format', 'json'], dir);
    expect({ code: r.code, ds: brief(r.stderr), tei: existsSync(join(dir, 'tei')) }).toEqual({ code: 1, ds: ['missing.json:1:1 error build/config'], tei: false });
  });
});

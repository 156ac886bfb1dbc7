// Issue 7, item 1: folder settings written with a trailing slash ("site/") name the folder
// itself; a build writes its fresh dist beside it (site.tmp-PID), never inside it, and gives
// the same edition as the settings without the slash. A doubled slash is refused.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, snapshot, teipress } from './helpers.js';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
const args = ['build', '.', '--no-pdf', '--no-tei-all', '--format', 'json'];

/** An edition with one clean letter and one with an unclosed bracket (a warning naming its transcript). */
function edition(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipress-audit-folders-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in/letter.txt'), 'Dear Sir:\n\nThe parcel came on Tuesday.\n\nSincerely yours,\n\nA. Clerk\n');
  writeFileSync(join(dir, 'in/open.txt'), 'Dear Sir:\n\nThe parcel [came on Tuesday.\n\nSincerely yours,\n\nA. Clerk\n');
  writeFileSync(join(dir, 'teipress.config.json'), config);
  return dir;
}

describe('folder settings with a trailing slash', () => {
  it('build into the folders they name, twice, exactly as the settings without the slash do', async () => {
    const slash = edition('{ "transcripts": "in/", "tei": "xml/", "dist": "site/" }\n');
    const plain = edition('{ "transcripts": "in", "tei": "xml", "dist": "site" }\n');
    for (let run = 0; run < 2; run++) {
      const [a, b] = [await teipress(args, slash, env), await teipress(args, plain, env)];
      expect({ code: a.code, ds: brief(a.stderr) }).toEqual({ code: 0, ds: ['in/open.txt:3:12 warning convert/unbalanced-marker'] });
      expect({ code: b.code, ds: brief(b.stderr) }).toEqual({ code: 0, ds: ['in/open.txt:3:12 warning convert/unbalanced-marker'] });
      expect(readdirSync(slash).sort()).toEqual(['.teipress', 'in', 'site', 'teipress.config.json', 'xml']);
      expect(readdirSync(join(slash, 'site')).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
      expect({ tei: snapshot(join(slash, 'xml')), site: snapshot(join(slash, 'site')) }).toEqual({ tei: snapshot(join(plain, 'xml')), site: snapshot(join(plain, 'site')) });
    }
  }, 120_000);

  it('refuse a doubled slash at its place, exit 1, and write nothing', async () => {
    const dir = edition('{\n  "dist": "site//"\n}\n');
    const before = snapshot(dir);
    const r = await teipress(args, dir, env);
    expect({ code: r.code, ds: brief(r.stderr, `${dir}/`) }).toEqual({ code: 1, ds: ['teipress.config.json:2:11 error build/config'] });
    expect(snapshot(dir)).toEqual(before);
  });
});

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../../src/render/saxon-load.js';

describe('deferred', () => {
  it('loads nothing while the stand-in is only held', () => {
    let loads = 0;
    const stand = deferred(() => {
      loads++;
      return { get: () => 'got' };
    });
    expect(typeof stand).toBe('function');
    expect(loads).toBe(0);
  });

  it('loads the module once, at the first use, and forwards reads, calls and `in` to it', () => {
    let loads = 0;
    const real = Object.assign((a: number, b: number) => a + b, { get: (url: string) => `fetched ${url}`, version: '1.2.3' });
    const stand = deferred(() => {
      loads++;
      return real;
    }) as typeof real;
    expect(stand.get('https://example.org/a.xml')).toBe('fetched https://example.org/a.xml');
    expect(loads).toBe(1);
    expect([stand.version, 'version' in stand, 'missing' in stand, stand(2, 3)]).toEqual(['1.2.3', true, false, 5]);
    expect(loads).toBe(1);
  });
});

describe('saxon-js as the renderer loads it', () => {
  // A process of its own: the test runner's module cache may already hold axios from other files.
  const saxon = new URL('../../../lib/render/saxon.js', import.meta.url);
  const probe = `
    const { createRequire } = await import('node:module');
    const { transform } = await import(${JSON.stringify(saxon.href)});
    const before = Object.keys(createRequire(import.meta.url).cache).filter((k) => /[\\\\/]axios[\\\\/]/u.test(k)).length;
    const html = transform('tei-to-summary', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A note</title></titleStmt></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>');
    const SaxonJS = createRequire(${JSON.stringify(fileURLToPath(saxon))})('saxon-js');
    const after = Object.keys(createRequire(import.meta.url).cache).filter((k) => /[\\\\/]axios[\\\\/]/u.test(k)).length;
    console.log(JSON.stringify({ before, title: JSON.parse(html).title, plain: typeof SaxonJS.transform, after }));
  `;

  it('transforms without loading axios; a plain require of saxon-js still loads it', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { before: number; title: string; plain: string; after: number };
    expect(out.before).toBe(0);
    expect(out.title).toBe('A note');
    expect(out.plain).toBe('function');
    expect(out.after).toBeGreaterThan(0);
  });
});

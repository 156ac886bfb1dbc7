import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEditions } from '../../../src/render/index.js';

const xml = readFileSync(join(import.meta.dirname, '../../../tei/1962-11-06-kennedy-to-khrushchev.xml'), 'utf8');

describe('the site index order', () => {
  it('lists documents of the same date by name in code-point order, whatever the machine\'s locale', async () => {
    const ids = ['b', 'ä', 'B', 'a'];
    const r = await renderEditions(ids.map((id) => ({ id, file: `tei/${id}.xml`, xml })), { targets: ['html'], chromium: null });
    const index = r.files.find((f) => f.path === 'index.html')?.content;
    const order = [...String(index).matchAll(/href="html\/([^"./]+)\.html"/gu)].map((m) => decodeURIComponent(m[1] ?? ''));
    expect([...new Set(order)]).toEqual(['B', 'a', 'b', 'ä']);
  });
});

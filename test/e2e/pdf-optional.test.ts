/**
 * playwright-core is an optional dependency loaded only for PDFs: with it absent, rendering a
 * PDF still writes the print HTML and says why there is no PDF, exit 0, no stack trace.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repo, teipress } from './helpers.js';

// A module hook that makes `playwright-core` unresolvable, as in an install without optional
// dependencies; every other specifier resolves as usual.
const HIDE_PLAYWRIGHT = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  if (specifier === 'playwright-core') throw Object.assign(new Error('Cannot find package playwright-core'), { code: 'ERR_MODULE_NOT_FOUND' });
  return next(specifier, context);
}\`));
`)}`;

const out = mkdtempSync(join(tmpdir(), 'teipress-pdf-optional-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a PDF without playwright-core', () => {
  it('writes the print HTML, warns that the optional package is missing, and exits 0', async () => {
    const source = join(repo, 'test/fixtures/render/letter/input.xml');
    // TEIPRESS_CHROMIUM names an existing file, so the only thing missing is the driver.
    const env = { ...process.env, NODE_OPTIONS: `--import=${HIDE_PLAYWRIGHT}`, TEIPRESS_CHROMIUM: process.execPath };
    const run = await teipress(['render', source, '--to', 'pdf', '--out-dir', out], repo, env);
    expect({ code: run.code, stack: /\n\s+at /u.test(run.stderr) }).toEqual({ code: 0, stack: false });
    expect(run.stderr).toContain('warning: The optional package playwright-core is not installed (npm install playwright-core), so no PDF was made for 1 document(s); the print HTML is written. [render/pdf-unavailable]');
    expect(readdirSync(join(out, 'print')).filter((f) => f.endsWith('.html'))).toEqual(['input.html']);
    expect(readdirSync(out).includes('pdf')).toBe(false);
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../../src/convert/index.js';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';

const root = join(import.meta.dirname, '../../fixtures/convert');
const update = process.env.UPDATE === '1';

/** Golden fixtures: input.txt (+ input.meta.json) → expected.xml and expected.diagnostics.txt. */
describe('conversion fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(`converts ${name} to its expected TEI and diagnostics`, () => {
      const dir = join(root, name);
      const metaPath = join(dir, 'input.meta.json');
      const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
      const r = convertBytes(readFileSync(join(dir, 'input.txt')), { file: 'input.txt', meta });
      const xml = r.xml ?? '';
      const diags = r.diagnostics.map(formatDiagnostic).join('\n') + '\n';
      if (update) {
        writeFileSync(join(dir, 'expected.xml'), xml);
        writeFileSync(join(dir, 'expected.diagnostics.txt'), diags);
      }
      expect(xml).toBe(readFileSync(join(dir, 'expected.xml'), 'utf8'));
      expect(diags).toBe(readFileSync(join(dir, 'expected.diagnostics.txt'), 'utf8'));
    });
  }
});

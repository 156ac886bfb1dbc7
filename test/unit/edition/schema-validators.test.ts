import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNow, compiledPath, precompiledValidator, SCHEMA_NAMES } from '../../../src/edition/schema-validators.js';

const BAD_CONFIGS: readonly unknown[] = [
  { titel: 'x' },
  { pageSize: 'a5', dist: 3 },
  { profile: { stamps: [{ patterns: [3] }] }, deposit: { url: 5 } },
  { licence: { name: '' } },
  [],
];
const BAD_SIDECARS: readonly unknown[] = [{ date: 5 }, { unknownKey: true }, 'text'];

const built = existsSync(compiledPath('teipress.config.schema.json'));

describe.skipIf(!built)('the validators the build compiles (needs `npm run build`)', () => {
  it('give the same verdicts and errors as Ajv compiling the schema now', () => {
    for (const name of SCHEMA_NAMES) {
      const ahead = precompiledValidator(name);
      const now = compileNow(name);
      expect(ahead).toBeDefined();
      for (const value of [...BAD_CONFIGS, ...BAD_SIDECARS, {}]) {
        const verdicts = [ahead?.(value), now(value)];
        expect(verdicts[0]).toEqual(verdicts[1]);
        expect(ahead?.errors ?? null).toEqual(now.errors ?? null);
      }
    }
  });

  it('are not used for a schema whose bytes differ from those they were compiled from', () => {
    expect(precompiledValidator('teipress.config.schema.json', '{"type": "object"}')).toBeUndefined();
  });
});

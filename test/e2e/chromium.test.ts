import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, skipChromium } from './chromium.js';

describe('the browser tests', () => {
  it.runIf(process.env['CI'] === 'true')('find Chromium in CI (CI=true), where they never skip', () => {
    expect({ chromium: CHROMIUM, present: existsSync(CHROMIUM), skipped: skipChromium }).toEqual({ chromium: CHROMIUM, present: true, skipped: false });
  });
});

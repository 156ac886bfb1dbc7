/** Where the browser tests find Chromium, and whether they may skip when it is missing. */
import { existsSync } from 'node:fs';

/** The Chromium binary: TEIPRESS_CHROMIUM, else Debian's. */
export const CHROMIUM = process.env['TEIPRESS_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * True when the browser tests are skipped: only on a developer's machine without Chromium. In CI
 * (`CI=true`) they always run, so a missing Chromium fails them instead of hiding them.
 */
export const skipChromium = !existsSync(CHROMIUM) && process.env['CI'] !== 'true';

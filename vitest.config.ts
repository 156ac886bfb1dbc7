import { defineConfig } from 'vitest/config';

// End-to-end tests start Node, Chromium and schema compilers: give them room, but bound them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The tests spawn the built CLI; a fresh PGlite archive takes seconds to initialise, more on a busy CI box.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

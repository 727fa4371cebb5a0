import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Generous: `check` runs every package's suite at once on two cores, and each opens PGlite stores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

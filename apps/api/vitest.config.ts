import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each test file starts its own in-memory PGlite and runs the migrations.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

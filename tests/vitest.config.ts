import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    // Real processes and a real browser: importing, starting the server and Chromium take
    // seconds each, much more on a loaded CI machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One server and one browser per flow; files in parallel would only compete for CPU.
    fileParallelism: false,
  },
});

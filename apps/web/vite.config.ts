import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // `dateline serve` shares its open store through core's module state, so the
  // SSR build must import the same @dateline/core instance rather than a bundled copy.
  ssr: { external: ['@dateline/core'] },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Route tests each start an in-memory PGlite and run the migrations.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

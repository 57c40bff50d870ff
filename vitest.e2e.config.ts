import { defineConfig } from 'vitest/config';

// The browser tier: the built extension (.output/chrome-mv3) in a real Chromium. One browser at a
// time — these machines have two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.output/test-results/e2e.json' },
  },
});

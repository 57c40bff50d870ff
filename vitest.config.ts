import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three fast tiers run by `npm run check`; the e2e tier (built extension in Chromium) has its own
// config, vitest.e2e.config.ts, because it needs `npm run build` first.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // CI sums these JSON reports into one "N passed, N failed" line for the whole run (.ci/run).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.output/test-results/check.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: { name: 'db', include: ['tests/db/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});

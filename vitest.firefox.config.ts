import { defineConfig } from 'vitest/config';

// The Firefox tier (DESIGN.md, "Test tiers"): the built extension (.output/firefox-mv3) in Debian's
// firefox-esr, driven by puppeteer-core over WebDriver BiDi. `npm run test:firefox` runs it alone,
// after `npm run build`. One browser at a time — these machines have two cores.
export default defineConfig({
  test: {
    name: 'firefox',
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.output/test-results/firefox.json' },
  },
});

import type { Plugin } from 'esbuild';
import { bundleForBrowser } from '../support/bundle';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md budget: the content-script bundle without the card UI stays under 100 kB minified. The
 * card (Preact views + floating-ui) is measured apart; it may load on first use.
 */
const stubCard: Plugin = {
  name: 'stub-card',
  setup(b) {
    b.onResolve({ filter: /components\/card\/card-host$/ }, () => ({ path: 'card-host', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const createCardHost = () => ({});',
    }));
  },
};

async function minifiedBytes(plugins: Plugin[]): Promise<number> {
  const code = await bundleForBrowser('entrypoints/content/index.ts', {
    minify: true,
    loader: { '.css': 'empty' }, // the highlight CSS ships as manifest CSS, outside the script
    plugins,
  });
  return Buffer.byteLength(code);
}

describe('content-script bundle', () => {
  it('is under 100 kB minified without the card UI', async () => {
    const withoutCard = await minifiedBytes([stubCard]);
    const whole = await minifiedBytes([]);
    expect(whole).toBeGreaterThan(withoutCard); // the stub really removed the card
    expect(withoutCard).toBeLessThan(100_000);
  }, 30_000);
});

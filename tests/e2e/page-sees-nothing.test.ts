/**
 * DESIGN.md, in-page contracts; issue 14: the page learns nothing it could not see anyway. A page
 * script that watches from before the extension starts sees no User Timing entry, no attribute or node
 * added, no global and no event from the extension once the page is annotated. The highlight registry
 * (`CSS.highlights`) is visible by the API's design: it is the one thing it does see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassMentions } from '../support/first-pass';
import { PAGE_WATCH } from '../support/page-watch';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

describe('what a page sees of the extension', () => {
  it('no User Timing entry, attribute, node, global or event — only the highlight registry', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(PAGE_WATCH);
    await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
    // The content script's own record (its isolated world, read over CDP) says the first pass is done.
    expect(await firstPassMentions(page)).toBeGreaterThan(3);
    const seen = (await page.evaluate(`(() => {
      const w = window.__pageWatch;
      const before = new Set(w.globals);
      return {
        entries: [...w.entries, ...performance.getEntriesByType('mark').map((e) => 'mark:' + e.name),
          ...performance.getEntriesByType('measure').map((e) => 'measure:' + e.name)],
        mutations: w.mutations,
        events: w.events,
        globals: Object.getOwnPropertyNames(window).filter((k) => !before.has(k) && k !== '__pageWatch'),
        highlights: ['topic', 'agency', 'standard'].map((k) => CSS.highlights.get('standards-lens-' + k)?.size ?? 0),
      };
    })()`)) as {
      entries: string[];
      mutations: string[];
      events: string[];
      globals: string[];
      highlights: number[];
    };
    expect(seen.highlights.reduce((a, b) => a + b, 0)).toBeGreaterThan(3); // annotated: the allowed signal
    expect(seen.entries).toEqual([]);
    expect(seen.mutations).toEqual([]);
    expect(seen.events).toEqual([]);
    expect(seen.globals).toEqual([]);
    await page.close();
  });
});

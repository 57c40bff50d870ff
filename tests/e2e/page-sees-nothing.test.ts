/**
 * DESIGN.md, in-page contracts; issue 14: the page learns nothing it could not see anyway. A page
 * script that watches from before the extension starts sees no User Timing entry, no attribute or node
 * added, no global and no event from the extension once the page is annotated. The highlight registry
 * (`CSS.highlights`) is visible by the API's design: it is the one thing it does see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassMentions } from '../support/first-pass';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

/** Installed before any other script of the page, in its main world. */
const WATCH = `(() => {
  const seen = { entries: [], mutations: [], events: [], globals: Object.getOwnPropertyNames(window) };
  Object.defineProperty(window, '__pageWatch', { value: seen });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.entries.push(e.entryType + ':' + e.name);
    }).observe({ entryTypes: ['mark', 'measure'] });
  } catch {}
  new MutationObserver((records) => {
    for (const r of records)
      seen.mutations.push(r.type + ':' + (r.attributeName || [...r.addedNodes].map((n) => n.nodeName).join(',')));
  }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
  const types = new Set(['message', 'messageerror']);
  for (const o of [window, Document.prototype, Element.prototype, HTMLElement.prototype])
    for (let p = o; p; p = Object.getPrototypeOf(p))
      for (const k of Object.getOwnPropertyNames(p)) if (k.startsWith('on')) types.add(k.slice(2));
  for (const type of types)
    window.addEventListener(type, (e) => {
      if (!e.isTrusted || type === 'message' || type === 'messageerror') seen.events.push(type);
    }, true);
  // The page's own parse adds nodes: only what happens after it counts.
  document.addEventListener('DOMContentLoaded', () => { seen.mutations.length = 0; });
})();`;

describe('what a page sees of the extension', () => {
  it('no User Timing entry, attribute, node, global or event — only the highlight registry', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(WATCH);
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

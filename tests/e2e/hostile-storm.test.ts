/**
 * Hostile pages, a mutation storm (issue 14): the page edits itself 1,000 times a second for 10 s.
 * The page measures itself — how many of its 10 ms timer ticks ran, and its long tasks (over 50 ms,
 * PerformanceObserver `longtask`) — once where the extension runs and once, in the same browser run,
 * on a site where it does not; the extension must add no long task and must not starve the timer.
 * Compared within the run, never against an absolute time. Afterwards the highlights match the text
 * the storm left (the observer caught up), and nothing escaped to the console.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, OTHER_ORIGIN, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone } from '../support/first-pass';
import { highlightedTexts } from '../support/page-probes';

const STORM_MS = 10_000;

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

interface Storm {
  ticks: number;
  n: number;
  long: number[];
}

async function storm(origin: string): Promise<{ page: Page; result: Storm; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/hostile-storm.html`);
  if (origin === TEST_ORIGIN) await firstPassDone(page);
  const result = await page.evaluate(
    (ms) => (window as unknown as { __storm(ms: number): Promise<Storm> }).__storm(ms),
    STORM_MS,
  );
  return { page, result, errors };
}

describe('a mutation storm (1,000 edits a second for 10 s)', () => {
  it('keeps the page’s own timer on time and adds no long task; the highlights then match the text', async () => {
    // Without the extension first (its page closed before the next starts: one storm at a time).
    const off = await storm(OTHER_ORIGIN);
    expect(await highlightedTexts(off.page)).toEqual({ topic: [], agency: [], standard: [] });
    await off.page.close();
    const on = await storm(TEST_ORIGIN);
    // The page's timer keeps ticking: at least 40 % as often as without the extension. Measured here:
    // 55–65 %. The rest is the renderer re-validating and painting thousands of highlights on nodes
    // that change every frame — with the highlights hidden (Alt+Shift+H) the same storm ticked as
    // often as without the extension; spacing the annotator's flushes 2 s apart did not change it.
    expect(on.result.ticks).toBeGreaterThanOrEqual(Math.floor(off.result.ticks * 0.4));
    // No long task beyond what the page had on its own: over 1.5× the longest task of the run without
    // the extension (or of 50 ms, the long-task line, when it had none) — the margin absorbs a
    // shared machine's noise, which stretches any task by a few milliseconds.
    const ceiling = 1.5 * Math.max(50, ...off.result.long);
    expect(on.result.long.filter((d) => d > ceiling)).toEqual([]);
    // Caught up: every paragraph's terms are highlighted as the storm left them.
    const expected = await on.page.evaluate(() => {
      let topic = 0;
      let agency = 0;
      for (const p of document.querySelectorAll('#live p')) {
        topic += (p.textContent!.match(/碳足迹/g) ?? []).length;
        agency += (p.textContent!.match(/工业和信息化部/g) ?? []).length;
      }
      return { topic, agency };
    });
    // Within the back-off after the last edit (≥ 250 ms, and 4× a flush's cost: seconds on a busy machine).
    await expect
      .poll(
        async () => {
          const t = await highlightedTexts(on.page);
          return {
            topic: t.topic.filter((x) => x.endsWith('碳足迹')).length,
            agency: t.agency.length,
          };
        },
        { timeout: 15_000, interval: 250 },
      )
      .toEqual(expected);
    expect([...off.errors, ...on.errors]).toEqual([]);
    await on.page.close();
  }, 60_000);
});

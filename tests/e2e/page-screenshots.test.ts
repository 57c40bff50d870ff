import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClipDb } from '../../bench/anchoring-db';
import { libraryWithNeedles } from '../support/library-clips';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { settledHighlights } from '../support/page-probes';

/**
 * Each extension page as a reader of each UI language sees it (issue 12: "screenshots of each page in
 * zh-CN and en"): the toolbar popup for an annotated government page, the options page, the plan
 * browser (outline and an agency view) and the clip library with clips, written to
 * .output/test-artifacts/<page>-<locale>.png. Every shot first waits for the page's own content and
 * checks that it is in the reader's language, so a blank or untranslated page fails here rather than
 * being photographed.
 */
declare const chrome: { tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> } };

const SHOTS = '.output/test-artifacts';

describe.each([
  {
    locale: 'zh-CN',
    planTitle: '标准透镜 · 计划浏览',
    clipsTitle: '标准透镜 · 摘录库',
    optionsWord: '卡片语言',
  },
  {
    locale: 'en',
    planTitle: 'Standards Lens · Plan browser',
    clipsTitle: 'Standards Lens · Clip library',
    optionsWord: 'Card language',
  },
])('every extension page in $locale', ({ locale, planTitle, clipsTitle, optionsWord }) => {
  let session: ExtensionSession;
  let page: Page;
  const url = (path: string) => `chrome-extension://${session.extensionId}/${path}`;
  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}-${locale}.png`, fullPage: false });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ locale });
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the popup of an annotated government page', async () => {
    const policy = await session.context.newPage();
    await policy.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
    await settledHighlights(policy);
    const tabId = await session.serviceWorker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!,
      `${TEST_ORIGIN}/policy-zh-hans.html`,
    );
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(url(`popup.html?tab=${tabId}`));
    await page.locator('[data-coverage-item]').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toMatch(locale === 'en' ? /^en/ : /^zh/);
    await shot('popup');
    await page.setViewportSize({ width: 1100, height: 800 });
    await policy.close();
  });

  it('the options page', async () => {
    await page.goto(url('options.html'));
    await page.getByLabel(optionsWord).waitFor();
    await shot('options');
  });

  it('the plan browser: the outline and an agency', async () => {
    await page.goto(url('plan.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe(planTitle);
    await page.locator('section[data-item-no]').first().waitFor();
    await shot('plan-outline');
    await page.goto(url('plan.html#agency-miit'));
    await page.locator('#agency-miit').waitFor();
    await shot('plan-agency');
  });

  it('the clip library with clips', async () => {
    const db = await openClipDb(session);
    await db.replace(libraryWithNeedles(12).clips);
    await db.close();
    await page.goto(url('clips.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe(clipsTitle);
    // The list is windowed: the clips in view are rendered, not all twelve.
    await page.locator('article[data-clip-id]').first().waitFor();
    // Tall enough to show the first clips under the search, filters and evidence grid.
    await page.setViewportSize({ width: 1100, height: 1400 });
    await shot('clips');
    await page.setViewportSize({ width: 1100, height: 800 });
  });
});

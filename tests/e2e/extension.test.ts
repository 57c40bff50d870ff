import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, OTHER_ORIGIN, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { canScript, openTab, registeredScripts } from '../support/site-access';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('starts its service worker', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.serviceWorker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  });

  it('runs the content script on a default government origin', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/basic-zh-hans.html`);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('standards-lens-topic')?.size ?? 0), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    await page.close();
  });

  it('does not run on other sites unless enabled', async () => {
    const { page, tabId } = await openTab(session, `${OTHER_ORIGIN}/basic-zh-hans.html`);
    // Nothing may run there, as the browser says (no registration, no host access: a content script
    // needs the same access as executeScript) — so the empty registry below is not a matter of timing.
    expect(await registeredScripts(session)).toEqual([]);
    expect(await canScript(session, tabId)).toBe(false);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await page.close();
  });

  it.each([
    ['popup.html', '标准透镜'],
    ['options.html', '标准透镜 · 设置'],
    ['plan.html', '标准透镜 · 计划浏览'],
    ['clips.html', '标准透镜 · 摘录库'],
  ])('renders %s with its localized title', async (path, title) => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    expect(await page.title()).toBe(title);
    if (path === 'popup.html') {
      mkdirSync('.output/test-artifacts', { recursive: true });
      await page.setViewportSize({ width: 380, height: 240 });
      await page.screenshot({ path: '.output/test-artifacts/popup.png' });
    }
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/extension';

// The UI follows the browser's language: zh_CN (default), zh_TW, en.
describe.each([
  ['zh-TW', '標準透鏡 · 計劃瀏覽', '標準透鏡 · 摘錄庫'],
  ['en-US', 'Standards Lens · Plan browser', 'Standards Lens · Clip library'],
])('extension pages in %s', (locale, planTitle, clipsTitle) => {
  it('show localized titles', async () => {
    const session = await launchWithExtension({ locale });
    try {
      const page = await session.context.newPage();
      for (const [path, title] of [
        ['plan.html', planTitle],
        ['clips.html', clipsTitle],
      ] as const) {
        await page.goto(`chrome-extension://${session.extensionId}/${path}`);
        await expect.poll(() => page.locator('h1').textContent()).toBe(title);
      }
    } finally {
      await session.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { highlightedTexts, settledHighlights } from '../support/page-probes';
import { answeredPageState, forgetPageStates } from '../support/page-state';

/** The slice of the extension API these tests call inside the service worker. */
declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

async function tabIdOf(url: string): Promise<number> {
  return session.serviceWorker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u });
    return tabs[0]!.id!;
  }, url);
}

describe('toolbar popup, badge and per-site switch', () => {
  it('shows the page summary and the badge counts the mentions', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
    const got = await settledHighlights(page);
    const total = got.topic.length + got.agency.length + got.standard.length;
    const tabId = await tabIdOf(`${TEST_ORIGIN}/policy-zh-hans.html`);
    await expect
      .poll(() => session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe(String(total));

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('#summary-heading').textContent()).toBe(`本页提及：${total}`);
    expect(await popup.locator('.reason').first().textContent()).toBe('政府网站，默认启用');
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.screenshot({ path: '.output/test-artifacts/popup-summary.png' });
    await popup.close();
    await page.close();
  });

  it('switches a default site off and on again', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/policy-en.html`);
    await settledHighlights(page);
    const tabId = await tabIdOf(`${TEST_ORIGIN}/policy-en.html`);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const siteSwitch = popup.getByLabel('在此网站启用');
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    await siteSwitch.click();
    await expect.poll(() => popup.locator('.reason').first().textContent()).toBe('你已在此网站关闭');

    // Dark because the reloaded page asked and was told no — not because nothing came for a while.
    await forgetPageStates(session, tabId);
    await page.reload();
    expect(await answeredPageState(session, tabId, page.url())).toMatchObject({
      enabled: false,
      reason: 'user-disabled',
    });
    expect(await highlightedTexts(page)).toEqual({ topic: [], agency: [], standard: [] });

    await siteSwitch.click();
    await expect.poll(() => popup.locator('.reason').first().textContent()).toBe('政府网站，默认启用');
    await page.reload();
    expect((await settledHighlights(page)).agency.length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('pauses everywhere', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const pause = popup.getByLabel('暂停标准透镜（所有网站）');
    await pause.click();
    await expect.poll(() => pause.isChecked()).toBe(true);
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
    const tabId = await tabIdOf(page.url());
    expect(await answeredPageState(session, tabId, page.url())).toMatchObject({
      enabled: false,
      reason: 'paused',
    });
    expect(await highlightedTexts(page)).toEqual({ topic: [], agency: [], standard: [] });
    await pause.click();
    await expect.poll(() => pause.isChecked()).toBe(false);
    await page.reload();
    expect((await settledHighlights(page)).topic.length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

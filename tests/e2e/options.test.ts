import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, OTHER_ORIGIN, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { allowSiteInExtensionsPage, hasHostPermission, registeredScripts } from '../support/site-access';
import { highlightedTexts, pointOf, settledHighlights, waitForCard } from '../support/page-probes';

declare const chrome: {
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> };
};

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

describe('options page', () => {
  it('sets the card language, which the next page load uses', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByLabel('卡片语言').selectOption('en');
    await expect.poll(() => options.locator('.notice').textContent()).toBe('已保存。刷新页面后生效。');

    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
    await settledHighlights(page);
    const p = await pointOf(page, '#intro', '集成电路');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    expect(card.texts).toContain('integrated circuit');
    expect(card.texts.join('|')).toContain('Lead');

    await options.reload();
    expect(await options.getByLabel('卡片语言').inputValue()).toBe('en');
    await options.getByLabel('卡片语言').selectOption('auto');
    await page.close();
    await options.close();
  });

  it('lists the default domains and a site the user enabled; removing it drops permission and script', async () => {
    const host = new URL(OTHER_ORIGIN).hostname;
    const pattern = `*://${host}/*`;
    await allowSiteInExtensionsPage(session, pattern);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    // Switch the site on as the popup does: the permission request needs a user gesture (a trusted
    // click on a button added for the test), then the site service registers the script.
    await options.evaluate(
      ([p, origin]) => {
        const button = document.body.appendChild(document.createElement('button'));
        button.id = 'enable-for-test';
        button.textContent = 'enable';
        button.onclick = async () => {
          const granted = await chrome.permissions.request({ origins: [p] });
          const answer = await chrome.runtime.sendMessage({
            channel: 'standards-lens/page-to-background',
            type: 'setSiteEnabled',
            payload: { origin, enabled: true },
          });
          button.dataset.done = JSON.stringify({ granted, ok: answer.ok });
        };
      },
      [pattern, OTHER_ORIGIN] as const,
    );
    await options.click('#enable-for-test');
    await expect
      .poll(() => options.getAttribute('#enable-for-test', 'data-done'))
      .toBe('{"granted":true,"ok":true}');
    expect(await hasHostPermission(session, pattern)).toBe(true);
    expect((await registeredScripts(session)).map((s) => s.id)).toContain(`site:${host}`);

    await options.reload();
    expect(await options.getByRole('checkbox', { name: '*.gov.cn' }).isChecked()).toBe(true);
    const item = options.locator(`.user-sites li[data-origin="${OTHER_ORIGIN}"]`);
    await expect.poll(() => item.locator('.reason').textContent()).toBe('你已在此网站启用');
    await options.getByRole('button', { name: `移除 ${host}` }).click();
    await expect.poll(() => item.count()).toBe(0);
    expect(await options.locator('.empty').textContent()).toBeTruthy();
    expect(await hasHostPermission(session, pattern)).toBe(false);
    expect((await registeredScripts(session)).map((s) => s.id)).not.toContain(`site:${host}`);
    await options.close();
  });

  it('switching a kind off takes its highlights off an open page at once, and back on', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
    const before = await settledHighlights(page);
    expect(before.topic.length).toBeGreaterThan(0);
    expect(before.agency.length).toBeGreaterThan(0);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const topics = options.getByRole('checkbox', { name: '主题' });
    expect(await topics.isChecked()).toBe(true);
    await topics.uncheck();
    await expect.poll(() => options.locator('.notice').textContent()).toBe('已保存。已打开的页面立即生效。');
    await expect.poll(async () => (await highlightedTexts(page)).topic.length).toBe(0);
    expect((await highlightedTexts(page)).agency).toEqual(before.agency);
    // A page loaded now starts without them too.
    await page.reload();
    const reloaded = await settledHighlights(page);
    expect(reloaded.topic).toEqual([]);
    expect(reloaded.agency).toEqual(before.agency);

    await options.reload();
    await options.getByRole('checkbox', { name: '主题' }).check();
    await expect.poll(async () => (await highlightedTexts(page)).topic).toEqual(before.topic);
    await page.close();
    await options.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { pointOf, settledHighlights, waitForCard } from '../support/page-probes';

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
});

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, OTHER_ORIGIN, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { allowSiteInExtensionsPage, hasHostPermission, registeredScripts } from '../support/site-access';
import {
  highlightedTexts,
  pointOf,
  readCard,
  settledHighlights,
  waitForCard,
  waitForNoCard,
} from '../support/page-probes';

const LIVE = '已保存。已打开的页面立即生效。';

declare const chrome: {
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> };
};

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  mkdirSync('.output/test-artifacts', { recursive: true });
});

async function openOptions(): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('.my-agency').waitFor(); // the settings and the agencies have arrived
  return options;
}

async function openPolicy(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
  await settledHighlights(page);
  return page;
}

/** Rests the pointer on a term of the (front) page and reads the card that opens. */
async function hoverCard(page: Page, selector: string, term: string) {
  await page.bringToFront(); // a background tab gets no animation frames
  await page.mouse.move(5, 880);
  await waitForNoCard(session.context, page);
  const p = await pointOf(page, selector, term);
  await page.mouse.move(p.x, p.y);
  return waitForCard(session.context, page);
}

/**
 * Waits, on the page's own clock, until a card resting `ms` would have opened: the delay, a margin for
 * a late timer, then two animation frames (the hover is sampled per frame, the card placed in one).
 */
async function pageTimePassed(page: Page, ms: number) {
  await page.evaluate(
    (ms) =>
      new Promise<void>((done) => {
        const until = performance.now() + ms;
        const tick = () =>
          performance.now() >= until
            ? requestAnimationFrame(() => requestAnimationFrame(() => done()))
            : requestAnimationFrame(tick);
        tick();
      }),
    ms,
  );
}
afterAll(async () => {
  await session?.close();
});

describe('options page', () => {
  it('sets the card language, which an open page’s next card uses without a reload', async () => {
    const page = await openPolicy();
    const before = await hoverCard(page, '#intro', '集成电路');
    expect(before.texts.join('|')).toContain('牵头部门');

    const options = await openOptions();
    await options.getByLabel('卡片语言').selectOption('en');
    await expect.poll(() => options.locator('.notice').textContent()).toBe(LIVE);

    // The same page, not reloaded: the same mention's card is English now.
    const card = await hoverCard(page, '#intro', '集成电路');
    expect(card.texts).toContain('integrated circuit');
    expect(card.texts.join('|')).toContain('Lead');

    // A page loaded now starts with it too.
    await page.reload();
    await settledHighlights(page);
    expect((await hoverCard(page, '#intro', '集成电路')).texts).toContain('integrated circuit');

    await options.reload();
    expect(await options.getByLabel('卡片语言').inputValue()).toBe('en');
    await options.getByLabel('卡片语言').selectOption('auto');
    await expect.poll(() => options.locator('.notice').textContent()).toBe(LIVE);
    await page.close();
    await options.close();
  });

  it('opens cards only while Alt is held once the reader asks for that, on pages already open', async () => {
    const page = await openPolicy();
    const options = await openOptions();
    await options.getByRole('radio', { name: '仅在按住 Alt（⌥ Option）键时' }).check();
    await expect.poll(() => options.locator('.notice').textContent()).toBe(LIVE);

    // A rest on a mention without Alt: once the delay (300 ms) has long passed on the page's clock,
    // still no card…
    await page.bringToFront();
    const p = await pointOf(page, '#intro', '集成电路');
    await page.mouse.move(p.x, p.y);
    await pageTimePassed(page, 300 + 300);
    expect(await readCard(session.context, page)).toBeNull();
    // …and Alt pressed while the pointer rests there opens it (the control: the hover was seen).
    await page.keyboard.down('Alt');
    expect((await waitForCard(session.context, page)).name).toBe('集成电路');
    await page.keyboard.up('Alt');

    // Moving onto a mention with Alt held opens its card after the delay.
    await page.mouse.move(5, 880);
    await waitForNoCard(session.context, page);
    await page.keyboard.down('Alt');
    const q = await pointOf(page, '#intro', '工业和信息化部');
    await page.mouse.move(q.x, q.y);
    expect((await waitForCard(session.context, page)).name).toBe('工业和信息化部');
    await page.keyboard.up('Alt');
    await page.mouse.move(5, 880);
    await waitForNoCard(session.context, page);

    await options.getByRole('radio', { name: '鼠标停在提及上时' }).check();
    await expect.poll(() => options.locator('.notice').textContent()).toBe(LIVE);
    // Back to plain hover, again without a reload.
    expect((await hoverCard(page, '#intro', '集成电路')).name).toBe('集成电路');
    await page.close();
    await options.close();
  });

  it('marks my agency and the items it leads in the next card of an open page', async () => {
    const page = await openPolicy();
    const before = await hoverCard(page, '#intro', '集成电路');
    expect(before.texts).not.toContain('我的机构牵头');

    const options = await openOptions();
    const filter = options.getByLabel('筛选机构（名称、简称或英文缩写）');
    await filter.fill('工信部');
    await expect
      .poll(() => options.locator('#agency-matches').textContent())
      .toBe('匹配 1 个机构；按 Enter 选择第一个。');
    await filter.press('Enter');
    await expect.poll(() => options.locator('.chosen li').count()).toBe(1);
    expect(await options.locator('.chosen li').getAttribute('data-agency')).toBe('miit');
    await expect.poll(() => options.locator('.notice').textContent()).toBe(LIVE);
    await options.screenshot({ path: '.output/test-artifacts/options-zh-CN.png', fullPage: true });

    // Item (一) is led by MIIT among others: the entry says so, and MIIT's chip says it is mine.
    const card = await hoverCard(page, '#intro', '集成电路');
    expect(card.texts).toContain('我的机构牵头');
    // Nine leads: short chips, named in full (工业和信息化部——工信部), then said to be mine.
    expect(card.texts.filter((t) => t.endsWith('（我的机构）'))).toEqual([
      '工业和信息化部——工信部（我的机构）',
    ]);

    // Removed again (keyboard: the chip's button), the next card is plain.
    await options.bringToFront();
    await options.getByRole('button', { name: '移除 工业和信息化部' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('.chosen li').count()).toBe(0);
    await expect.poll(() => options.locator('.notice').textContent()).toBe(LIVE);
    const after = await hoverCard(page, '#intro', '集成电路');
    expect(after.texts).not.toContain('我的机构牵头');
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
    expect(await options.locator('.sites .empty').textContent()).toBeTruthy();
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
    await expect.poll(() => options.locator('.notice').textContent()).toBe(LIVE);
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

describe('options page in English', () => {
  let english: ExtensionSession;
  beforeAll(async () => {
    english = await launchWithExtension({ locale: 'en' });
  });
  afterAll(async () => {
    await english?.close();
  });

  it('is in English, its groups named, agencies by their English names', async () => {
    const options = await english.context.newPage();
    await options.goto(`chrome-extension://${english.extensionId}/options.html`);
    await options.locator('.my-agency').waitFor();
    expect(await options.locator('main > form > fieldset > legend').allTextContents()).toEqual([
      'General',
      'Cards',
      'Highlight on pages',
      'My agency',
      'Sites',
    ]);
    await options.getByLabel('Filter agencies (name, short name or acronym)').fill('miit');
    await options.getByRole('checkbox', { name: /Ministry of Industry and Information Technology/ }).check();
    await expect
      .poll(() => options.locator('.chosen li .chip-name').allTextContents())
      .toEqual(['Ministry of Industry and Information Technology']);
    await options.getByLabel('Filter agencies (name, short name or acronym)').fill('');
    await options.screenshot({ path: '.output/test-artifacts/options-en.png', fullPage: true });
    await options.close();
  });
});

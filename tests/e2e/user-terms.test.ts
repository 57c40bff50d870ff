import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { pointOf, settledHighlights, waitForCard } from '../support/page-probes';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations of the page, one line each (as tests/e2e/a11y.test.ts). */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes)}`);
  });
}

let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync('.output/test-artifacts', { recursive: true });
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

/**
 * A government page naming 虚拟电厂 (virtual power plant) — a word the shipped glossary lacks
 * (tests/unit/user-terms.test.ts checks that) — in both scripts, beside a glossary topic.
 */
const PAGE = `${TEST_ORIGIN}/user-term-page.html`;
const BODY = `<!doctype html><html lang="zh-CN"><body>
  <p id="p">加快发展虚拟电厂，推进产品碳足迹核算。</p>
  <p id="hant">香港亦研究虛擬電廠的標準。</p>
</body></html>`;

async function openPage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.route(PAGE, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: BODY }));
  await page.goto(PAGE);
  return page;
}

describe('your own terms', () => {
  it('a term added in options is highlighted after reload, opens a card with its item, and is gone once removed', async () => {
    const page = await openPage();
    const before = await settledHighlights(page);
    expect(before.topic).toEqual(['产品碳足迹']);

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const section = options.getByRole('region', { name: '我的词条' });
    await section.getByText('还没有添加词条。').waitFor();

    // A clash with the glossary is refused and named.
    await section.getByLabel('词条', { exact: true }).fill('碳足迹');
    await section.getByLabel('筛选任务').fill('碳达峰');
    await section.getByRole('checkbox', { name: /^\(九\)/ }).check();
    await section.getByRole('button', { name: '添加词条' }).click();
    await expect
      .poll(() => section.getByRole('alert').textContent())
      .toBe('“碳足迹”已是主题“碳足迹”（第 9 项）。');
    expect(await section.locator('.user-term-list li').count()).toBe(0);

    // A new word is taken.
    await section.getByLabel('词条', { exact: true }).fill('虚拟电厂');
    await section.getByLabel('别名', { exact: true }).fill('VPP、virtual power plant');
    await section.getByRole('button', { name: '添加词条' }).click();
    await expect
      .poll(() => section.getByRole('status').textContent())
      .toBe('已添加“虚拟电厂”。刷新网页后生效。');
    expect(await section.getByRole('alert').textContent()).toBe('');
    const entry = section.locator('.user-term-list > li');
    expect(await entry.locator('.user-term-name').textContent()).toBe('虚拟电厂');
    expect(await entry.locator('.user-term-items li').allTextContents()).toEqual([
      expect.stringMatching(/^\(九\) /),
    ]);
    await options.screenshot({ path: '.output/test-artifacts/options-user-terms.png', fullPage: true });
    // Stored, not just shown.
    await options.reload();
    await options.locator('.user-term-list .user-term-name').filter({ hasText: '虚拟电厂' }).waitFor();

    await page.reload();
    await expect
      .poll(async () => (await settledHighlights(page)).topic)
      .toEqual(['虚拟电厂', '产品碳足迹', '虛擬電廠']);
    const p = await pointOf(page, '#p', '虚拟电厂');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    expect(card.name).toBe('虚拟电厂');
    expect(card.texts.join('|')).toContain('(九)');
    expect(card.texts).toContain('我的词条');

    await options.getByRole('button', { name: '移除 虚拟电厂' }).click();
    await expect.poll(() => options.locator('.user-term-list li').count()).toBe(0);
    expect(await options.getByRole('status').last().textContent()).toBe('已移除“虚拟电厂”。刷新网页后生效。');
    // Focus goes somewhere useful: the term field, the list being empty.
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('user-term');

    await page.reload();
    await expect.poll(async () => (await settledHighlights(page)).topic).toEqual(['产品碳足迹']);
    await page.close();
    await options.close();
  });

  it('works from the keyboard alone, and the section passes axe in light and dark', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const section = options.getByRole('region', { name: '我的词条' });
    await section.getByText('还没有添加词条。').waitFor();
    await section.getByLabel('词条', { exact: true }).focus();
    await options.keyboard.type('需求响应');
    await options.keyboard.press('Tab'); // aliases
    await options.keyboard.press('Tab'); // the item filter
    await options.keyboard.type('12');
    await expect.poll(() => section.locator('.user-term-choices li').count()).toBe(1);
    await options.keyboard.press('Tab'); // item 12's checkbox
    await options.keyboard.press('Space');
    await options.keyboard.press('Tab'); // the add button
    await options.keyboard.press('Enter');
    await expect.poll(() => section.locator('.user-term-name').allTextContents()).toEqual(['需求响应']);
    expect(await section.locator('.user-term-items li').allTextContents()).toEqual([
      expect.stringMatching(/^\(十二\) /),
    ]);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('user-term');
    // A refusal on screen too: the alert is part of what is audited.
    await options.keyboard.type('工信部');
    await options.keyboard.press('Tab');
    await options.keyboard.press('Tab');
    await options.keyboard.type('12');
    await options.keyboard.press('Tab');
    await options.keyboard.press('Space');
    await options.keyboard.press('Tab');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => section.getByRole('alert').textContent())
      .toMatch(/^“工信部”已是部门“工业和信息化部”/);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await audit(options)).toEqual([]);
    }
    await section.getByRole('button', { name: '移除 需求响应' }).click();
    await expect.poll(() => section.locator('.user-term-list li').count()).toBe(0);
    await options.close();
  });
});

/**
 * Issue 10, "Standard codes that say which standard": in the built extension, a GB/T code printed
 * beside its 《title》 — and one in an announcement table row — opens a card that names the title and
 * the plan item of the topic the title names, before the items on that kind of standard. Read through
 * Chromium's accessibility tree: the card's shadow root is closed.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import {
  pointOf,
  settledHighlights,
  waitForCard,
  waitForNoCard,
  type CardView,
} from '../support/page-probes';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  mkdirSync('.output/test-artifacts', { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

/** What follows `heading` in the card's reading order, up to the next of `stops`. */
function after(card: CardView, heading: string, stops: string[]): string[] {
  const start = card.texts.indexOf(heading);
  if (start < 0) return [];
  const rest = card.texts.slice(start + 1);
  const end = rest.findIndex((t) => stops.includes(t));
  return end < 0 ? rest : rest.slice(0, end);
}

const HEADINGS = ['标准名称涉及的任务', '涉及此类标准的任务', '在全国标准信息公共服务平台查询 ↗'];

describe('a standard code with its title on the page', () => {
  it('names the 《title》 beside GB/T 24067-2024 and item (九) of 产品碳足迹, before the GB/T items', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/standard-titles.html`);
    await settledHighlights(page);

    const p = await pointOf(page, '#notice', 'GB/T 24067');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    await page.screenshot({ path: '.output/test-artifacts/card-standard-title.png' });
    expect(card.name).toBe('GB/T 24067-2024');
    expect(after(card, '标准名称', ['标准类别'])).toEqual(['温室气体 产品碳足迹 量化要求和指南']);
    const byTitle = after(card, '标准名称涉及的任务', HEADINGS);
    expect(byTitle[0]).toMatch(/^\(九\)/);
    expect(byTitle).toContain('（碳足迹）');
    const generic = after(card, '涉及此类标准的任务', HEADINGS);
    expect(generic.length).toBeGreaterThan(0);
    expect(generic.some((t) => t.startsWith('(九)'))).toBe(false);
    expect(card.texts.indexOf('标准名称涉及的任务')).toBeLessThan(card.texts.indexOf('涉及此类标准的任务'));

    // A code without a title beside it keeps the plain card.
    await page.mouse.move(5, 880);
    await waitForNoCard(session.context, page);
    const q = await pointOf(page, '#plain', 'GB/T 24001');
    await page.mouse.move(q.x, q.y);
    await expect.poll(async () => (await waitForCard(session.context, page)).name).toBe('GB/T 24001-2016');
    const plain = await waitForCard(session.context, page);
    expect(plain.texts).not.toContain('标准名称');
    expect(plain.texts).not.toContain('标准名称涉及的任务');
    expect(plain.texts).toContain('涉及此类标准的任务');
    await page.close();
  });

  it('reads the title from the next cell of an announcement table row', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/standard-titles.html`);
    await settledHighlights(page);
    const p = await pointOf(page, '#row-code', 'GB/T 36132');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    expect(card.name).toBe('GB/T 36132-2025');
    expect(after(card, '标准名称', ['标准类别'])).toEqual(['绿色工厂评价通则']);
    const byTitle = after(card, '标准名称涉及的任务', HEADINGS);
    expect(byTitle[0]).toMatch(/^\(十二\)/);
    expect(byTitle).toContain('（绿色工厂）');
    await page.close();
  });
});

/**
 * plan.html in the built extension (issue 12): the 35 items with their duties and targets; `#agency-miit`
 * links to exactly the items whose duty brackets name miit — expected from the bundled plan as
 * `npm run plan -- --json` prints it; a deep link `plan.html#item-9` brings item 9 into view, on load and
 * through history.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledPlan } from '../../lib/kb/plan-doc';
import { planToJson } from '../../lib/plan/plan-json';
import { launchWithExtension, type ExtensionSession } from '../support/extension';

const planJson = planToJson(loadBundledPlan(readFileSync('seeds/plan.zh-Hans.txt', 'utf8')));

/** Items whose brackets name the agency, as lead or partner. */
function itemsNaming(id: string): number[] {
  return planJson.items
    .filter((item) => item.duties.some((d) => d.leads.includes(id) || d.partners.includes(id)))
    .map((item) => item.no);
}

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

const url = (hash = '') => `chrome-extension://${session.extensionId}/plan.html${hash}`;

describe('plan browser', () => {
  it('shows the 35 items with their duties and targets', async () => {
    const page = await session.context.newPage();
    await page.goto(url());
    await page.locator('section[data-item-no]').first().waitFor();
    expect(await page.locator('section[data-item-no]').count()).toBe(35);
    for (const item of planJson.items) {
      const el = page.locator(`section[data-item-no="${item.no}"]`);
      expect(await el.getAttribute('id')).toBe(`item-${item.no}`);
      expect(await el.locator('dl.plan-duty').count(), `item ${item.no}`).toBe(item.duties.length);
      expect(await el.locator('[data-target]').count(), `item ${item.no}`).toBe(item.targets.length);
    }
    expect(planJson.items.reduce((n, i) => n + i.targets.length, 0)).toBeGreaterThan(0);
    await page.close();
  });

  it('#agency-miit lists exactly the items whose brackets name miit', async () => {
    const expected = itemsNaming('miit');
    expect(expected.length).toBeGreaterThan(3);
    const page = await session.context.newPage();
    await page.goto(url('#agency-miit'));
    const agency = page.locator('#agency-miit');
    await agency.waitFor();
    const hrefs = await agency.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => /#item-\d+$/.test(h))).toBe(true);
    const listed = [...new Set(hrefs.map((h) => Number(/#item-(\d+)$/.exec(h)![1])))].sort((a, b) => a - b);
    expect(listed).toEqual(expected);
    await expect.poll(() => agency.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(50);
    // Following a link goes to the item; Back returns to the agency.
    await agency.locator(`a[href$="#item-${expected[0]}"]`).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#item-${expected[0]}`);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#agency-miit');
    await expect
      .poll(() => agency.evaluate((el) => Math.abs(el.getBoundingClientRect().top)))
      .toBeLessThan(50);
    await page.close();
  });

  it('a deep link plan.html#item-9 shows item 9', async () => {
    const page = await session.context.newPage();
    await page.goto(url('#item-9'));
    const item = page.locator('#item-9');
    await item.waitFor();
    await expect.poll(() => item.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(50);
    expect(await item.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
    expect(await item.locator('h3').textContent()).toContain('(九)');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('item-9');
    // The script / language switch re-renders the same entries.
    await page.getByLabel('文字').selectOption('zh-Hant');
    await expect.poll(() => page.locator('#item-1 [data-role="leads"] dt').textContent()).toBe('牽頭部門');
    await page.getByLabel('文字').selectOption('en');
    const en = planJson.items.find((i) => i.no === 9)!.en!;
    await expect.poll(() => item.locator('h3').textContent()).toContain(en);
    expect(await page.locator('section[data-item-no]').count()).toBe(35);
    await page.close();
  });
});

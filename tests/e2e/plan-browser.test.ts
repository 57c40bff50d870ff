/**
 * plan.html in the built extension (issue 12): the 35 items with their duties and targets; `#agency-miit`
 * links to exactly the items whose duty brackets name miit — expected from the bundled plan as
 * `npm run plan -- --json` prints it; a deep link `plan.html#item-9` brings item 9 into view, on load and
 * through history. The search box (the page's first `input[type=search]`) lands 碳足迹, 碳足跡 and
 * carbon footprint on their topic and 工信部 on `#agency-miit`; the matrix moves focus with the arrow
 * keys; an item's clip count links to the library filtered by the item; "my agency" marks the items it
 * leads; printing an entry prints only it. Screenshots go to .output/test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClipDb } from '../../bench/anchoring-db';
import { loadBundledPlan } from '../../lib/kb/plan-doc';
import { planToJson } from '../../lib/plan/plan-json';
import { axeViolations } from '../support/axe-audit';
import { launchWithExtension, type ExtensionSession } from '../support/extension';
import { libraryWithNeedles } from '../support/library-clips';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };

const ARTIFACTS = '.output/test-artifacts';

const planJson = planToJson(loadBundledPlan(readFileSync('seeds/plan.zh-Hans.txt', 'utf8')));

/** Items whose brackets name the agency, as lead or partner. */
function itemsNaming(id: string): number[] {
  return planJson.items
    .filter((item) => item.duties.some((d) => d.leads.includes(id) || d.partners.includes(id)))
    .map((item) => item.no);
}

let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
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

/** Opens plan.html (at `hash`) once its entries are there. */
async function openPlan(hash = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url(hash));
  await page.locator('section[data-item-no]').first().waitFor();
  return page;
}

/** "My agency" as the options page sets it (settings.ui.myAgencies), from an extension page. */
function setMyAgencies(page: Page, ids: string[]) {
  return page.evaluate(
    (myAgencies) =>
      chrome.runtime.sendMessage({
        channel: 'standards-lens/page-to-background',
        type: 'updateSettings',
        payload: { ui: { myAgencies } },
      }),
    ids,
  );
}

/** The entry the page shows at the top of the viewport, as a reader sees it after following a link. */
async function expectShown(page: Page, hash: string) {
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
  const target = page.locator(hash);
  expect(await target.isVisible()).toBe(true);
  await expect
    .poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
    .toBeLessThan(50);
  expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(hash.slice(1));
}

describe('plan browser search', () => {
  it.each([
    ['碳足迹', '#topic-carbon-footprint'],
    ['碳足跡', '#topic-carbon-footprint'],
    ['carbon footprint', '#topic-carbon-footprint'],
    ['工信部', '#agency-miit'],
  ])('%s: the first result leads to %s', async (query, hash) => {
    const page = await openPlan();
    const box = page.locator('input[type=search]').first();
    expect(await box.getAttribute('id')).toBe('plan-search-input');
    await box.fill(query);
    const first = page.locator('.plan-search-results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(hash);
    await expect
      .poll(() => page.locator('.plan-search [role=status]').textContent())
      .toMatch(/^找到 \d+ 项$/);
    await first.click();
    await expectShown(page, hash);
    // The topic's own entry lists item (九), whose text names 碳足迹.
    if (hash === '#topic-carbon-footprint') {
      expect(await page.locator(`${hash} a[href$="#item-9"]`).count()).toBe(1);
    }
    await page.close();
  });

  it('works from the keyboard alone: type, ArrowDown, Enter', async () => {
    const page = await openPlan();
    await page.locator('input[type=search]').first().focus();
    await page.keyboard.type('6G');
    await page.locator('.plan-search-results a').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#topic-6g');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expectShown(page, '#topic-6g');
    await page.close();
  });
});

describe('plan browser views', () => {
  it('the matrix is a grid: arrow keys move focus, Enter opens the item', async () => {
    const page = await openPlan('#matrix');
    const grid = page.locator('#matrix table[role=grid]');
    await grid.waitFor();
    const agencies = new Set(
      planJson.items.flatMap((i) => i.duties.flatMap((d) => [...d.leads, ...d.partners])),
    );
    expect(await grid.locator('tbody tr').count()).toBe(agencies.size);
    await page.screenshot({ path: `${ARTIFACTS}/plan-browser-matrix-zh-CN.png` });
    // Tab reaches the grid's one tab stop (after the sort button).
    await page.locator('#matrix .plan-matrix-tools button').focus();
    await page.keyboard.press('Tab');
    const at = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return [el.dataset.r, el.dataset.c, el.getAttribute('aria-label') ?? el.textContent];
      });
    expect((await at()).slice(0, 2)).toEqual(['1', '0']);
    await page.keyboard.press('ArrowRight');
    expect((await at()).slice(0, 2)).toEqual(['1', '1']);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const [r, c, name] = await at();
    expect([r, c]).toEqual(['2', '2']);
    expect(name).toMatch(/ — \(一\) /);
    // Across to miit's row and item (一), which miit leads: Enter opens item 1.
    const miitRow = await grid
      .locator('tbody tr')
      .evaluateAll((rows) => rows.findIndex((row) => row.getAttribute('data-agency-row') === 'miit'));
    await page.locator(`#matrix [data-r="${miitRow + 1}"][data-c="2"]`).focus();
    expect((await at())[2]).toBe('工业和信息化部 — (一) 牵头');
    await page.keyboard.press('Enter');
    await expectShown(page, '#item-1');
    await page.close();
  });

  it('the targets table lists every target with a link to its item', async () => {
    const page = await openPlan('#targets');
    const all = planJson.items.flatMap((i) => i.targets.map(() => i.no));
    const links = await page
      .locator('#targets tbody tr th a')
      .evaluateAll((as) => as.map((a) => Number(a.getAttribute('href')!.slice(6))));
    expect(links).toEqual(all);
    await page.close();
  });

  it("an item's clip count links to the library filtered by that item", async () => {
    const db = await openClipDb(session);
    const { footprint } = libraryWithNeedles(3);
    await db.replace([{ ...footprint, mentions: [{ ...footprint.mentions[0]!, items: [9] }] }]);
    const page = await openPlan('#item-9');
    const link = page.locator('#item-9 a.plan-clips');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('clips.html?item=9');
    expect(await link.textContent()).toBe('1 条摘录涉及本任务');
    expect(await page.locator('#item-1 .plan-clips').textContent()).toBe('尚无摘录涉及本任务');
    await link.click();
    await page.waitForURL(/\/clips\.html\?item=9$/);
    await page.locator(`article[data-clip-id="${footprint.id}"]`).waitFor();
    expect(await page.locator('article[data-clip-id]').count()).toBe(1);
    await db.replace([]);
    await db.close();
    await page.close();
  });

  it('"my agency" marks the items it leads and its matrix row', async () => {
    const page = await openPlan();
    const setMine = (ids: string[]) => setMyAgencies(page, ids);
    expect((await setMine(['miit'])).ok).toBe(true);
    await page.reload();
    await page.locator('section[data-item-no][data-mine]').first().waitFor();
    const leads = planJson.items
      .filter((i) => i.duties.some((d) => d.leads.includes('miit')))
      .map((i) => i.no);
    const marked = await page
      .locator('section[data-item-no][data-mine]')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-item-no'))));
    expect(marked).toEqual(leads);
    expect(await page.locator('tr.mine').getAttribute('data-agency-row')).toBe('miit');
    await page.locator('input[data-only-mine]').check();
    await expect.poll(() => page.locator('section[data-item-no]:visible').count()).toBe(leads.length);
    expect((await setMine([])).ok).toBe(true);
    await page.close();
  });

  it('prints only the entry the URL names: no nav, no search, no buttons', async () => {
    const page = await openPlan('#agency-miit');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#agency-miit').isVisible()).toBe(true);
    for (const hidden of [
      'nav.plan-views',
      'input[type=search]',
      '#item-1',
      '#agency-ndrc',
      '#matrix',
      'h1',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('button:visible, select:visible, input:visible').count()).toBe(0);
    const colours = await page
      .locator('#agency-miit a')
      .first()
      .evaluate((a) => {
        const style = getComputedStyle(a);
        return [style.color, getComputedStyle(document.body).backgroundColor];
      });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    // An item: its section (with its section heading) only.
    await page.goto(url('#item-9'));
    await page.locator('#item-9').waitFor();
    expect(await page.locator('#item-9').isVisible()).toBe(true);
    expect(await page.locator('#item-10').isVisible()).toBe(false);
    expect(await page.locator('#agency-miit').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('nav.plan-views').isVisible()).toBe(true);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'search results, the focused matrix and its text alternative pass axe (%s)',
    async (scheme) => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url());
      // With "my agency" set: its badges and its highlighted matrix row are audited too.
      expect((await setMyAgencies(page, ['miit'])).ok).toBe(true);
      await page.reload();
      await page.locator('tr.mine').waitFor();
      await page.locator('input[type=search]').first().fill('碳足迹');
      await page.locator('.plan-search-results a').first().waitFor();
      await page.locator('#matrix td[data-role]').first().focus();
      await page.locator('details.plan-matrix-text summary').click();
      expect(await axeViolations(page)).toEqual([]);
      expect((await setMyAgencies(page, [])).ok).toBe(true);
      await page.close();
    },
  );

  it('the popup looks the plan up and opens plan.html at the result in a new tab', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const box = popup.locator('.plan-lookup input[type=search]');
    await box.fill('工信部');
    const first = popup.locator('.plan-lookup .plan-search-results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(url('#agency-miit'));
    expect(await popup.locator('.plan-lookup .plan-search-results a').count()).toBeLessThanOrEqual(6);
    expect(await axeViolations(popup)).toEqual([]);
    const [opened] = await Promise.all([session.context.waitForEvent('page'), first.click()]);
    await opened.locator('#agency-miit').waitFor();
    expect(opened.url()).toBe(url('#agency-miit'));
    await expectShown(opened, '#agency-miit');
    // The popup page itself stayed where it was.
    expect(popup.url()).toBe(`chrome-extension://${session.extensionId}/popup.html`);
    await Promise.all([opened.close(), popup.close()]);
  });

  it('screenshot in zh-CN', async () => {
    const page = await openPlan();
    await page.locator('input[type=search]').first().fill('碳足迹');
    await page.locator('.plan-search-results a').first().waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/plan-browser-zh-CN.png` });
    await page.close();
  });
});

describe('plan browser in English', () => {
  let en: ExtensionSession;
  beforeAll(async () => {
    en = await launchWithExtension({ locale: 'en' });
  });
  afterAll(async () => {
    await en?.close();
  });

  it('shows the English views and finds carbon footprnt (a typo) and MIIT', async () => {
    const page = await en.context.newPage();
    await page.goto(`chrome-extension://${en.extensionId}/plan.html`);
    await page.locator('section[data-item-no]').first().waitFor();
    expect(await page.locator('nav.plan-views a').allTextContents()).toEqual([
      'Outline',
      'Agencies',
      'Agencies × items',
      'Targets',
      'Topic index',
      'Standard codes',
    ]);
    const box = page.locator('input[type=search]').first();
    await box.fill('MIIT');
    await expect
      .poll(() => page.locator('.plan-search-results a').first().getAttribute('href'))
      .toBe('#agency-miit');
    await box.fill('carbon footprnt');
    await expect
      .poll(() => page.locator('.plan-search-results a').first().getAttribute('href'))
      .toBe('#topic-carbon-footprint');
    await page.screenshot({ path: `${ARTIFACTS}/plan-browser-en.png` });
    await page.close();
  });
});

/**
 * Issue 10, "the page against the plan", in the built extension: the popup's coverage grid on a
 * fixture page against items written down by hand; a top item opening the page at its first mention
 * with the card (clicked in the real toolbar popup); hiding and showing the highlights without a
 * reload, by Alt+Shift+H and by the popup's switch, while a page's own Alt+Shift+H does nothing;
 * Alt+Shift+N on a page without mentions; and the popup on pages it does not annotate.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForToast } from '../support/clip-probes';
import {
  EXTENSION_DIR,
  launchWithExtension,
  OTHER_ORIGIN,
  TEST_ORIGIN,
  type ExtensionSession,
} from '../support/extension';
import {
  highlightedTexts,
  readCard,
  settledHighlights,
  textsUnder,
  waitForCard,
} from '../support/page-probes';
import { openTab } from '../support/site-access';
import { clickToolbarAction, TOOLBAR_ACTION_ARGS } from '../support/toolbar-action';

/** The slice of the extension API these tests call inside the service worker. */
declare const chrome: { tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> } };

const messages = JSON.parse(
  readFileSync(join(EXTENSION_DIR, '_locales/zh_CN/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const t = (key: string, ...subs: string[]) =>
  subs.reduce((s, sub, i) => s.replace(`$${i + 1}`, sub), messages[key]!.message);

const NONE = { topic: [], agency: [], standard: [] };
/** The popup's width (components/popup/popup.css: 22rem). */
const POPUP_WIDTH = 352;

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN', args: TOOLBAR_ACTION_ARGS });
  mkdirSync('.output/test-artifacts', { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

async function tabIdOf(url: string): Promise<number> {
  return session.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}

/** popup.html opened as a page for `tabId` (the real popup cannot be kept open under test). */
async function popupFor(tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 900 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The summary's heading, or undefined while there is none (no locator wait). */
const headingOf = (popup: Page) =>
  popup.evaluate(() => document.getElementById('summary-heading')?.textContent ?? undefined);

const highlightSwitch = (popup: Page) => popup.getByRole('switch', { name: t('popupShowHighlights') });

describe('the popup: the page against the plan', () => {
  it('grids a carbon-footprint notice as the items it is about, not those 市场监管总局 belongs to', async () => {
    const url = `${TEST_ORIGIN}/carbon-footprint-notice.html`;
    const page = await session.context.newPage();
    await page.goto(url);
    const got = await settledHighlights(page, 21);
    expect([got.topic.length, got.agency.length, got.standard.length]).toEqual([6, 9, 6]);
    const popup = await popupFor(await tabIdOf(url));
    await expect.poll(() => headingOf(popup), { timeout: 5000 }).toBe(t('popupMentionCount', '21'));

    // One cell per plan item; shaded only where the page's topics and codes are, darkest at (九).
    const cells = await popup.$$eval('[data-coverage-item]', (els) =>
      els.map((el) => [Number(el.getAttribute('data-coverage-item')), /level-(\d)/.exec(el.className)![1]]),
    );
    expect(cells.map(([no]) => no)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    const touched = cells.filter(([, level]) => level !== '0').map(([no]) => no);
    expect(touched).toEqual([2, 5, 9, 12, 25, 26, 27, 29, 31]);
    expect(cells.filter(([, level]) => level === '4').map(([no]) => no)).toEqual([9]);
    // Untouched items are drawn empty: no fill, a dashed outline.
    const empty = await popup.$eval('[data-coverage-item="1"]', (el) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.borderTopStyle];
    });
    expect(empty).toEqual(['rgba(0, 0, 0, 0)', 'dashed']);

    const rows = await popup.$$eval('.top-items button', (els) =>
      els.map((el) => el.getAttribute('data-item-no')),
    );
    expect(rows).toEqual(['9', '5', '26', '12', '2']);
    expect(await popup.locator('.top-items button').first().textContent()).toContain(
      '持续健全碳达峰碳中和标准体系',
    );
    const kinds = await popup.$$eval('.kinds li', (els) => els.map((el) => el.textContent));
    expect(kinds).toEqual([
      `${t('popupKindTopic')} 6`,
      `${t('popupKindAgency')} 9`,
      `${t('popupKindStandard')} 6`,
    ]);
    // Agencies apart, SAMR and SAC as the one body the plan names: it leads the page's items the
    // codes concern and answers for (九) and (十二), whose brackets name no lead.
    const agencies = await popup.$$eval('[data-agency]', (els) => els.map((el) => el.textContent));
    expect(agencies).toEqual([
      `市场监管总局（国家标准委） 9${t('popupAgencyLeads')} (五) (二十六) (二) (二十五) (二十七) (二十九) (三十一)` +
        `${t('popupAgencyResponsible')} (九) (十二)`,
    ]);

    // Nothing wider than the popup.
    const widths = await popup.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await popup.screenshot({ path: '.output/test-artifacts/popup-coverage.png', fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: '.output/test-artifacts/popup-coverage-dark.png', fullPage: true });
    await popup.close();
    await page.close();
  });

  it('opens the page at an item’s first mention, with its card, from the real toolbar popup', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 220 });
    await page.goto(`${TEST_ORIGIN}/carbon-footprint-notice.html`);
    await settledHighlights(page, 21);
    const below = () =>
      page.evaluate(() => document.getElementById('next')!.getBoundingClientRect().top >= innerHeight);
    expect(await below()).toBe(true); // (十二)'s only mention, 减污降碳, is out of sight

    const popup = await clickToolbarAction(session, page);
    // No sideways scrolling in the real popup either.
    await popup.waitFor('document.querySelector(\'button[data-item-no="12"]\')');
    expect(
      await popup.evaluate<boolean>(
        'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
      ),
    ).toBe(true);
    // Below the grid: scrolled to, as the reader would, then clicked.
    await popup.evaluate(
      'document.querySelector(\'button[data-item-no="12"]\').scrollIntoView({ block: "center" })',
    );
    await popup.click('button[data-item-no="12"]');
    const card = await waitForCard(session.context, page);
    expect(card.name).toBe('减污降碳');
    expect(card.texts.join('|')).toContain('(十二)');
    expect(await below()).toBe(false);
    expect((await textsUnder(page, ['standards-lens-current']))['standards-lens-current']).toEqual([
      '减污降碳',
    ]);
    await page.screenshot({ path: '.output/test-artifacts/popup-goto-item.png' });
    await popup.close();
    await page.close();
  });

  it('hides and shows the highlights without a reload: Alt+Shift+H and the popup switch', async () => {
    const url = `${TEST_ORIGIN}/policy-zh-hans.html`;
    const page = await session.context.newPage();
    await page.goto(url);
    const shown = await settledHighlights(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // A page script's Alt+Shift+H is not the reader's: not handled (not even prevented) …
    const forged = await page.evaluate(() =>
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'H',
          code: 'KeyH',
          altKey: true,
          shiftKey: true,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      ),
    );
    expect(forged).toBe(true);
    // … and the tab's state, read after it through the background, is unchanged.
    const popup = await popupFor(await tabIdOf(url));
    await expect.poll(() => highlightSwitch(popup).isChecked()).toBe(true);
    expect(await highlightedTexts(page)).toEqual(shown);

    // The reader's own key hides them all, and says so.
    await page.keyboard.press('Alt+Shift+KeyH');
    await waitForToast(session.context, page, t('popupTitle'), '已隐藏本页的高亮');
    await expect.poll(() => highlightedTexts(page)).toEqual(NONE);
    await page.screenshot({ path: '.output/test-artifacts/highlights-hidden.png' });
    await popup.reload();
    await expect.poll(() => highlightSwitch(popup).isChecked()).toBe(false);

    // The popup's switch shows them again, and hides them.
    await highlightSwitch(popup).click();
    await expect.poll(() => highlightedTexts(page)).toEqual(shown);
    expect(await highlightSwitch(popup).isChecked()).toBe(true);
    await highlightSwitch(popup).press('Space');
    await expect.poll(() => highlightedTexts(page)).toEqual(NONE);

    // And the key brings them back.
    await page.keyboard.press('Alt+Shift+KeyH');
    await waitForToast(session.context, page, t('popupTitle'), '已显示本页的高亮');
    await expect.poll(() => highlightedTexts(page)).toEqual(shown);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    await popup.close();
    await page.close();
  });

  it('says briefly that a page has no mentions on Alt+Shift+N, where the page cannot read it', async () => {
    const url = `${TEST_ORIGIN}/no-mentions.html`;
    const page = await session.context.newPage();
    await page.goto(url);
    // Scanned (the content script reported), and found nothing: the popup says so, not "not scanned".
    const popup = await popupFor(await tabIdOf(url));
    await expect.poll(() => headingOf(popup), { timeout: 5000 }).toBe(t('popupMentionCount', '0'));
    expect(await popup.locator('.summary').textContent()).toContain(t('popupNone'));
    await popup.close();

    await page.focus('body');
    await page.keyboard.press('Alt+Shift+KeyN');
    const said = await waitForToast(session.context, page, t('popupTitle'), '本页没有与计划相关的提及');
    expect(said).toEqual(['本页没有与计划相关的提及。']);
    expect(await readCard(session.context, page)).toBeNull();
    const seen = await page.evaluate(() => {
      const host = document.querySelector('standards-lens-notice');
      return { host: host !== null, shadow: host?.shadowRoot ?? null, text: document.body.innerText };
    });
    expect(seen).toEqual({ host: true, shadow: null, text: expect.not.stringContaining('提及') });
    await page.close();
  });

  it('on a site it does not run on, says the page was not scanned instead of "0 mentions"', async () => {
    const { page } = await openTab(session, `${OTHER_ORIGIN}/policy-en.html`);
    const popup = await clickToolbarAction(session, page);
    expect(await popup.waitFor<string>(`document.querySelector('.not-scanned')?.textContent`)).toBe(
      t('popupNotScanned'),
    );
    // Named for what it is: a web page on a site that can be switched on.
    expect(await popup.evaluate<string>(`document.querySelector('.origin').textContent`)).toContain(
      OTHER_ORIGIN,
    );
    expect(await popup.evaluate<string>(`document.querySelector('.reason').textContent`)).toBe(
      t('popupReasonNotEnabled'),
    );
    expect(await popup.evaluate<boolean>(`document.querySelector('#summary-heading') === null`)).toBe(true);
    await popup.close();

    // A page no extension may run on is named as such, not offered a switch.
    await page.goto('chrome://version');
    const inner = await clickToolbarAction(session, page);
    expect(await inner.waitFor<string>(`document.querySelector('.page-kind')?.textContent`)).toBe(
      t('popupPageUnknown'),
    );
    expect(
      await inner.evaluate<boolean>(`document.querySelector('[role=switch]')?.closest('section') == null`),
    ).toBe(true);
    await inner.close();
    await page.close();
  });
});

/**
 * Issue 14: in Firefox, MV3 host permissions can be withheld or taken back (about:addons →
 * Permissions). Then the manifest's content script does not run on government sites, and the popup and
 * the options page say so with one button that asks the browser; once allowed, pages are annotated
 * again. The permission prompt is answered "allow" by a pref (firefox-session.ts): the click, its
 * user gesture and the request are the product's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/default-sites';
import { canScript, hasHostPermission, revokeHostPermission, tabIdOf } from './support/addon-api';
import { firefoxHighlights, firefoxSettledHighlights } from './support/firefox-probes';
import { launchFirefoxWithExtension, TEST_ORIGIN, type FirefoxSession } from './support/firefox-session';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('access to government sites withheld in Firefox', () => {
  it('nothing runs, the popup and options ask, and one click brings the highlights back', async () => {
    const page = await session.openPage('policy-zh-hans.html');
    await firefoxSettledHighlights(page, 6);
    const options = await session.openExtensionPage('options.html');
    const tabId = await tabIdOf(options, `${TEST_ORIGIN}/policy-zh-hans.html`);

    expect(await revokeHostPermission(options, DEFAULT_SITE_MATCHES)).toBe(true);
    expect(await hasHostPermission(options, DEFAULT_SITE_MATCHES)).toBe(false);
    await page.reload();
    // The browser's own answer: the extension may not run code in the tab any more …
    expect(await canScript(options, tabId)).toBe(false);
    // … so the reloaded page has no highlights.
    const h = await firefoxHighlights(page);
    expect([...h.topic, ...h.agency, ...h.standard]).toEqual([]);

    // The popup says so, with the button.
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    const notice = await popup.waitForSelector('[data-host-access="missing"]');
    expect(await notice!.evaluate((el) => el.textContent)).toContain('government sites');
    // So does the options page, freshly opened.
    const options2 = await session.openExtensionPage('options.html');
    await options2.waitForSelector('[data-host-access="missing"] button[data-allow-default-sites]');
    await options2.close();

    // The reader clicks "Allow on government sites" in the popup (a real click: a user gesture).
    await popup.click('button[data-allow-default-sites]');
    await popup.waitForFunction(() => !document.querySelector('[data-host-access]'));
    expect(await hasHostPermission(popup, DEFAULT_SITE_MATCHES)).toBe(true);
    expect(await canScript(popup, tabId)).toBe(true);
    await page.reload();
    const back = await firefoxSettledHighlights(page, 6);
    expect(back.agency).toEqual(expect.arrayContaining(['工业和信息化部', '市场监管总局']));
    await Promise.all([page.close(), options.close(), popup.close()]);
  });
});

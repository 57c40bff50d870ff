/**
 * Issue 14, "Firefox, for real": the extension's own pages render in Firefox with the database the
 * background seeded — the popup for a government tab (its coverage grid), the plan browser, the
 * options page, the clip library — and the storage is persistent (Firefox keeps it evictable until the
 * background asks: lib/db/persist-storage.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/default-sites';
import { hasHostPermission, tabIdOf } from './support/addon-api';
import { firefoxSettledHighlights } from './support/firefox-probes';
import { launchFirefoxWithExtension, TEST_ORIGIN, type FirefoxSession } from './support/firefox-session';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('extension pages in Firefox', () => {
  it('popup: the government tab’s mentions and a coverage cell for each of the 35 plan items', async () => {
    const page = await session.openPage('policy-zh-hans.html');
    await firefoxSettledHighlights(page, 6);
    const options = await session.openExtensionPage('options.html');
    const tabId = await tabIdOf(options, `${TEST_ORIGIN}/policy-zh-hans.html`);
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-coverage-item="35"]');
    expect(await popup.$$eval('[data-coverage-item]', (els) => els.length)).toBe(35);
    // The page's items are shaded: (十八) holds 烟花爆竹 and 危险化学品.
    expect(await popup.$eval('[data-coverage-item="18"]', (el) => /level-[1-9]/.test(el.className))).toBe(
      true,
    );
    expect(await popup.$eval('#summary-heading', (el) => el.textContent)).toMatch(/\d+/);
    // Access to the default sites is granted here: no request for it.
    expect(await popup.$('[data-host-access]')).toBeNull();
    await Promise.all([page.close(), options.close(), popup.close()]);
  });

  it('plan browser: 35 items, and the agency view links its items', async () => {
    const plan = await session.openExtensionPage('plan.html#agency-miit');
    await plan.waitForSelector('section[data-item-no="35"]');
    expect(await plan.$$eval('section[data-item-no]', (els) => els.length)).toBe(35);
    const links = await plan.$$eval('#agency-miit a[href*="#item-"]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((h) => /#item-\d+$/.test(h!))).toBe(true);
    await plan.close();
  });

  it('options: settings and the default government domains, no access request while granted', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('input[data-domain="gov.cn"]');
    expect(
      await options.$$eval('input[data-domain]', (els) => els.map((e) => e.getAttribute('data-domain'))),
    ).toEqual(['gov.cn', 'gov.hk', 'gov.mo', 'gov.tw']);
    expect(await hasHostPermission(options, DEFAULT_SITE_MATCHES)).toBe(true);
    expect(await options.$('[data-host-access]')).toBeNull();
    await options.close();
  });

  it('clip library: its search box, filters and export controls', async () => {
    const clips = await session.openExtensionPage('clips.html');
    await clips.waitForSelector('[data-export="csv"]');
    expect(await clips.$('input[type=search]')).not.toBeNull();
    expect(await clips.$('input[type=file][data-import]')).not.toBeNull();
    await clips.close();
  });

  it('storage is persistent: the background asked, and Firefox said yes', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitForFunction(() => navigator.storage.persisted(), { polling: 200, timeout: 10_000 });
    expect(await options.evaluate(() => navigator.storage.persisted())).toBe(true);
    await options.close();
  });
});

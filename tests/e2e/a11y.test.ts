import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClipDb } from '../../bench/anchoring-db';
import { axeViolations } from '../support/axe-audit';
import { bundleForBrowser } from '../support/bundle';
import { libraryWithNeedles } from '../support/library-clips';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';

/**
 * Accessibility audits with axe-core (WCAG 2.1 A/AA rules, colour contrast included) of everything the
 * extension shows: the popup, the options page and the hover card of each kind, in light and dark
 * colour schemes. The card is audited through tests/support/card-harness.tsx, because the extension
 * mounts it in a closed shadow root that audit tools cannot enter; its roles, names and keyboard path
 * in the real page are covered by card.test.ts through the browser's own accessibility tree.
 */
const audit = axeViolations;

/** The slice of the extension API the audit calls inside the service worker. */
declare const chrome: { tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> } };

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(['light', 'dark'] as const)(
    'the popup and the extension pages have no violations (%s)',
    async (scheme) => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
      // The popup for that page: switches, counts, coverage grid, top items, agencies (issue 10).
      const tabId = await session.serviceWorker.evaluate(
        async (url) => (await chrome.tabs.query({ url }))[0]!.id!,
        `${TEST_ORIGIN}/policy-zh-hans.html`,
      );
      const popup = await session.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('[data-coverage-item]').first().waitFor();
      await popup.locator('[data-agency]').first().waitFor();
      expect(await audit(popup)).toEqual([]);
      // "Annotate text" with its results and one term's card open (issue 12).
      await popup.locator('.annotate-toggle').click();
      await popup.locator('.annotate-form textarea').fill('工业和信息化部推进碳足迹核算，GB/T 24001-2016。');
      await popup.locator('.annotate-submit').click();
      await popup.locator('.annotated-text mark').first().waitFor();
      await popup.locator('.annotate-term .term-row').first().click();
      // The card content sits in an open shadow root, which both the locator and axe enter.
      await popup.locator('.annotate-term section.card').first().waitFor();
      expect(await audit(popup)).toEqual([]);
      const options = await session.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByLabel('卡片语言').waitFor();
      await options.locator('.my-agency').waitFor(); // the agencies arrive with a message of their own
      expect(await audit(options)).toEqual([]);
      for (const name of ['plan', 'clips']) {
        await options.goto(`chrome-extension://${session.extensionId}/${name}.html`);
        await options.locator('h1').waitFor();
        // The plan browser's whole outline, agencies and topics (issue 12), not just its heading.
        if (name === 'plan') await options.locator('section[data-item-no]').first().waitFor();
        expect(await audit(options)).toEqual([]);
      }
      // The clip library with clips of every status (a changed one shows its diff), a note and tags,
      // a selection and the Undo line (issue 11).
      const db = await openClipDb(session);
      const { clips } = libraryWithNeedles(40);
      await db.replace([
        { ...clips[0]!, status: 'changed', current: `${clips[0]!.quote}（修订）` },
        ...clips.slice(1),
      ]);
      await options.goto(`chrome-extension://${session.extensionId}/clips.html?status=changed`);
      await options.locator('article .clip-diff').first().waitFor();
      expect(await audit(options)).toEqual([]);
      await options.goto(`chrome-extension://${session.extensionId}/clips.html`);
      await options.locator('article').first().waitFor();
      await options.locator('article input[type=checkbox]').first().check();
      await options.locator('article button.delete').nth(1).click();
      await options.locator('.undo button').waitFor();
      expect(await audit(options)).toEqual([]);
      await db.replace([]);
      await db.close();
      await Promise.all([page.close(), popup.close(), options.close()]);
    },
  );

  it.each(['light', 'dark'] as const)('every kind of card has no violations (%s)', async (scheme) => {
    const harness = await bundleForBrowser('tests/support/card-harness.tsx');
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    // A page of its own where the content script does not run (it is not a default site).
    await page.route('https://a11y.example.org/', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="zh-CN"><title>card</title><body></body></html>',
      }),
    );
    await page.goto('https://a11y.example.org/');
    await page.addScriptTag({ content: harness });
    expect(await page.locator('.card-under-test').count()).toBe(7);
    expect(await audit(page)).toEqual([]);
    // The full-name tooltip of a short chip, shown on keyboard focus, is audited too (its contrast).
    await page.locator('.card-under-test button.chip.short').first().focus();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });
});

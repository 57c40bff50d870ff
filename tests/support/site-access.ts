/**
 * What the browser itself says about the extension's access to a site, asked in the service worker
 * (and, for the one step a test cannot do as a user, on chrome://extensions).
 */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension';

/** The slice of the extension APIs these helpers call (service worker, chrome://extensions). */
declare const chrome: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]>;
    executeScript(injection: { target: { tabId: number }; func: () => boolean }): Promise<unknown>;
  };
  tabs: { create(p: { url: string }): Promise<{ id?: number }> };
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
};

/**
 * Opens `url` in a tab the extension created, so its id is known: without host access the extension
 * may not read a tab's URL, so `tabs.query({ url })` cannot find it.
 */
export async function openTab(
  session: ExtensionSession,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const opened = session.context.waitForEvent('page');
  const tabId = await session.serviceWorker.evaluate(
    async (u) => (await chrome.tabs.create({ url: u })).id!,
    url,
  );
  const page = await opened;
  await page.waitForURL(url);
  await page.waitForLoadState('load');
  return { page, tabId };
}

/** `permissions.contains` for one origin pattern. */
export async function hasHostPermission(session: ExtensionSession, pattern: string): Promise<boolean> {
  return session.serviceWorker.evaluate((p) => chrome.permissions.contains({ origins: [p] }), pattern);
}

/** The dynamic content scripts the browser holds for the extension. */
export async function registeredScripts(session: ExtensionSession) {
  return session.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

/** Whether the browser lets the extension run code in the tab at all (host access, right now). */
export async function canScript(session: ExtensionSession, tabId: number): Promise<boolean> {
  return session.serviceWorker.evaluate(
    (id) =>
      chrome.scripting.executeScript({ target: { tabId: id }, func: () => true }).then(
        () => true,
        () => false,
      ),
    tabId,
  );
}

/**
 * Puts `pattern` on the extension's list of sites the user allowed, through
 * `chrome.developerPrivate.addHostPermission` — the call chrome://extensions makes when the user adds a
 * site under "Site access". Chromium records it as a runtime grant but does not activate it for an
 * optional permission; a later `permissions.request` for it is then answered without a dialog
 * (permissions_api.cc: "We don't prompt for already-granted permissions"). Headless Chromium has no
 * other way to say yes: the permission dialog is native browser UI, out of reach of CDP and of input
 * events, and Chromium's auto-confirm (`PermissionsRequestFunction::SetAutoConfirmForTests`) is a
 * C++ hook for its own browser tests, with no command-line switch.
 */
export async function allowSiteInExtensionsPage(session: ExtensionSession, pattern: string): Promise<void> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${session.extensionId}`);
    await page.evaluate(([id, host]) => chrome.developerPrivate.addHostPermission(id, host), [
      session.extensionId,
      pattern,
    ] as const);
  } finally {
    await page.close();
  }
}

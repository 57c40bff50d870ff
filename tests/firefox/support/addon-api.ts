/**
 * The extension's own API, called from one of its pages in Firefox (where `browser` is native): what
 * the browser itself says about host access, tabs and storage.
 */
import type { Page } from 'puppeteer-core';

/** The slice of the WebExtension API these helpers call inside an extension page. */
declare const browser: {
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(injection: { target: { tabId: number }; func: () => boolean }): Promise<unknown>;
  };
};

export const hasHostPermission = (ext: Page, origins: readonly string[]) =>
  ext.evaluate((o) => browser.permissions.contains({ origins: o }), [...origins]);

/** Gives the host permission back, as the user does in about:addons → Permissions. */
export const revokeHostPermission = (ext: Page, origins: readonly string[]) =>
  ext.evaluate((o) => browser.permissions.remove({ origins: o }), [...origins]);

/** The id of the tab showing `url` (the extension must have access to the host to see it). */
export async function tabIdOf(ext: Page, url: string): Promise<number> {
  const [tab] = await ext.evaluate((u) => browser.tabs.query({ url: u }), url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return tab.id;
}

/** Whether the browser lets the extension run code in the tab right now (host access). */
export const canScript = (ext: Page, tabId: number) =>
  ext.evaluate(
    (id) =>
      browser.scripting.executeScript({ target: { tabId: id }, func: () => true }).then(
        () => true,
        () => false,
      ),
    tabId,
  );

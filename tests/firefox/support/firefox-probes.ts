/**
 * The Chromium tier's page probes (tests/support/page-probes.ts), reused on puppeteer pages: they only
 * call `evaluate(fn, arg)` with one argument, which puppeteer's `Page.evaluate(fn, ...args)` runs the
 * same way. One place says what a highlight or a point on a word is, for both browsers.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { highlightedTexts, KINDS, pointOf, textsUnder, type Kind } from '../../support/page-probes';

const asProbeTarget = (page: Page) => page as unknown as PlaywrightPage;

export const firefoxHighlights = (page: Page) => highlightedTexts(asProbeTarget(page));
/**
 * Until the highlights stop changing with at least `minTotal` of them. Not the Chromium tier's
 * `settledHighlights`: that first waits for the content script's first-pass record, read over CDP in
 * the extension's isolated world, which WebDriver BiDi cannot enter (its sandboxes are its own).
 */
export async function firefoxSettledHighlights(page: Page, minTotal = 1): Promise<Record<Kind, string[]>> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    const now = await highlightedTexts(asProbeTarget(page));
    const key = JSON.stringify(now);
    const total = KINDS.reduce((n, k) => n + now[k].length, 0);
    if (key === last && total >= minTotal) return now;
    last = key;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`highlights did not settle: ${last}`);
}
export const firefoxTextsUnder = (page: Page, names: readonly string[]) =>
  textsUnder(asProbeTarget(page), names);
export const firefoxPointOf = (page: Page, selector: string, text: string, nth = 0) =>
  pointOf(asProbeTarget(page), selector, text, nth);

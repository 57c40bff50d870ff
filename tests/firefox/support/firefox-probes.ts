/**
 * The Chromium tier's page probes (tests/support/page-probes.ts), reused on puppeteer pages: they only
 * call `evaluate(fn, arg)` with one argument, which puppeteer's `Page.evaluate(fn, ...args)` runs the
 * same way. One place says what a highlight or a point on a word is, for both browsers.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { highlightedTexts, pointOf, settledHighlights, textsUnder } from '../../support/page-probes';

const asProbeTarget = (page: Page) => page as unknown as PlaywrightPage;

export const firefoxHighlights = (page: Page) => highlightedTexts(asProbeTarget(page));
export const firefoxSettledHighlights = (page: Page, minTotal = 1) =>
  settledHighlights(asProbeTarget(page), minTotal, { firstPass: false });
export const firefoxTextsUnder = (page: Page, names: readonly string[]) =>
  textsUnder(asProbeTarget(page), names);
export const firefoxPointOf = (page: Page, selector: string, text: string, nth = 0) =>
  pointOf(asProbeTarget(page), selector, text, nth);

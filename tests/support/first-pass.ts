/**
 * When the content script's first pass over a page is done, and what it counted. Every e2e test and
 * benchmark waits through here, so the signal it reads lives in one place.
 */
import type { Frame, Page } from 'playwright-core';

/** Until the content script's first pass over the page (or frame) is done. */
export const firstPassDone = (target: Page | Frame) =>
  target.waitForFunction(() => performance.getEntriesByName('standards-lens:annotated').length > 0);

/** The mention count the content script reported for its first pass. */
export const firstPassMentions = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      (
        (performance.getEntriesByName('standards-lens:annotated')[0] as PerformanceMark).detail as {
          mentions: number;
        }
      ).mentions,
  );

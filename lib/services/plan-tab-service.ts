/**
 * Opens the plan browser for the card's "open in plan browser" (issue 12). A web page cannot open an
 * extension page itself (it is not web-accessible), so the card asks the background, which opens
 * `plan.html#…` in a new tab right after the reader's tab, as a link opened from it would be.
 */
import { PLAN_HASH } from '../card/plan-link';

/** `browser.tabs` fits. */
export interface TabOpener {
  get(tabId: number): Promise<{ index: number; windowId?: number }>;
  create(properties: {
    url: string;
    index?: number;
    windowId?: number;
    openerTabId?: number;
  }): Promise<unknown>;
}

export interface PlanTabService {
  /** Opens `plan.html` + `hash` next to tab `nextTo`; false for a hash that is not a plan view's. */
  open(hash: string, nextTo: number): Promise<boolean>;
}

/** `planUrl`: the plan browser's URL (`chrome-extension://…/plan.html`). */
export function createPlanTabService(tabs: TabOpener | undefined, planUrl: string): PlanTabService {
  return {
    async open(hash, nextTo) {
      if (!tabs || !PLAN_HASH.test(hash)) return false;
      // The reader's tab may have closed meanwhile: then the plan opens where the browser puts tabs.
      const from = await tabs.get(nextTo).catch(() => undefined);
      await tabs.create({
        url: planUrl + hash,
        ...(from && { index: from.index + 1, openerTabId: nextTo }),
        ...(from?.windowId !== undefined && { windowId: from.windowId }),
      });
      return true;
    },
  };
}

/**
 * Reading the hover card in Firefox from outside the page, as a page script cannot: its shadow root is
 * closed. Chromium's tier reads it over CDP (accessibility tree); puppeteer's accessibility snapshot
 * needs CDP too, so here the WebDriver BiDi node serialization does it: Firefox serializes an element
 * with its shadow root whatever the mode (`openOrClosedShadowRoot` in the remote agent's
 * RemoteValue.sys.mjs; the spec's "serialize as a remote value" for nodes), so the host's remote value
 * carries a reference to the closed root, and a function called with that reference reads inside it.
 * The page itself still gets `shadowRoot === null`, which the tests check too.
 *
 * The reference comes from puppeteer's BiDi handle (`remoteValue()`, `realm.createHandle`), which its
 * public types do not list; `bidiHandle` checks the shape so a puppeteer change fails here, loudly.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

interface NodeRemoteValue {
  type: 'node';
  sharedId?: string;
  value?: { localName?: string; shadowRoot?: NodeRemoteValue | null; mode?: 'open' | 'closed' };
}

interface BidiHandle {
  remoteValue(): NodeRemoteValue;
  realm: { createHandle(value: NodeRemoteValue): ElementHandle<ShadowRoot> };
}

function bidiHandle(handle: ElementHandle): BidiHandle {
  const h = handle as unknown as Partial<BidiHandle>;
  if (typeof h.remoteValue !== 'function' || typeof h.realm?.createHandle !== 'function') {
    throw new Error('puppeteer-core no longer exposes BiDi remote values on element handles');
  }
  return h as BidiHandle;
}

/** The closed shadow root of the first element matching `selector`, or null (no element / no root). */
export async function closedShadowRoot(
  page: Page,
  selector: string,
): Promise<{ root: ElementHandle<ShadowRoot>; mode: string } | null> {
  const host = await page.$(selector);
  if (!host) return null;
  const bidi = bidiHandle(host);
  const shadow = bidi.remoteValue().value?.shadowRoot;
  if (!shadow?.sharedId) return null;
  return { root: bidi.realm.createHandle(shadow), mode: shadow.value?.mode ?? '' };
}

export interface FirefoxCard {
  /** The dialog's aria-label: the mention's display name. */
  name: string;
  /** The root's mode as the browser reports it. */
  mode: string;
  /** Text of the headings, buttons, links and paragraphs inside the dialog, in order. */
  texts: string[];
}

/** The open card as the browser holds it, or null when none is open. */
export async function readFirefoxCard(page: Page): Promise<FirefoxCard | null> {
  const found = await closedShadowRoot(page, 'standards-lens-card');
  if (!found) return null;
  try {
    const read = await found.root.evaluate((root) => {
      const dialog = root.querySelector('[role="dialog"]');
      if (!dialog) return null;
      const texts: string[] = [];
      const walker = root.ownerDocument.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = (n as Text).data.trim();
        if (t) texts.push(t);
      }
      return { name: dialog.getAttribute('aria-label') ?? '', texts };
    });
    return read && { ...read, mode: found.mode };
  } finally {
    await found.root.dispose().catch(() => undefined);
  }
}

export async function waitForFirefoxCard(page: Page, timeout = 5000): Promise<FirefoxCard> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const card = await readFirefoxCard(page);
    if (card && card.texts.length > 0) return card;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no card opened');
}

/**
 * The extension's toolbar button, clicked as a user clicks it, and the REAL popup it opens — not
 * popup.html loaded as a page. Only that click grants `activeTab`, without which the popup may not
 * read the URL of a tab outside the extension's host permissions (so it cannot offer to switch that
 * site on). CDP `Extensions.triggerAction` runs the same user action as a click on the button
 * (chrome/browser/devtools/protocol/extensions_handler.cc: `ExecuteUserAction`); Chromium allows it
 * only over the pipe Playwright uses and with `TOOLBAR_ACTION_ARGS`. Playwright does not expose
 * extension popups as pages, so the popup is driven over CDP: a click is a trusted mouse event, which
 * carries the user activation `permissions.request` needs.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './extension';

/** Pass to `launchWithExtension({ args })`. */
export const TOOLBAR_ACTION_ARGS = ['--enable-unsafe-extension-debugging'];

export interface ToolbarPopup {
  /** A JavaScript expression evaluated in the popup; its value, JSON-cloned. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; returns its value. */
  waitFor<T>(expression: string, timeout?: number): Promise<T>;
  /** Presses and releases the left mouse button on the centre of the first `selector` match. */
  click(selector: string): Promise<void>;
  /** Presses and releases Escape, as a trusted key event (what the browser itself may act on). */
  pressEscape(): Promise<void>;
  close(): Promise<void>;
}

const allTargets = async (cdp: CDPSession) =>
  (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;

async function until<T>(
  probe: () => Promise<T | null | undefined>,
  what: string,
  timeout = 15_000, // generous: CI machines are shared, and a popup or a woken worker can be slow
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Clicks the toolbar button while `page`'s tab is shown, and returns the popup it opened. */
export async function clickToolbarAction(session: ExtensionSession, page: Page): Promise<ToolbarPopup> {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser-level CDP for this context');
  const cdp = await browser.newBrowserCDPSession();
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  const tabs = (await allTargets(cdp)).filter((t) => t.type === 'tab' && t.url === page.url());
  if (tabs.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${tabs.length}`);
  const before = new Set((await allTargets(cdp)).map((t) => t.targetId));
  await page.bringToFront();
  await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tabs[0]!.targetId });
  const popup = await until(
    async () =>
      (await allTargets(cdp)).find((t) => t.type === 'page' && t.url === popupUrl && !before.has(t.targetId)),
    'the popup',
  );

  // Playwright's CDPSession cannot address a child session, so this one is attached the older way:
  // commands and answers travel as messages through the browser session.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const send = async <R>(method: string, params: object): Promise<R> => {
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((r) => pending.set(id, r));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    pending.delete(id);
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as R;
  };

  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await send<{
      result: { value?: T };
      exceptionDetails?: { exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'popup script failed');
    return result.value as T;
  };

  return {
    evaluate,
    waitFor: (expression, timeout) => until(() => evaluate(expression), expression, timeout),
    async click(selector) {
      const at = await until(
        () =>
          evaluate<{ x: number; y: number } | null>(`(() => {
            const el = document.querySelector(${JSON.stringify(selector)});
            if (!el || el.disabled) return null;
            // As a reader scrolls to what is below the popup's fold before clicking it.
            el.scrollIntoView({ block: 'center' });
            const r = el.getBoundingClientRect();
            return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
          })()`),
        `an enabled ${selector} in the popup`,
      );
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, ...at, button: 'left', clickCount: 1 });
      }
    },
    async pressEscape() {
      const key = { key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27, nativeVirtualKeyCode: 27 };
      await send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
      await send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    },
    async close() {
      // Closing the popup window is what Chromium does when it loses focus.
      await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

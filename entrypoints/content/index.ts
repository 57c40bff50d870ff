import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/default-sites';
import { createBackgroundRequestListener } from '../../lib/messages/background-requests';
import { CONTENT_RETRY_DELAYS_MS, createContentClient } from '../../lib/messages/client';
import { sendToBackground } from '../../lib/messages/transport';
import { runContentApp } from './content-app';
import { countStart, guardRestart } from './restart-guard';
import './highlights.css';

// Counted when the script loads, before WXT announces it to older copies (./restart-guard).
const started = countStart(globalThis);

// Runs by default on government domains; on other sites the background registers this same file
// dynamically once the user enables the site (optional host permissions). In the subframes of the
// default sites it is injected by the background once the frame has text (../frame-gate.ts).
export default defineContentScript({
  matches: [...DEFAULT_SITE_MATCHES],
  allFrames: false,
  runAt: 'document_idle',
  // No `window.postMessage` announcing the script to the page (DESIGN.md: no page-visible signal).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    guardRestart({
      view: window,
      // Private in WXT's types, public at run time: the name WXT itself sends.
      eventName: (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
        .SCRIPT_STARTED_MESSAGE_TYPE,
      mine: started,
      global: globalThis,
      alive: () => browser.runtime?.id !== undefined,
      signal: ctx.signal,
    });
    await runContentApp({
      doc: document,
      // Reads retry while a stopped service worker wakes; a failed send with the runtime gone (the
      // extension reloaded under this page) tears this script down: highlights, card, listeners.
      client: createContentClient(sendToBackground, {
        retryDelaysMs: CONTENT_RETRY_DELAYS_MS,
        isInvalidated: () => ctx.isInvalid,
      }),
      signal: ctx.signal,
      uiLanguage: browser.i18n.getUILanguage(),
      listenToBackground: (handlers) => {
        const listener = createBackgroundRequestListener(browser.runtime.id, handlers);
        browser.runtime.onMessage.addListener(listener);
        // Once invalidated, the runtime's own calls may throw: nothing to remove from it then.
        ctx.onInvalidated(() => {
          try {
            browser.runtime.onMessage.removeListener(listener);
          } catch {
            /* the runtime is gone, and the listener with it */
          }
        });
      },
    }).catch((error: unknown) => console.warn('[standards-lens]', error));
  },
});

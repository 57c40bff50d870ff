import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/default-sites';
import { createBackgroundRequestListener } from '../../lib/messages/background-requests';
import { createContentClient } from '../../lib/messages/client';
import { sendToBackground } from '../../lib/messages/transport';
import { runContentApp } from './content-app';
import './highlights.css';

// Runs by default on government domains; on other sites the background registers this same file
// dynamically once the user enables the site (optional host permissions).
export default defineContentScript({
  matches: [...DEFAULT_SITE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  // No `window.postMessage` announcing the script to the page (DESIGN.md: no page-visible signal).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await runContentApp({
      doc: document,
      client: createContentClient(sendToBackground),
      signal: ctx.signal,
      uiLanguage: browser.i18n.getUILanguage(),
      listenToBackground: (handlers) => {
        const listener = createBackgroundRequestListener(browser.runtime.id, handlers);
        browser.runtime.onMessage.addListener(listener);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
      },
    }).catch((error: unknown) => console.warn('[standards-lens]', error));
  },
});

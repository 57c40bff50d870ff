/**
 * The content script: runs by default in the top frame of government pages (the manifest names it,
 * wxt.config.ts); on other sites the background registers this same file once the user enables the
 * site (optional host permissions); in the subframes of the default sites the background injects it
 * once the frame has text (./frame-gate.ts).
 *
 * An unlisted script the manifest names itself, written where WXT wrote it as a content script
 * (`content-scripts/content.js`, so the sites' registered scripts still find it): WXT puts
 * webextension-polyfill and its script context into every content script — 12 kB every page evaluated
 * (issue 15). The browser's own API answers with promises in MV3 (./content/extension-api), and the
 * script's life is its own (./content/script-life).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createBackgroundRequestListener } from '../lib/messages/background-requests';
import { CONTENT_RETRY_DELAYS_MS, createContentClient } from '../lib/messages/client';
import { runContentApp } from './content/content-app';
import { extensionApi, nativeListener } from './content/extension-api';
import { startLife } from './content/script-life';
import './content/highlights.css';

export default defineUnlistedScript(async () => {
  const api = extensionApi(globalThis);
  if (!api) return;
  const { runtime } = api;
  const life = startLife(globalThis, () => runtime.id !== undefined);
  await runContentApp({
    doc: document,
    // Reads retry while a stopped service worker wakes; a failed send with the runtime gone (the
    // extension reloaded under this page) tears this script down: highlights, card, listeners.
    client: createContentClient((message) => runtime.sendMessage(message), {
      retryDelaysMs: CONTENT_RETRY_DELAYS_MS,
      isInvalidated: life.ended,
    }),
    signal: life.signal,
    uiLanguage: api.i18n.getUILanguage(),
    listenToBackground: (handlers) => {
      const listener = nativeListener(createBackgroundRequestListener(runtime.id!, handlers));
      runtime.onMessage.addListener(listener);
      life.signal.addEventListener('abort', () => {
        // Once the extension is gone, the runtime's own calls may throw: nothing to remove then.
        try {
          runtime.onMessage.removeListener(listener);
        } catch {
          /* the runtime is gone, and the listener with it */
        }
      });
    },
  }).catch((error: unknown) => console.warn('[standards-lens]', error));
});

/**
 * The script every subframe of a government page evaluates (issue 15): the text gate alone. Most
 * frames of such pages are share widgets, players, 1 × 1 trackers or hidden viewers with no text; each
 * once evaluated the whole content script (~90 kB) only to wait. This waits for readable text
 * (./content/text-gate) and then asks the background to inject the content script into this frame
 * (lib/services/content-app-loader: `scripting.executeScript`, as the card UI is loaded). The top frame
 * runs the content script from the manifest (./content/index.ts: top frame only), so the first
 * highlights of a page wait for no injection; a frame that has text waits one roundtrip more.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_SITE_MATCHES } from '../lib/sites/default-sites';
import { CONTENT_RETRY_DELAYS_MS, createContentClient } from '../lib/messages/client';
import { sendToBackground } from '../lib/messages/transport';
import { countStart, GATE_STARTS, guardRestart } from './content/restart-guard';
import { untilReadable } from './content/text-gate';

const started = countStart(globalThis, GATE_STARTS);

export default defineContentScript({
  matches: [...DEFAULT_SITE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (window.top === window) return; // the manifest's content script runs there
    guardRestart({
      view: window,
      eventName: (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
        .SCRIPT_STARTED_MESSAGE_TYPE,
      mine: started,
      global: globalThis,
      alive: () => browser.runtime?.id !== undefined,
      signal: ctx.signal,
      key: GATE_STARTS,
    });
    if (!(await untilReadable(document, ctx.signal))) return;
    const client = createContentClient(sendToBackground, {
      retryDelaysMs: CONTENT_RETRY_DELAYS_MS,
      isInvalidated: () => ctx.isInvalid,
    });
    // Refused where the extension is off for this frame's page (an `enabled-page` message).
    await client.loadContentApp().catch((error: unknown) => console.warn('[standards-lens]', error));
  },
});

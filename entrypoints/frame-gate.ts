/**
 * The script every subframe of a government page evaluates (issue 15): the text gate alone. Most
 * frames of such pages are share widgets, players, 1 × 1 trackers or hidden viewers with no text; each
 * once evaluated the whole content script (~90 kB) only to wait. This waits until the frame is shown
 * at a readable size and has readable text (./content/text-gate `untilFrameReadable`: a 1 × 1 or
 * hidden frame never reaches its document), then asks the background to inject the content script
 * into this frame (lib/services/content-app-loader: `scripting.executeScript`, as the card UI is
 * loaded). The top frame runs the content script from the manifest (./content-script.ts: top frame
 * only), so the first highlights of a page wait for no injection; a frame that has text waits one
 * roundtrip more.
 *
 * An unlisted script the manifest names itself (wxt.config.ts), not a WXT content script: WXT puts
 * webextension-polyfill and its script context into every content script, two thirds of the 18 kB a
 * quiet frame once evaluated. The gate needs one call, which both browsers' own `runtime` answers with
 * a promise in MV3 (./content/extension-api). An orphaned gate stops at its next look, once its
 * extension is gone.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CONTENT_RETRY_DELAYS_MS, createContentClient } from '../lib/messages/client';
import { countStart, GATE_STARTS } from './content/script-life';
import { untilFrameReadable } from './content/text-gate';
import { extensionApi } from './content/extension-api';
import { isTopFrame } from '../lib/dom/top-frame';

export default defineUnlistedScript(async () => {
  countStart(globalThis, GATE_STARTS);
  if (isTopFrame(window)) return; // the manifest's content script runs there
  // The extension API is first touched once the frame has text or changes: Chromium sets up its
  // bindings in an isolated world on first use, a millisecond a quiet frame need not spend.
  const alive = () => extensionApi(globalThis)?.runtime.id !== undefined;
  if (!(await untilFrameReadable(window, { alive }))) return;
  if (!alive()) return; // an orphaned gate: shown long after its extension was updated or removed
  const runtime = extensionApi(globalThis)?.runtime;
  if (!runtime) return;
  const client = createContentClient((message) => runtime.sendMessage(message), {
    retryDelaysMs: CONTENT_RETRY_DELAYS_MS,
    isInvalidated: () => !alive(),
  });
  // Refused where the extension is off for this frame's page (an `enabled-page` message).
  await client.loadContentApp().catch((error: unknown) => console.warn('[standards-lens]', error));
});
